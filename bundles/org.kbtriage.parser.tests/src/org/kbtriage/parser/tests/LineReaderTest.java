package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kbtriage.parser.TextDecoding;
import org.kbtriage.parser.internal.DumpTextParser;
import org.kbtriage.parser.internal.LineReader;
import org.kbtriage.parser.internal.StringPool;

/**
 * The line reader keeps ASCII text as bytes and decodes the rest: whatever mixture a file is, and
 * wherever a read happens to end (in a line, between {@code \r} and {@code \n}, inside a UTF-8
 * sequence), the lines and their offsets must be those of the decoded text.
 */
class LineReaderTest {

    private static final int MAX_LINE = DumpTextParser.MAX_PARSED_LINE + 1;

    @Test
    void mixedAsciiAndUtf8TextSplitsAsTheDecodedText() throws IOException {
        Random random = new Random(11);
        for (int sample = 0; sample < 20; sample++) {
            String text = mixedText(random, new String[] {"é", "中", "\uD83D\uDE00", "ü"});
            checkAgainstDecoding(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, random);
        }
    }

    @Test
    void malformedUtf8BecomesReplacementCharactersAsTheDecoderMakesThem() throws IOException {
        Random random = new Random(12);
        for (int sample = 0; sample < 20; sample++) {
            byte[] valid = mixedText(random, new String[] {"é", "中"}).getBytes(StandardCharsets.UTF_8);
            byte[] bad = new byte[valid.length + 40];
            int[] badBytes = {0xc3, 0xe4, 0xf0, 0x80, 0xff, 0xed};
            for (int i = 0, j = 0; i < bad.length; i++) {
                bad[i] = j < valid.length && random.nextInt(bad.length) >= 40 ? valid[j++] : (byte) badBytes[random.nextInt(badBytes.length)];
            }
            checkAgainstDecoding(bad, StandardCharsets.UTF_8, random);
        }
    }

    @Test
    void aSequenceCutByTheEndOfTheFileIsOneReplacementCharacter() throws IOException {
        byte[] bytes = "ntdll!Foo+0x1\nab\u4e2d".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        List<String> lines = readLines(new LineReader(new ByteArrayInputStream(cut), StandardCharsets.UTF_8, MAX_LINE));
        assertEquals(List.of("ntdll!Foo+0x1", "ab\uFFFD"), lines);
    }

    @Test
    void windows1252AndUtf16TextSplitAsTheDecodedText() throws IOException {
        Random random = new Random(13);
        for (int sample = 0; sample < 10; sample++) {
            String text = mixedText(random, new String[] {"é", "€", "‰"});
            checkAgainstDecoding(text.getBytes(TextDecoding.WINDOWS_1252), TextDecoding.WINDOWS_1252, random);
            checkAgainstDecoding(text.getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, random);
            checkAgainstDecoding(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, random);
        }
    }

    @Test
    void aNameIsFoundAgainWhetherItWasReadFromDecodedCharactersOrFromAsciiBytes() throws IOException {
        // A read holding a non-ASCII character is decoded; an ASCII read stays bytes. Both orders.
        String decoded = "ORDSVC!CQueue::Add+0x1c \u00e9\n";
        String ascii = "ORDSVC!CQueue::Add+0x1c\n";
        checkSameName(decoded, ascii);
        checkSameName(ascii, decoded);
    }

    private static void checkSameName(String firstLine, String secondLine) throws IOException {
        byte[] first = firstLine.getBytes(StandardCharsets.UTF_8);
        byte[] second = secondLine.getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        LineReader reader = new LineReader(new ChunkedInputStream(both, new int[] {first.length, second.length}),
                StandardCharsets.UTF_8, MAX_LINE);
        StringPool pool = new StringPool();
        int nameLength = "ORDSVC!CQueue::Add".length();
        assertTrue(reader.next());
        String fromFirst = pool.get(reader.text(), 0, nameLength);
        assertTrue(reader.next());
        assertEquals(secondLine.strip(), reader.text().toString());
        assertSame(fromFirst, pool.get(reader.text(), 0, nameLength));
        assertEquals("ORDSVC!CQueue::Add", fromFirst);
        assertFalse(reader.next());
    }

    /** Lines of ASCII frames with, now and then, a non-ASCII character, a long line or another line end. */
    private static String mixedText(Random random, String[] others) {
        StringBuilder text = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        while (text.length() < 150_000) {
            StringBuilder line = new StringBuilder(String.format("%08x %08x %08x ORDSVC!CQueue::Add+0x%x", random.nextInt(),
                    random.nextInt(), random.nextInt(), random.nextInt(0x800)));
            if (random.nextInt(30) == 0) {
                line.insert(random.nextInt(line.length() + 1), others[random.nextInt(others.length)]);
            }
            if (random.nextInt(500) == 0) {
                line.append("x".repeat(MAX_LINE + random.nextInt(20_000)));
            }
            text.append(line).append(ends[random.nextInt(ends.length)]);
        }
        if (random.nextBoolean()) {
            text.append("no line end at the end");
        }
        return text.toString();
    }

    private static void checkAgainstDecoding(byte[] bytes, Charset charset, Random random) throws IOException {
        String decoded = decode(bytes, charset);
        int[] reads = new int[64];
        for (int i = 0; i < reads.length; i++) {
            reads[i] = 1 + random.nextInt(random.nextBoolean() ? 16 : 70_000);
        }
        LineReader reader = new LineReader(new ChunkedInputStream(bytes, reads), charset, MAX_LINE);
        int start = 0;
        int number = 0;
        while (start < decoded.length()) {
            int end = start;
            while (end < decoded.length() && decoded.charAt(end) != '\n' && decoded.charAt(end) != '\r') {
                end++;
            }
            assertTrue(reader.next(), "line " + (number + 1));
            number++;
            String line = decoded.substring(start, end);
            assertEquals(number, reader.lineNumber());
            assertEquals(start, reader.lineStart(), "start of line " + number);
            assertEquals(line.length(), reader.lineLength(), "length of line " + number);
            assertEquals(line.substring(0, Math.min(line.length(), MAX_LINE)), reader.text().toString(), "line " + number);
            int next = end < decoded.length() && decoded.charAt(end) == '\r' && end + 1 < decoded.length()
                    && decoded.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            if (end == decoded.length()) {
                assertFalse(reader.lastLineEnded());
            }
            start = next;
        }
        assertFalse(reader.next());
        assertEquals(decoded.length(), reader.offset());
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static List<String> readLines(LineReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        while (reader.next()) {
            lines.add(reader.text().toString());
        }
        return lines;
    }

    /** Hands out its bytes in reads of the given sizes, in turn, as a pipe or a slow disk might. */
    private static final class ChunkedInputStream extends InputStream {
        private final byte[] bytes;
        private final int[] reads;
        private int position;
        private int read;

        ChunkedInputStream(byte[] bytes, int[] reads) {
            this.bytes = bytes;
            this.reads = reads;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= bytes.length) {
                return -1;
            }
            int count = Math.min(Math.min(length, reads[read++ % reads.length]), bytes.length - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }
}
