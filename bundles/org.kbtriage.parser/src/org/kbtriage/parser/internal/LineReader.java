package org.kbtriage.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Splits text into lines ({@code \r\n}, {@code \n} or a lone {@code \r}) and counts character
 * offsets as it goes, so a frame's offsets point into the decoded text even though the text is
 * never held whole. A line is handed out as a {@link LineText} window onto the read buffer (no
 * copy); only the first {@code maxLineLength} characters of a line are kept, the rest are counted
 * and dropped, so one enormous line costs no memory.
 *
 * <p>Read from bytes, text in an ASCII-compatible charset (UTF-8, Windows-1252) is kept as the
 * bytes themselves while they are all ASCII, as almost every debugger log is: ASCII bytes are
 * their characters, so nothing is decoded, and the scanners can read eight characters at once
 * from a byte array ({@link LineText}). A read that brings anything else is decoded into
 * characters, as is all text in other charsets (UTF-16).
 */
public final class LineReader {

    private static final int BUFFER_SIZE = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    /** Charsets in which every byte below 0x80 is the ASCII character of that code, and no other byte is part of one. */
    private static final Set<String> ASCII_COMPATIBLE = Set.of(StandardCharsets.UTF_8.name(), StandardCharsets.US_ASCII.name(),
            StandardCharsets.ISO_8859_1.name(), "windows-1252");

    /** Characters already decoded (a string), or null when reading {@link #in}. */
    private final Reader reader;
    private final InputStream in;
    private final CharsetDecoder decoder;
    private final boolean asciiCompatible;
    private final int maxLineLength;
    /*
     * The buffer holds the current line whole: a line cut by the end of the buffer is moved to its
     * start. It is one of two arrays, as inBytes says.
     */
    /**
     * The buffered text as bytes while it is all ASCII ({@link #inBytes}); otherwise the bytes
     * read but not yet decoded are kept at its start (an incomplete sequence at the end of a read).
     * Null when reading characters.
     */
    private final byte[] bytes;
    /** The buffered text as characters when it is not in {@link #bytes}. */
    private final char[] chars;
    private boolean inBytes;
    private int undecoded;
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

    /** Reads text that is already characters (a string). */
    public LineReader(Reader reader, int maxLineLength) {
        this(reader, null, null, maxLineLength);
    }

    /** Reads bytes in {@code charset}, with any byte-order mark already skipped; malformed input becomes U+FFFD. */
    public LineReader(InputStream in, Charset charset, int maxLineLength) {
        this(null, in, charset, maxLineLength);
    }

    private LineReader(Reader reader, InputStream in, Charset charset, int maxLineLength) {
        this.reader = reader;
        this.in = in;
        this.decoder = charset == null ? null
                : charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.asciiCompatible = charset != null && ASCII_COMPATIBLE.contains(charset.name());
        this.maxLineLength = maxLineLength;
        int size = Math.max(BUFFER_SIZE, 2 * maxLineLength);
        this.chars = new char[size];
        this.bytes = in == null ? null : new byte[size];
    }

    /** Advances to the next line; false at the end of the text. */
    public boolean next() throws IOException {
        if (skipLineFeed) {
            skipLineFeed = false;
            if ((position < limit || fill()) && unitAt(position) == '\n') {
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
            if (inBytes) {
                System.arraycopy(bytes, start, bytes, 0, kept);
            } else {
                System.arraycopy(chars, start, chars, 0, kept);
            }
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

    private char unitAt(int index) {
        return inBytes ? (char) bytes[index] : chars[index];
    }

    private int lineEnd(int from) {
        return inBytes ? lineEndInBytes(from) : lineEndInChars(from);
    }

    private int lineEndInChars(int from) {
        int end = from;
        while (end < limit) {
            char c = chars[end];
            // One comparison for almost every character: only control characters can end a line.
            if (c <= '\r' && (c == '\n' || c == '\r')) {
                break;
            }
            end++;
        }
        return end;
    }

    /** Eight bytes a step: a byte equal to {@code \n} or {@code \r} is found as a zero byte of the word xor that. */
    private int lineEndInBytes(int from) {
        int end = from;
        for (; end + Long.BYTES <= limit; end += Long.BYTES) {
            long word = (long) LONGS.get(bytes, end);
            long newlines = word ^ 0x0a0a0a0a0a0a0a0aL;
            long returns = word ^ 0x0d0d0d0d0d0d0d0dL;
            // ASCII bytes only, so a byte's high bit is set here only where that byte is zero.
            long found = ((newlines - ONES) | (returns - ONES)) & HIGH_BITS;
            if (found != 0) {
                return end + Long.numberOfTrailingZeros(found) / Byte.SIZE;
            }
        }
        while (end < limit && bytes[end] != '\n' && bytes[end] != '\r') {
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
        char terminator = unitAt(end);
        position = end + 1;
        offset++;
        if (terminator == '\r') {
            if (position < limit) {
                if (unitAt(position) == '\n') {
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
        for (int k = 0; k < maxLineLength; k++) {
            overlongStart[k] = unitAt(start + k);
        }
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
        int count = (int) Math.min(end - start, maxLineLength);
        if (inBytes) {
            text.set(bytes, start, count);
        } else {
            text.set(chars, start, count);
        }
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
        return reader != null ? fillFromReader() : fillFromBytes();
    }

    private boolean fillFromReader() throws IOException {
        int read;
        do {
            read = reader.read(chars, limit, chars.length - limit);
        } while (read == 0);
        if (read < 0) {
            endOfInput = true;
            return false;
        }
        limit += read;
        return true;
    }

    private boolean fillFromBytes() throws IOException {
        if (limit == 0 && undecoded == 0 && asciiCompatible) {
            inBytes = true; // a fresh buffer: try the bytes again
        }
        while (true) {
            if (inBytes) {
                int read = readBytes(limit);
                if (read < 0) {
                    endOfInput = true;
                    return false;
                }
                if (isAscii(bytes, limit, limit + read)) {
                    limit += read;
                    return true;
                }
                // Not ASCII: from here on the buffer holds characters, and the bytes read are decoded.
                for (int k = 0; k < limit; k++) {
                    chars[k] = (char) bytes[k];
                }
                inBytes = false;
                if (decode(limit, read, false)) {
                    return true;
                }
            } else {
                int read = readBytes(undecoded);
                if (read < 0) {
                    return decode(0, undecoded, true);
                }
                if (decode(0, undecoded + read, false)) {
                    return true;
                }
            }
        }
    }

    /** Reads bytes into {@link #bytes} at {@code at}, no more than the characters they can become fit in; -1 at the end. */
    private int readBytes(int at) throws IOException {
        int room = Math.min(bytes.length, chars.length - limit + (inBytes ? 0 : undecoded)) - at;
        int read;
        do {
            read = in.read(bytes, at, room);
        } while (read == 0);
        return read;
    }

    /**
     * Decodes {@code count} bytes of {@link #bytes} from {@code from} into the characters after
     * {@link #limit}; keeps an incomplete sequence at the end at the start of {@link #bytes} for the
     * next read. False when no character came out (more bytes are needed), or at the end of the input.
     */
    private boolean decode(int from, int count, boolean last) {
        ByteBuffer input = ByteBuffer.wrap(bytes, from, count);
        CharBuffer output = CharBuffer.wrap(chars, limit, chars.length - limit);
        decoder.decode(input, output, last);
        if (last) {
            decoder.flush(output);
            endOfInput = true;
        }
        undecoded = input.remaining();
        System.arraycopy(bytes, input.position(), bytes, 0, undecoded);
        int decoded = output.position() - limit;
        limit = output.position();
        return decoded > 0;
    }

    private static boolean isAscii(byte[] buffer, int from, int to) {
        long seen = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            seen |= (long) LONGS.get(buffer, i);
        }
        for (; i < to; i++) {
            seen |= buffer[i];
        }
        return (seen & HIGH_BITS) == 0;
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
