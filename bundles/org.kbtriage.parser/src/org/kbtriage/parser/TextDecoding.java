package org.kbtriage.parser;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Works out how a dump file's bytes are encoded, from its first bytes: a byte-order mark
 * (UTF-8, UTF-16LE, UTF-16BE), BOM-less UTF-16 (recognized by its pattern of NUL bytes, as
 * WinDbg's {@code .logopen /u} writes it), valid UTF-8, and otherwise windows-1252 (what an
 * English Windows wrote). It also tells binary data (a {@code .dmp} file, an executable) from
 * text.
 */
public final class TextDecoding {

    /** How many leading bytes {@link #detect} should be given; more gives a surer answer. */
    public static final int SAMPLE_SIZE = 256 * 1024;

    /** windows-1252, the fallback for bytes that are not valid UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Share of control bytes (other than tab, line ends, form feed, escape) that makes a sample binary. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    /** The outcome of looking at a sample: the charset and the length of the byte-order mark to skip. */
    public record Encoding(Charset charset, int bomLength) {
        /** The name to show and record: {@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE}, {@code windows-1252}. */
        public String name() {
            return charset.name();
        }
    }

    private TextDecoding() {
    }

    /** Detects the encoding of a text whose first {@code length} bytes are in {@code head}. */
    public static Encoding detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            return new Encoding(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
            return new Encoding(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff) {
            return new Encoding(StandardCharsets.UTF_16BE, 2);
        }
        Charset utf16 = bomLessUtf16(head, length);
        if (utf16 != null) {
            return new Encoding(utf16, 0);
        }
        return new Encoding(isValidUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /**
     * Returns the offset of the first byte that shows the sample is binary data rather than text
     * in the given encoding, or -1 when it reads as text.
     */
    public static int findBinaryData(byte[] head, int length, Encoding encoding) {
        boolean utf16 = encoding.charset() == StandardCharsets.UTF_16LE || encoding.charset() == StandardCharsets.UTF_16BE;
        int step = utf16 ? 2 : 1;
        int firstControl = -1;
        int controls = 0;
        int units = 0;
        for (int i = encoding.bomLength(); i + step - 1 < length; i += step) {
            int unit = utf16 ? codeUnit(head, i, encoding.charset() == StandardCharsets.UTF_16LE) : head[i] & 0xff;
            units++;
            if (unit == 0) {
                return i;
            }
            if (unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r' && unit != '\f' && unit != 0x0b
                    && unit != 0x1a && unit != 0x1b) {
                controls++;
                if (firstControl < 0) {
                    firstControl = i;
                }
            }
        }
        return units > 0 && controls > MAX_CONTROL_SHARE * units ? firstControl : -1;
    }

    private static int codeUnit(byte[] bytes, int i, boolean littleEndian) {
        int first = bytes[i] & 0xff;
        int second = bytes[i + 1] & 0xff;
        return littleEndian ? first | second << 8 : first << 8 | second;
    }

    /** UTF-16 text of mostly Latin characters has a NUL in every other byte: odd ones for LE, even ones for BE. */
    private static Charset bomLessUtf16(byte[] head, int length) {
        int pairs = Math.min(length, 8192) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (head[i] == 0) {
                evenNuls++;
            }
            if (head[i + 1] == 0) {
                oddNuls++;
            }
        }
        if (oddNuls >= pairs * 0.4 && evenNuls <= pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNuls >= pairs * 0.4 && oddNuls <= pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Strict UTF-8 check; a sequence cut off by the end of the sample counts as valid. */
    static boolean isValidUtf8(byte[] bytes, int length) {
        int i = 0;
        while (i < length) {
            int b = bytes[i] & 0xff;
            if (b < 0x80) {
                i++;
                continue;
            }
            int continuation;
            int min;
            if (b >= 0xc2 && b <= 0xdf) {
                continuation = 1;
                min = 0x80;
            } else if (b >= 0xe0 && b <= 0xef) {
                continuation = 2;
                min = 0x800;
            } else if (b >= 0xf0 && b <= 0xf4) {
                continuation = 3;
                min = 0x10000;
            } else {
                return false;
            }
            int codePoint = b & (0x3f >> continuation);
            for (int k = 1; k <= continuation; k++) {
                if (i + k >= length) {
                    return true;
                }
                int c = bytes[i + k] & 0xff;
                if ((c & 0xc0) != 0x80) {
                    return false;
                }
                codePoint = codePoint << 6 | c & 0x3f;
            }
            if (codePoint < min || codePoint > 0x10ffff || codePoint >= 0xd800 && codePoint <= 0xdfff) {
                return false;
            }
            i += continuation + 1;
        }
        return true;
    }
}
