package org.kbtriage.parser.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The current line as a window onto the line reader's buffer: scanning it costs a plain array
 * access per character (a {@code String}'s {@code charAt} costs several times that), and a
 * {@code String} is made only when something asks for one. The window moves on with every line,
 * so keep {@link #toString()} (or a substring), never the {@code LineText} itself.
 *
 * <p>The buffer is either characters or, for ASCII text, the bytes themselves (see
 * {@link LineReader}); from bytes the hot scanners read eight characters in one step
 * ({@link #hexColumn}, {@link #hash}).
 */
public final class LineText implements CharSequence {

    /** 2^64 divided by the golden ratio: an odd constant whose multiples spread the bits well. */
    static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** The line's ASCII bytes, or null when the line is in {@link #chars}. */
    private byte[] bytes;
    private char[] chars = new char[0];
    private int base;
    private int length;
    private String string;

    /** Points this window at {@code length} characters of {@code buffer} from {@code start}. */
    void set(char[] buffer, int start, int count) {
        bytes = null;
        chars = buffer;
        base = start;
        length = count;
        string = null;
    }

    /** Points this window at {@code length} ASCII bytes of {@code buffer} from {@code start}. */
    void set(byte[] buffer, int start, int count) {
        bytes = buffer;
        base = start;
        length = count;
        string = null;
    }

    /** Points this window at a string (a text already in memory). */
    void set(String text) {
        bytes = null;
        chars = text.toCharArray();
        base = 0;
        length = chars.length;
        string = text;
    }

    /** Moves the window's start {@code count} characters on (past an e-mail quote prefix). */
    void dropPrefix(int count) {
        base += count;
        length -= count;
        string = null;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        byte[] ascii = bytes;
        return ascii != null ? (char) ascii[base + index] : chars[base + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /** The characters from {@code start} to {@code end} as a new string. */
    public String substring(int start, int end) {
        return bytes != null ? new String(bytes, base + start, end - start, StandardCharsets.ISO_8859_1)
                : new String(chars, base + start, end - start);
    }

    /** The whole line as a string, made on the first call. */
    @Override
    public String toString() {
        if (string == null) {
            string = substring(0, length);
        }
        return string;
    }

    public boolean startsWith(String prefix, int at) {
        int n = prefix.length();
        if (at < 0 || at + n > length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #startsWith}, ignoring the case of ASCII letters. */
    public boolean startsWithIgnoreCase(String prefix, int at) {
        int n = prefix.length();
        if (at < 0 || at + n > length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (lowerAscii(charAt(at + k)) != lowerAscii(prefix.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Index of {@code c} at or after {@code from}, or -1. */
    public int indexOf(char c, int from) {
        return indexOf(c, from, length);
    }

    /** Index of {@code c} at or after {@code from} and before {@code before}, or -1. */
    public int indexOf(char c, int from, int before) {
        int last = Math.min(before, length);
        for (int i = Math.max(from, 0); i < last; i++) {
            if (charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** Index of {@code needle} starting at or after {@code from} and before {@code before}, or -1. */
    public int indexOf(String needle, int from, int before) {
        int last = Math.min(before, length - needle.length() + 1);
        for (int i = Math.max(from, 0); i < last; i++) {
            if (startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** True when {@code needle} occurs anywhere in the line. */
    public boolean contains(String needle) {
        return indexOf(needle, 0, length) >= 0;
    }

    /**
     * Hash of the characters from {@code start} to {@code end}: eight characters make one 64-bit
     * block, a byte each ({@link #code}), and each block costs one multiplication. From ASCII bytes
     * a block is one read; from characters it is put together, the same block for the same text,
     * so either kind of line finds the same entry.
     */
    int hash(int start, int end) {
        long h = end - start;
        int i = base + start;
        int last = base + end;
        byte[] ascii = bytes;
        if (ascii != null) {
            for (; i + Long.BYTES <= last; i += Long.BYTES) {
                h = (h ^ (long) LONGS.get(ascii, i)) * HASH_MULTIPLIER;
            }
            if (i < last) {
                long block = 0;
                for (int k = last - 1; k >= i; k--) {
                    block = block << Byte.SIZE | ascii[k];
                }
                h = (h ^ block) * HASH_MULTIPLIER;
            }
            return (int) (h ^ h >>> 32);
        }
        for (; i + Long.BYTES <= last; i += Long.BYTES) {
            long block = code(chars[i]) | code(chars[i + 1]) << 8 | code(chars[i + 2]) << 16 | code(chars[i + 3]) << 24
                    | code(chars[i + 4]) << 32 | code(chars[i + 5]) << 40 | code(chars[i + 6]) << 48 | code(chars[i + 7]) << 56;
            h = (h ^ block) * HASH_MULTIPLIER;
        }
        if (i < last) {
            long block = 0;
            for (int k = last - 1; k >= i; k--) {
                block = block << Byte.SIZE | code(chars[k]);
            }
            h = (h ^ block) * HASH_MULTIPLIER;
        }
        return (int) (h ^ h >>> 32);
    }

    /** A character's byte in a hash block: an ASCII character's own code, the high byte mixed into the low one for others. */
    private static long code(char c) {
        return (c ^ c >>> 8) & 0xffL;
    }

    /**
     * The value of the eight hex digits at {@code at}, with bit 32 set when a letter among them is
     * upper case; -1 when these are not eight hex digits. From bytes, all eight are checked and
     * converted at once.
     */
    long hexColumn(int at) {
        if (bytes == null) {
            return hexColumnOfChars(at);
        }
        long x = (long) LONGS.get(bytes, base + at);
        // Per byte (all ASCII): high bit set where the byte is a digit, where it is a letter a-f / A-F.
        long digits = ((x | HIGH_BITS) - 0x3030303030303030L) & ((0x3939393939393939L | HIGH_BITS) - x) & HIGH_BITS;
        long lower = x | 0x2020202020202020L;
        long letters = ((lower | HIGH_BITS) - 0x6161616161616161L) & ((0x6666666666666666L | HIGH_BITS) - lower) & HIGH_BITS;
        if ((digits | letters) != HIGH_BITS) {
            return -1;
        }
        // The first character is the lowest byte and the highest digit; a letter's value is its low four bits plus 9.
        long nibbles = (x & 0x0f0f0f0f0f0f0f0fL) + (letters >>> 7) * 9;
        long pairs = (nibbles & 0x000f000f000f000fL) << 4 | nibbles >>> 8 & 0x000f000f000f000fL;
        long quads = (pairs & 0x000000ff000000ffL) << 8 | pairs >>> 16 & 0x000000ff000000ffL;
        long value = (quads & 0xffff) << 16 | quads >>> 32 & 0xffff;
        // An upper-case letter lacks the 0x20 bit, which the shift moves to the high bit.
        boolean upper = (letters & ~(x << 2)) != 0;
        return upper ? value | 1L << 32 : value;
    }

    private long hexColumnOfChars(int at) {
        long value = 0;
        int seen = 0;
        for (int k = base + at, end = k + 8; k < end; k++) {
            int digit = CharClasses.hexDigit(chars[k]);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | (digit & 0xf);
            seen |= digit;
        }
        return (seen & CharClasses.UPPER_DIGIT) != 0 ? value | 1L << 32 : value;
    }

    /** Index of the first character from {@code from} on that is not in {@code charClass} of {@link CharClasses}, or the length. */
    int skip(int from, int charClass) {
        int i = base + from;
        int last = base + length;
        byte[] ascii = bytes;
        if (ascii != null) {
            while (i < last && CharClasses.isIn(ascii[i], charClass)) {
                i++;
            }
        } else {
            while (i < last && CharClasses.isIn(chars[i], charClass)) {
                i++;
            }
        }
        return i - base;
    }

    /**
     * The characters from {@code start} to {@code end}, copied out to be a key of a
     * {@link TextTable}: a {@code byte[]} of ASCII codes when the line is ASCII bytes, else a
     * {@code char[]}. {@link #regionEquals} compares either with either kind of line.
     */
    Object key(int start, int end) {
        return bytes != null ? Arrays.copyOfRange(bytes, base + start, base + end)
                : Arrays.copyOfRange(chars, base + start, base + end);
    }

    /** True when the characters from {@code start} to {@code end} are those of a {@link #key}. */
    boolean regionEquals(int start, int end, Object key) {
        if (key instanceof byte[] asciiKey && bytes != null) {
            return Arrays.equals(bytes, base + start, base + end, asciiKey, 0, asciiKey.length);
        }
        if (key instanceof char[] charKey && bytes == null) {
            return Arrays.equals(chars, base + start, base + end, charKey, 0, charKey.length);
        }
        // A key made from the other kind of line: a name first seen in decoded text, then in ASCII bytes, or the other way.
        int length = key instanceof byte[] asciiKey ? asciiKey.length : ((char[]) key).length;
        if (end - start != length) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char expected = key instanceof byte[] asciiKey ? (char) asciiKey[k] : ((char[]) key)[k];
            if (charAt(start + k) != expected) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
