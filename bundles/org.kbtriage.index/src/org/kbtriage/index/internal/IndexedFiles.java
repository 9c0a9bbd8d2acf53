package org.kbtriage.index.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;

/** The article files already in the index, with their content digests, read from doc values. */
public final class IndexedFiles {

    private IndexedFiles() {
    }

    /** {@code uid -> hash} of the live documents from the given sources. */
    public static Map<String, String> hashes(IndexWriter writer, Set<String> sources) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader leafReader = leaf.reader();
                SortedDocValues uids = leafReader.getSortedDocValues(IndexSchema.UID);
                SortedDocValues sourceValues = leafReader.getSortedDocValues(IndexSchema.SOURCE);
                BinaryDocValues hashValues = leafReader.getBinaryDocValues(IndexSchema.HASH);
                if (uids == null || sourceValues == null || hashValues == null) {
                    continue;
                }
                Bits live = leafReader.getLiveDocs();
                for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
                    if ((live != null && !live.get(doc)) || !uids.advanceExact(doc) || !sourceValues.advanceExact(doc)) {
                        continue;
                    }
                    if (!sources.contains(sourceValues.lookupOrd(sourceValues.ordValue()).utf8ToString())) {
                        continue;
                    }
                    String hash = hashValues.advanceExact(doc) ? hashValues.binaryValue().utf8ToString() : "";
                    hashes.put(uids.lookupOrd(uids.ordValue()).utf8ToString(), hash);
                }
            }
        }
        return hashes;
    }
}
