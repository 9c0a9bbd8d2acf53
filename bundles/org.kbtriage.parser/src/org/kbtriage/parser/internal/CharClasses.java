package org.kbtriage.parser.internal;

/**
 * What a character can be in a stack line, from one table lookup instead of a chain of range
 * tests: the scanners look at every character of a big log.
 */
final class CharClasses {

    private static final int HEX = 1;
    private static final int MODULE = 2;
    /** A character with no meaning of its own inside a symbol: letters, digits, {@code _ ? @ $ .}. */
    private static final int PLAIN_SYMBOL = 4;
    private static final byte[] CLASSES = new byte[128];

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
        for (char c : "_.$-".toCharArray()) {
            CLASSES[c] |= MODULE;
        }
        for (char c : "_?@$.".toCharArray()) {
            CLASSES[c] |= PLAIN_SYMBOL;
        }
    }

    private CharClasses() {
    }

    static boolean isHex(char c) {
        return c < 128 && (CLASSES[c] & HEX) != 0;
    }

    /** The value of a hex digit (one that {@link #isHex} accepts). */
    static int hexValue(char c) {
        return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }

    static boolean isModuleChar(char c) {
        return c < 128 && (CLASSES[c] & MODULE) != 0;
    }

    static boolean isPlainSymbolChar(char c) {
        return c < 128 && (CLASSES[c] & PLAIN_SYMBOL) != 0;
    }
}
