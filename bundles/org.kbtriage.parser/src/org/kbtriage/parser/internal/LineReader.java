package org.kbtriage.parser.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits decoded text into lines ({@code \r\n}, {@code \n} or a lone {@code \r}) and counts
 * character offsets as it goes, so a frame's offsets point into the decoded text even though the
 * text is never held whole. Only the first {@code maxLineLength} characters of a line are kept;
 * the rest are counted and dropped, so one enormous line costs no memory.
 */
public final class LineReader {

    private final Reader in;
    private final int maxLineLength;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private boolean endOfInput;
    private final StringBuilder spill = new StringBuilder();

    private long offset;
    private int lineNumber;
    private String text;
    private long lineStart;
    private long lineLength;
    private boolean lastLineEnded = true;

    public LineReader(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /** Advances to the next line; false at the end of the text. */
    public boolean next() throws IOException {
        spill.setLength(0);
        lineStart = offset;
        lineLength = 0;
        boolean sawAnything = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!sawAnything) {
                    return false;
                }
                lastLineEnded = false;
                finishLine();
                return true;
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    offset++;
                    lineStart = offset;
                    continue;
                }
            }
            sawAnything = true;
            int start = position;
            int end = start;
            while (end < limit) {
                char c = buffer[end];
                if (c == '\n' || c == '\r') {
                    break;
                }
                end++;
            }
            boolean wholeLineInBuffer = end < limit && spill.length() == 0 && lineLength == 0;
            if (wholeLineInBuffer) {
                lineLength = end - start;
                text = new String(buffer, start, Math.min(end - start, maxLineLength));
            } else {
                keep(start, end);
            }
            offset += end - start;
            position = end;
            if (end < limit) {
                char terminator = buffer[end];
                position++;
                offset++;
                if (terminator == '\r') {
                    if (position < limit) {
                        if (buffer[position] == '\n') {
                            position++;
                            offset++;
                        }
                    } else {
                        skipLineFeed = true;
                    }
                }
                if (wholeLineInBuffer) {
                    lineNumber++;
                } else {
                    finishLine();
                }
                return true;
            }
        }
    }

    private void keep(int start, int end) {
        lineLength += end - start;
        int room = maxLineLength - spill.length();
        if (room > 0) {
            spill.append(buffer, start, Math.min(room, end - start));
        }
    }

    private void finishLine() {
        lineNumber++;
        text = spill.toString();
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    /** The current line without its line end, cut at the maximum line length. */
    public String text() {
        return text;
    }

    /** 1-based number of the current line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Character offset of the current line's first character. */
    public long lineStart() {
        return lineStart;
    }

    /** Full length of the current line, including any characters beyond the maximum kept. */
    public long lineLength() {
        return lineLength;
    }

    /** False when the text's last line has no line end (a cut-off file, or simply no final newline). */
    public boolean lastLineEnded() {
        return lastLineEnded;
    }

    /** Characters consumed so far, line ends included. */
    public long offset() {
        return offset;
    }
}
