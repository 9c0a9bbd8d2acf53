package org.kbtriage.parser.internal;

import java.util.Arrays;

/**
 * The current line as a window onto the line reader's character buffer: scanning it costs a plain
 * array access per character (a {@code String}'s {@code charAt} costs several times that), and a
 * {@code String} is made only when something asks for one. The window moves on with every line,
 * so keep {@link #toString()} (or a substring), never the {@code LineText} itself.
 */
public final class LineText implements CharSequence {

    /** 2^64 divided by the golden ratio: an odd constant whose multiples spread the bits well. */
    static final long HASH_MULTIPLIER = 0x9E3779B97F4A7C15L;

    private char[] chars = new char[0];
    private int base;
    private int length;
    private String string;

    /** Points this window at {@code length} characters of {@code buffer} from {@code start}. */
    void set(char[] buffer, int start, int count) {
        chars = buffer;
        base = start;
        length = count;
        string = null;
    }

    /** Points this window at a string (a text already in memory). */
    void set(String text) {
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
        return chars[base + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return substring(start, end);
    }

    /** The characters from {@code start} to {@code end} as a new string. */
    public String substring(int start, int end) {
        return new String(chars, base + start, end - start);
    }

    /** The whole line as a string, made on the first call. */
    @Override
    public String toString() {
        if (string == null) {
            string = new String(chars, base, length);
        }
        return string;
    }

    public boolean startsWith(String prefix, int at) {
        int n = prefix.length();
        if (at < 0 || at + n > length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (chars[base + at + k] != prefix.charAt(k)) {
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
            if (lowerAscii(chars[base + at + k]) != lowerAscii(prefix.charAt(k))) {
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
            if (chars[base + i] == c) {
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
     * Hash of the characters from {@code start} to {@code end}. Four characters make one 64-bit
     * block and each block costs one multiplication: the chain of dependent multiplications is
     * what a hash of a 30-character frame name spends its time on.
     */
    int hash(int start, int end) {
        long h = end - start;
        int i = base + start;
        int last = base + end;
        for (; i + 3 < last; i += 4) {
            long block = chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48;
            h = (h ^ block) * HASH_MULTIPLIER;
        }
        for (; i < last; i++) {
            h = (h ^ chars[i]) * HASH_MULTIPLIER;
        }
        return (int) (h ^ h >>> 32);
    }

    /** True when the characters from {@code start} to {@code end} are those of {@code key}. */
    boolean regionEquals(int start, int end, char[] key) {
        return Arrays.equals(chars, base + start, base + end, key, 0, key.length);
    }

    /** A copy of the characters from {@code start} to {@code end}. */
    char[] chars(int start, int end) {
        return Arrays.copyOfRange(chars, base + start, base + end);
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}
