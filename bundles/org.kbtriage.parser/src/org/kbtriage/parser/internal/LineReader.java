package org.kbtriage.parser.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into lines ({@code \r\n}, {@code \n} or a lone {@code \r}) and counts
 * character offsets as it goes, so a frame's offsets point into the decoded text even though the
 * text is never held whole. A line is handed out as a {@link LineText} window onto the read buffer
 * (no copy); only the first {@code maxLineLength} characters of a line are kept, the rest are
 * counted and dropped, so one enormous line costs no memory.
 */
public final class LineReader {

    private static final int BUFFER_SIZE = 1 << 16;

    private final Reader in;
    private final int maxLineLength;
    /** Holds the current line whole: a line cut by the end of the buffer is moved to its start. */
    private final char[] buffer;
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private boolean endOfInput;
    /** The kept start of a line longer than the buffer can hold. */
    private char[] overlongStart;

    private final LineText text = new LineText();
    private long offset;
    private int lineNumber;
    private long lineStart;
    private long lineLength;
    private boolean lastLineEnded = true;

    public LineReader(Reader in, int maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
        this.buffer = new char[Math.max(BUFFER_SIZE, 2 * maxLineLength)];
    }

    /** Advances to the next line; false at the end of the text. */
    public boolean next() throws IOException {
        if (skipLineFeed) {
            skipLineFeed = false;
            if ((position < limit || fill()) && buffer[position] == '\n') {
                position++;
                offset++;
            }
        }
        lineStart = offset;
        int start = position;
        int scanned = position;
        while (true) {
            int end = lineEnd(scanned);
            if (end < limit) {
                endLine(start, end);
                return true;
            }
            if (end - start >= maxLineLength) {
                readOverlongLine(start);
                return true;
            }
            // The line goes on past the buffer: move its start to the front and read more.
            int kept = limit - start;
            System.arraycopy(buffer, start, buffer, 0, kept);
            position = 0;
            limit = kept;
            scanned = kept;
            start = 0;
            if (!fill()) {
                if (kept == 0) {
                    return false;
                }
                lastLineEnded = false;
                offset += kept;
                position = kept;
                setLine(0, kept, kept);
                return true;
            }
        }
    }

    private int lineEnd(int from) {
        int end = from;
        while (end < limit) {
            char c = buffer[end];
            // One comparison for almost every character: only control characters can end a line.
            if (c <= '\r' && (c == '\n' || c == '\r')) {
                break;
            }
            end++;
        }
        return end;
    }

    /** The line runs from {@code start} to the terminator at {@code end}. */
    private void endLine(int start, int end) {
        offset += end - start;
        setLine(start, end, end - start);
        consumeTerminator(end);
    }

    private void consumeTerminator(int end) {
        char terminator = buffer[end];
        position = end + 1;
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
    }

    /** Keeps the first {@code maxLineLength} characters and counts the rest up to the line end. */
    private void readOverlongLine(int start) throws IOException {
        if (overlongStart == null) {
            overlongStart = new char[maxLineLength];
        }
        System.arraycopy(buffer, start, overlongStart, 0, maxLineLength);
        long length = 0;
        position = start;
        while (true) {
            int end = lineEnd(position);
            length += end - position;
            offset += end - position;
            if (end < limit) {
                consumeTerminator(end);
                break;
            }
            position = limit;
            if (!fill()) {
                lastLineEnded = false;
                break;
            }
        }
        lineNumber++;
        text.set(overlongStart, 0, maxLineLength);
        lineLength = length;
    }

    private void setLine(int start, int end, long length) {
        lineNumber++;
        text.set(buffer, start, Math.min(end - start, maxLineLength));
        lineLength = length;
    }

    /** Reads more after {@code limit}, or from the start when everything was consumed; false at the end. */
    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        if (position >= limit) {
            position = 0;
            limit = 0;
        }
        int read;
        do {
            read = in.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    /** The current line without its line end, cut at the maximum line length; valid until the next call of {@link #next}. */
    public LineText text() {
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

    @Override
    public String toString() {
        return "line " + lineNumber + ": " + Arrays.toString(new int[] {position, limit});
    }
}
