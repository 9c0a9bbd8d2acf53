package org.kbtriage.parser.internal;

/**
 * What a character can be in a stack line, from one table lookup instead of a chain of range
 * tests: the scanners look at every character of a big log.
 */
final class CharClasses {

    private static final int HEX = 1;
    static final int MODULE = 2;
    /** A character with no meaning of its own inside a symbol: letters, digits, {@code _ ? @ $ .}. */
    static final int PLAIN_SYMBOL = 4;
    private static final byte[] CLASSES = new byte[128];
    /** The value of each hex digit, {@link #UPPER_DIGIT} added for A-F; -1 for other characters. */
    private static final byte[] DIGITS = new byte[128];
    /** Added to the value of an upper-case hex digit by {@link #hexDigit}. */
    static final int UPPER_DIGIT = 16;

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASSES[c] |= HEX | MODULE | PLAIN_SYMBOL;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASSES[c] |= MODULE | PLAIN_SYMBOL;
            CLASSES[Character.toUpperCase(c)] |= MODULE | PLAIN_SYMBOL;
        }
        for (char c = 'a'; c <= 'f'; c++) {
            CLASSES[c] |= HEX;
            CLASSES[Character.toUpperCase(c)] |= HEX;
        }
        java.util.Arrays.fill(DIGITS, (byte) -1);
        for (char c = '0'; c <= '9'; c++) {
            DIGITS[c] = (byte) (c - '0');
        }
        for (char c = 'a'; c <= 'f'; c++) {
            DIGITS[c] = (byte) (c - 'a' + 10);
            DIGITS[Character.toUpperCase(c)] = (byte) (c - 'a' + 10 + UPPER_DIGIT);
        }
        for (char c : "_.$-".toCharArray()) {
            CLASSES[c] |= MODULE;
        }
        for (char c : "_?@$.".toCharArray()) {
            CLASSES[c] |= PLAIN_SYMBOL;
        }
    }

    private CharClasses() {
    }

    /** True when {@code c} (a character, or an ASCII byte) is of {@code charClass}: {@link #MODULE}, {@link #PLAIN_SYMBOL}. */
    static boolean isIn(int c, int charClass) {
        return c >= 0 && c < 128 && (CLASSES[c] & charClass) != 0;
    }

    static boolean isHex(char c) {
        return c < 128 && (CLASSES[c] & HEX) != 0;
    }

    /** True when the characters from {@code from} to {@code to} are hex digits, and there is at least one. */
    static boolean allHex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isHex(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** The value of a hex digit plus {@link #UPPER_DIGIT} when it is an upper-case letter; -1 when not a hex digit. */
    static int hexDigit(char c) {
        return c < 128 ? DIGITS[c] : -1;
    }
}
