package org.kbtriage.index.analysis;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Trims connector characters from the ends of a token ({@code Mapi32.dll.} ends a sentence) and keeps only
 * tokens shaped like identifiers: letters joined with a digit, an underscore or a connector
 * ({@code ! + . : \ -}), or a capital letter inside a mixed-case word ({@code HrStrAToStrW}, {@code kbExchange}). Plain words
 * ({@code spooler}, {@code NOTE}) are left to the English field, which keeps the identifier field small; at
 * query time they are kept, since a plain word may name a camel-case part ({@code Blob} of
 * {@code HrCopyBlobToQueue}).
 */
final class IdentifierShapeFilter extends FilteringTokenFilter {

    /** Characters that join the parts of an identifier but never end one. */
    static final String CONNECTORS = "!+.:\\-";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

    private final boolean keepPlainWords;

    IdentifierShapeFilter(TokenStream in, boolean keepPlainWords) {
        super(in);
        this.keepPlainWords = keepPlainWords;
    }

    @Override
    protected boolean accept() {
        trimConnectors();
        if (keepPlainWords) {
            return term.length() > 0;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        boolean letter = false;
        boolean lower = false;
        boolean innerUpper = false;
        boolean joined = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    lower = true;
                } else if (i > 0 && Character.isUpperCase(c)) {
                    innerUpper = true;
                }
            } else if (c == '_' || CONNECTORS.indexOf(c) >= 0 || Character.isDigit(c)) {
                joined = true;
            }
        }
        // Numbers, versions and dates (1998, 5.5.2652.85, 10/5/98) are plain tokens of the English field.
        return letter && (joined || (lower && innerUpper));
    }

    private void trimConnectors() {
        char[] buffer = term.buffer();
        int length = term.length();
        int start = 0;
        while (start < length && CONNECTORS.indexOf(buffer[start]) >= 0) {
            start++;
        }
        int end = length;
        while (end > start && CONNECTORS.indexOf(buffer[end - 1]) >= 0) {
            end--;
        }
        if (start == 0 && end == length) {
            return;
        }
        System.arraycopy(buffer, start, buffer, 0, end - start);
        term.setLength(end - start);
        offsets.setOffset(offsets.startOffset() + start, offsets.endOffset() - (length - end));
    }
}
