package org.kbtriage.index.analysis;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index-time identifier analysis in one pass over the text: finds the identifier-shaped tokens
 * ({@link IdentifierShape}), emits each lower-cased, and at the same position its distinct parts of two
 * characters or more:
 * <ul>
 * <li>the frame without its offset: {@code mapi32!mapiallocatebuffer} of {@code MAPI32!MAPIAllocateBuffer+0x28};</li>
 * <li>the runs of {@code [A-Za-z0-9_$@?~]} between connectors: {@code mapi32}, {@code dll}, {@code 0x28};</li>
 * <li>the camel-case words: {@code Hr Str To} of {@code HrStrAToStrW}, {@code MAPI Allocate Buffer}.</li>
 * </ul>
 * Plain words are skipped without being copied, which is what makes one pass cheaper than a chain of filters:
 * most of an article's tokens are plain words. Positions count every token of the text, plain words included,
 * so phrase distances are those of the text.
 */
final class IdentifierTokenizer extends Tokenizer {

    /** Longer runs of token characters are cut into tokens of this length, as Lucene's CharTokenizer does. */
    private static final int MAX_TOKEN_LENGTH = 255;
    private static final int MIN_PART_LENGTH = 2;
    private static final boolean[] ASCII_TOKEN_CHARS = new boolean[128];

    static {
        for (char c = 0; c < ASCII_TOKEN_CHARS.length; c++) {
            ASCII_TOKEN_CHARS[c] = IdentifierShape.isTokenChar(c);
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute positions = addAttribute(PositionIncrementAttribute.class);

    private char[] text = new char[8192];
    private int textLength;
    private int cursor;
    private int skippedTokens;

    /** The current identifier lower-cased; parts are ranges of it. */
    private char[] lower = new char[64];
    private int lowerLength;
    private int startOffset;
    private int endOffset;
    /** Start and end of each distinct part still to emit, then of those emitted, in pairs. */
    private int[] parts = new int[32];
    private int partCount;
    private int nextPart;

    @Override
    public void reset() throws IOException {
        super.reset();
        textLength = 0;
        int read;
        while ((read = input.read(text, textLength, text.length - textLength)) != -1) {
            textLength += read;
            if (textLength == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
            }
        }
        cursor = 0;
        skippedTokens = 0;
        partCount = 0;
        nextPart = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (nextPart < partCount) {
            int start = parts[2 * nextPart];
            int end = parts[2 * nextPart + 1];
            nextPart++;
            term.copyBuffer(lower, start, end - start);
            positions.setPositionIncrement(0);
            offsets.setOffset(startOffset, endOffset);
            return true;
        }
        while (cursor < textLength) {
            int start = skipSeparators();
            if (start == textLength) {
                break;
            }
            int end = tokenEnd(start);
            int trimmedStart = IdentifierShape.trimStart(text, start, end);
            int trimmedEnd = IdentifierShape.trimEnd(text, trimmedStart, end);
            if (!IdentifierShape.isIdentifier(text, trimmedStart, trimmedEnd - trimmedStart)) {
                skippedTokens++;
                continue;
            }
            emitIdentifier(trimmedStart, trimmedEnd);
            return true;
        }
        return false;
    }

    private int skipSeparators() {
        while (cursor < textLength) {
            char c = text[cursor];
            if (c < ASCII_TOKEN_CHARS.length) {
                if (ASCII_TOKEN_CHARS[c]) {
                    return cursor;
                }
                cursor++;
                continue;
            }
            int codePoint = Character.codePointAt(text, cursor, textLength);
            if (IdentifierShape.isTokenChar(codePoint)) {
                return cursor;
            }
            cursor += Character.charCount(codePoint);
        }
        return textLength;
    }

    /** Moves the cursor past the token that starts at {@code start} and returns its end. */
    private int tokenEnd(int start) {
        int end = start;
        while (end < textLength && end - start < MAX_TOKEN_LENGTH) {
            char c = text[end];
            if (c < ASCII_TOKEN_CHARS.length) {
                if (!ASCII_TOKEN_CHARS[c]) {
                    break;
                }
                end++;
                continue;
            }
            int codePoint = Character.codePointAt(text, end, textLength);
            if (!IdentifierShape.isTokenChar(codePoint)) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        cursor = end;
        return end;
    }

    private void emitIdentifier(int start, int end) {
        int length = end - start;
        if (lower.length < length) {
            lower = new char[Math.max(length, lower.length * 2)];
        }
        System.arraycopy(text, start, lower, 0, length);
        CharacterUtils.toLowerCase(lower, 0, length);
        lowerLength = length;
        startOffset = correctOffset(start);
        endOffset = correctOffset(end);
        partCount = 0;
        nextPart = 0;
        collectParts(text, start, length);

        term.copyBuffer(lower, 0, length);
        positions.setPositionIncrement(1 + skippedTokens);
        skippedTokens = 0;
        offsets.setOffset(startOffset, endOffset);
    }

    /** Collects the distinct parts of the identifier at {@code text[from, from + length)}, in its own case. */
    private void collectParts(char[] text, int from, int length) {
        int frame = IdentifierShape.frameWithoutOffset(text, from, length);
        if (frame > 0) {
            addPart(0, frame);
        }
        int runStart = -1;
        for (int i = 0; i <= length; i++) {
            boolean inRun = i < length && IdentifierShape.isSegmentChar(text[from + i]);
            if (inRun && runStart < 0) {
                runStart = i;
            } else if (!inRun && runStart >= 0) {
                addPart(runStart, i);
                runStart = -1;
            }
        }
        int i = 0;
        while (i < length) {
            char c = text[from + i];
            if (isUpper(c)) {
                int upperEnd = i + 1;
                while (upperEnd < length && isUpper(text[from + upperEnd])) {
                    upperEnd++;
                }
                boolean lowerFollows = upperEnd < length && isLower(text[from + upperEnd]);
                if (upperEnd - i >= 2 && lowerFollows) {
                    // An acronym before a capitalised word: MAPI of MAPIAllocate.
                    addPart(i, upperEnd - 1);
                    i = upperEnd - 1;
                } else if (upperEnd - i == 1 && lowerFollows) {
                    int wordEnd = lowerRunEnd(text, from, upperEnd, length);
                    addPart(i, wordEnd);
                    i = wordEnd;
                } else {
                    addPart(i, upperEnd);
                    i = upperEnd;
                }
            } else if (isLower(c)) {
                int wordEnd = lowerRunEnd(text, from, i, length);
                addPart(i, wordEnd);
                i = wordEnd;
            } else {
                i++;
            }
        }
    }

    private static int lowerRunEnd(char[] text, int from, int i, int length) {
        while (i < length && isLower(text[from + i])) {
            i++;
        }
        return i;
    }

    private void addPart(int start, int end) {
        if (end - start < MIN_PART_LENGTH || (start == 0 && end == lowerLength)) {
            return;
        }
        for (int p = 0; p < partCount; p++) {
            if (Arrays.equals(lower, parts[2 * p], parts[2 * p + 1], lower, start, end)) {
                return;
            }
        }
        if (parts.length < 2 * partCount + 2) {
            parts = Arrays.copyOf(parts, parts.length * 2);
        }
        parts[2 * partCount] = start;
        parts[2 * partCount + 1] = end;
        partCount++;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(textLength);
        offsets.setOffset(finalOffset, finalOffset);
        // Plain words after the last identifier still count, so the next value of the field starts after them.
        positions.setPositionIncrement(skippedTokens);
    }
}
