package org.kbtriage.index.internal;

import java.io.IOException;
import java.util.List;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * Reads the article number, title and printed stacks of documents from doc values: listing hits or the
 * matcher's article stacks then never decompresses the stored article text.
 */
public final class HitLabels {

    private final List<LeafReaderContext> leaves;

    public HitLabels(IndexReader reader) {
        this.leaves = reader.leaves();
    }

    /** The article number of a document. */
    public String id(int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues ids = leaf.reader().getSortedDocValues(IndexSchema.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            return "";
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** The title of a document. */
    public String title(int doc) throws IOException {
        return binary(IndexSchema.TITLE, doc);
    }

    /** The printed stacks of a document as {@link IndexSchema#FRAME_KEYS} holds them; empty without frames. */
    public String frameStacks(int doc) throws IOException {
        return binary(IndexSchema.FRAME_KEYS, doc);
    }

    private String binary(String field, int doc) throws IOException {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            return "";
        }
        return values.binaryValue().utf8ToString();
    }
}
