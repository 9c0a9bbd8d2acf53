package org.kbtriage.parser.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a stack table split into its parts: an optional frame number ({@code kn}), the
 * address columns (ChildEBP / Child-SP / FramePtr, RetAddr, arguments; {@code :} separators of
 * x64 {@code kb}; {@code (Inline Function) --------`--------} placeholders) and the function text.
 * Column values are kept as printed; a placeholder column is {@code null}.
 */
public final class FrameLine {

    /** Printed frame number, or -1. */
    public int ordinal = -1;
    public final List<String> columns = new ArrayList<>(6);
    /** Index of the first column after the first {@code :} separator, or -1. */
    public int firstColumnAfterColon = -1;
    public boolean inline;
    /** 64-bit addresses (16 digits, or with a backtick). */
    public boolean wide;
    /** Where the function text starts (or would start); the line length when nothing follows the columns. */
    public int restStart;
    /** The function text, or null when none follows the columns. */
    public FunctionText function;

    private FrameLine() {
    }

    /** Scans a line; never null (a line with no columns and no function text has both empty). */
    public static FrameLine scan(String s) {
        FrameLine line = new FrameLine();
        int n = s.length();
        int i = skipSpace(s, 0);
        int tokenEnd = tokenEnd(s, i);
        if (tokenEnd - i >= 1 && tokenEnd - i <= 4 && tokenEnd < n && allHex(s, i, tokenEnd)) {
            int next = skipSpace(s, tokenEnd);
            if (next < n) {
                line.ordinal = parseHex(s, i, tokenEnd);
                i = next;
            }
        }
        while (i < n) {
            tokenEnd = tokenEnd(s, i);
            int length = tokenEnd - i;
            if (isAddress(s, i, tokenEnd)) {
                line.columns.add(s.substring(i, tokenEnd));
                if (length > 8) {
                    line.wide = true;
                }
            } else if (length == 1 && s.charAt(i) == ':') {
                if (line.firstColumnAfterColon < 0) {
                    line.firstColumnAfterColon = line.columns.size();
                }
            } else if (s.startsWith("(Inline", i)) {
                line.inline = true;
                int close = s.indexOf(')', i);
                tokenEnd = close < 0 ? n : close + 1;
            } else if (length >= 8 && isPlaceholder(s, i, tokenEnd)) {
                line.columns.add(null);
            } else {
                break;
            }
            i = skipSpace(s, tokenEnd);
        }
        line.restStart = i;
        if (i < n) {
            line.function = FunctionText.parse(s, i);
            if (line.function != null && line.inline) {
                line.function.inline = true;
            }
        }
        return line;
    }

    /** True when the line is nothing but address columns (the function went to the next line). */
    public boolean isAddressesOnly(String s) {
        return function == null && columns.size() >= 2 && restStart >= s.length();
    }

    /** True when the function text names a module, with or without a symbol. */
    public boolean hasModuleFrame() {
        return function != null && function.module != null && !function.label;
    }

    private static boolean isAddress(String s, int from, int to) {
        int length = to - from;
        if (length == 8 || length == 16) {
            return allHex(s, from, to);
        }
        if (length == 17 && s.charAt(from + 8) == '`') {
            return allHex(s, from, from + 8) && allHex(s, from + 9, to);
        }
        return false;
    }

    private static boolean isPlaceholder(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '-' && c != '`') {
                return false;
            }
        }
        return true;
    }

    static boolean allHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!FunctionText.isHex(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static int parseHex(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 16);
    }

    static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static int tokenEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            i++;
        }
        return i;
    }
}
