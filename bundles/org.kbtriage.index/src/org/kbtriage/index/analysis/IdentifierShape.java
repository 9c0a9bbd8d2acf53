package org.kbtriage.index.analysis;

/**
 * What counts as an identifier in article text. A token is a run of letters, digits, {@code _ $ @ ? ~} and the
 * connectors {@code ! + . : \ -}, without connectors at its ends ({@code Mapi32.dll.} ends a sentence). It is an
 * identifier when it has letters joined with a digit, an underscore or a connector, or a capital letter inside
 * a mixed-case word ({@code HrStrAToStrW}, {@code kbExchange}). Plain words ({@code spooler}, {@code NOTE}) and
 * numbers, versions and dates ({@code 1998}, {@code 5.5.2652.85}) are left to the English fields.
 */
final class IdentifierShape {

    /** Characters that join the parts of an identifier but never end one. */
    static final String CONNECTORS = "!+.:\\-";

    private IdentifierShape() {
    }

    static boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || c == '?' || c == '~'
                || isConnector(c);
    }

    static boolean isConnector(int c) {
        return c == '!' || c == '+' || c == '.' || c == ':' || c == '\\' || c == '-';
    }

    /** The first index in {@code [start, end)} that is not a connector ({@code end} when all are). */
    static int trimStart(char[] text, int start, int end) {
        while (start < end && isConnector(text[start])) {
            start++;
        }
        return start;
    }

    /** The end of {@code [start, end)} without trailing connectors. */
    static int trimEnd(char[] text, int start, int end) {
        while (end > start && isConnector(text[end - 1])) {
            end--;
        }
        return end;
    }

    /** Whether the trimmed token {@code text[from, from + length)} is an identifier rather than a plain word. */
    static boolean isIdentifier(char[] text, int from, int length) {
        boolean letter = false;
        boolean lower = false;
        boolean innerUpper = false;
        boolean joined = false;
        for (int i = 0; i < length; i++) {
            char c = text[from + i];
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    lower = true;
                } else if (i > 0 && Character.isUpperCase(c)) {
                    innerUpper = true;
                }
            } else if (c == '_' || isConnector(c) || Character.isDigit(c)) {
                joined = true;
            }
        }
        return letter && (joined || (lower && innerUpper));
    }

    /** A character of the segments between connectors ({@code MAPI32}, {@code dll}, {@code 0x28}). */
    static boolean isSegmentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '$' || c == '@' || c == '?' || c == '~';
    }

    /**
     * For a frame with an offset ({@code module!symbol+offset}, one {@code !} before the first {@code +}, neither
     * part empty), the length of {@code module!symbol}; else 0.
     */
    static int frameWithoutOffset(char[] text, int from, int length) {
        int bang = 0;
        while (bang < length && text[from + bang] != '!' && text[from + bang] != '+') {
            bang++;
        }
        if (bang == 0 || bang == length || text[from + bang] != '!') {
            return 0;
        }
        int plus = bang + 1;
        while (plus < length && text[from + plus] != '!' && text[from + plus] != '+') {
            plus++;
        }
        return plus > bang + 1 && plus < length && text[from + plus] == '+' ? plus : 0;
    }
}
