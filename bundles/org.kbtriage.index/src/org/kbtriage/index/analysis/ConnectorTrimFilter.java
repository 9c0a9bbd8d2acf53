package org.kbtriage.index.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Trims connector characters from the ends of a query token ({@code Mapi32.dll.} ends a sentence) and drops
 * tokens that were nothing but connectors. Plain words are kept: in a query a plain word may name a camel-case
 * part ({@code Blob} of {@code HrCopyBlobToQueue}).
 */
final class ConnectorTrimFilter extends FilteringTokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

    ConnectorTrimFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        char[] buffer = term.buffer();
        int length = term.length();
        int start = IdentifierShape.trimStart(buffer, 0, length);
        int end = IdentifierShape.trimEnd(buffer, start, length);
        if (start != 0 || end != length) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            term.setLength(end - start);
            offsets.setOffset(offsets.startOffset() + start, offsets.endOffset() - (length - end));
        }
        return end > start;
    }
}
