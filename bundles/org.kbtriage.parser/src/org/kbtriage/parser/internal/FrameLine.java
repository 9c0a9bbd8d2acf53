package org.kbtriage.parser.internal;

import org.kbtriage.model.values.AddressColumns;

/**
 * One line of a stack table split into its parts: an optional frame number ({@code kn}), the
 * address columns (ChildEBP / Child-SP / FramePtr, RetAddr, arguments; {@code :} separators of
 * x64 {@code kb}; {@code (Inline Function) --------`--------} placeholders) and the function text.
 * The column values are read as the columns are found, into a reused builder; a value is made
 * only when asked for ({@link #addresses}): most lines scanned are not frames. One instance is
 * reused for every line (a big log has millions); {@link #detached} keeps one beyond its line.
 */
public final class FrameLine {

    /** Printed frame number, or -1. */
    public int ordinal = -1;
    private LineText text;
    /** The columns read out of the line, in a {@link #detached} copy. */
    private AddressColumns keptColumns;
    /** Reads the column values, reused line after line; null in a detached copy. */
    private final AddressColumns.Builder columnValues;
    private int columnCount;
    /** The table prints each frame's size ({@code kf}'s {@code Memory} column); set by the table's header. */
    public boolean frameSizes;
    /** The table numbers its frames ({@code kn}, a {@code #} header); with {@link #frameSizes}, set by the header. */
    public boolean numbered;
    /** Index of the first column after the first {@code :} separator, or -1. */
    public int firstColumnAfterColon = -1;
    public boolean inline;
    /** 64-bit addresses (16 digits, or with a backtick). */
    public boolean wide;
    /** Where the function text starts (or would start); the line length when nothing follows the columns. */
    public int restStart;
    /** The function text, or null when none follows the columns. */
    public FunctionText function;

    /** Where the function text is read into, reused line after line; null in a detached copy. */
    private final FunctionText parsed;

    /** A line scanner whose frames take their names from {@code names}. */
    public FrameLine(FrameNames names) {
        this.parsed = new FunctionText(names);
        this.columnValues = new AddressColumns.Builder();
    }

    private FrameLine() {
        this.parsed = null;
        this.columnValues = null;
    }

    public int columnCount() {
        return columnCount;
    }

    public boolean hasColumns() {
        return columnCount > 0;
    }

    /** The values of the columns, as printed; null without columns. */
    public AddressColumns addresses(boolean stackPointerFirst) {
        if (columnValues == null) {
            return keptColumns == null ? null : keptColumns.withStackPointerFirst(stackPointerFirst);
        }
        return columnValues.build(stackPointerFirst);
    }

    /** A copy of the columns (the function text is not copied) that stays valid when this scanner reads the next line. */
    public FrameLine detached() {
        FrameLine copy = new FrameLine();
        copy.ordinal = ordinal;
        copy.firstColumnAfterColon = firstColumnAfterColon;
        copy.inline = inline;
        copy.wide = wide;
        copy.restStart = restStart;
        copy.columnCount = columnCount;
        copy.keptColumns = addresses(false);
        return copy;
    }

    /** Scans a line into this object (a line with no columns and no function text leaves both empty). */
    public FrameLine scan(LineText s) {
        text = s;
        ordinal = -1;
        firstColumnAfterColon = -1;
        inline = false;
        wide = false;
        function = null;
        int n = s.length();
        int i = skipSpace(s, 0);
        // A frame number has at most four digits (and Process Hacker's comma): look no further.
        int tokenEnd = tokenEnd(s, i, Math.min(n, i + 6));
        // Process Hacker numbers its frames "0, ntdll.dll!...".
        int digitsEnd = tokenEnd > i + 1 && s.charAt(tokenEnd - 1) == ',' ? tokenEnd - 1 : tokenEnd;
        if (!(frameSizes && !numbered) && digitsEnd - i >= 1 && digitsEnd - i <= 4 && tokenEnd < n
                && CharClasses.allHex(s, i, digitsEnd)) {
            int next = skipSpace(s, tokenEnd);
            if (next < n) {
                ordinal = parseHex(s, i, digitsEnd);
                i = next;
            }
        }
        i = skipFrameSize(s, i);
        columnValues.clear();
        while (i < n) {
            if (readEightDigitColumn(s, i, n)) {
                i = skipSpace(s, i + 8);
                continue;
            }
            char first = s.charAt(i);
            if (first != ':' && first != '(' && first != '-' && !CharClasses.isHex(first)) {
                break; // the function text (ntdll!..., ORDSVC!...)
            }
            // One pass over the token: its end, and whether it is an address (8 or 16 hex digits, 8`8),
            // printed bare as debuggers do or with the 0x some tools add.
            int digits = i + 2 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X') ? i + 2 : i;
            int end = digits;
            boolean hex = true;
            int backtick = -1;
            while (end < n) {
                char c = s.charAt(end);
                if (c == ' ' || c == '\t') {
                    break;
                }
                if (c == '`' && backtick < 0) {
                    backtick = end;
                } else if (!CharClasses.isHex(c)) {
                    hex = false;
                    if (CharClasses.isHex(first)) {
                        break; // not an address: BILLCORE!..., the function text
                    }
                }
                end++;
            }
            int length = end - digits;
            boolean address = hex && (backtick < 0 ? length == 8 || length == 16 : length == 17 && backtick == digits + 8);
            if (address && digits > i && skipSpace(s, end) >= n) {
                address = false; // a last 0x... on the line is a frame without a module, not a column
            }
            if (address) {
                columnValues.add(s, i, end);
                if (length > 8) {
                    wide = true;
                }
            } else if (end - i == 1 && s.charAt(i) == ':') {
                if (firstColumnAfterColon < 0) {
                    firstColumnAfterColon = columnValues.size();
                }
            } else if (s.charAt(i) == '(' && s.startsWith("(Inline", i)) {
                inline = true;
                int close = s.indexOf(')', i);
                end = close < 0 ? n : close + 1;
            } else if (end - i < 8 || s.charAt(i) != '-' || !columnValues.add(s, i, end)) {
                break;
            }
            i = skipSpace(s, end);
        }
        columnCount = columnValues.size();
        restStart = i;
        if (i < n) {
            function = parsed.read(s, i) ? parsed : null;
            if (function != null && inline) {
                function.inline = true;
            }
        }
        return this;
    }

    /**
     * The common column, 8 hex digits and a space (x86 {@code kb}, Dr. Watson), read in one step
     * ({@link LineText#hexColumn}); false (nothing read) for anything else, which the general loop
     * then reads.
     */
    private boolean readEightDigitColumn(LineText s, int i, int n) {
        int end = i + 8;
        if (end > n || end < n && s.charAt(end) != ' ' && s.charAt(end) != '\t') {
            return false;
        }
        long column = s.hexColumn(i);
        if (column < 0) {
            return false;
        }
        columnValues.add(column & 0xffffffffL, (column >>> 32) != 0 ? AddressColumns.UPPER_CASE : 0);
        return true;
    }

    /**
     * Skips the frame size that {@code kf} prints before the addresses (the {@code Memory}
     * column: {@code 01       3c 0631ef80 77f8c9a2 ...}, blank on the first frame): a short hex
     * number followed by an address. Read only under a header with that column, or after a
     * frame number ({@code knf}), where nothing else puts a short number before the addresses.
     */
    private int skipFrameSize(LineText s, int i) {
        if (!frameSizes && ordinal < 0) {
            return i;
        }
        int end = tokenEnd(s, i);
        if (end - i < 1 || end - i > 7 || !CharClasses.allHex(s, i, end)) {
            return i;
        }
        int next = skipSpace(s, end);
        int nextEnd = tokenEnd(s, next);
        boolean addressFollows = nextEnd - next == 8 || nextEnd - next == 16 || nextEnd - next == 17 && s.charAt(next + 8) == '`';
        return addressFollows && CharClasses.allHex(s, next, next + 8) ? next : i;
    }

    /** True when the line is nothing but address columns (the function went to the next line). */
    public boolean isAddressesOnly() {
        return function == null && columnCount >= 2 && restStart >= text.length();
    }

    /** True when the function text names a module, with or without a symbol. */
    public boolean hasModuleFrame() {
        return function != null && function.module() != null && !function.label;
    }

    private static int parseHex(LineText s, int from, int to) {
        return Integer.parseInt(s, from, to, 16);
    }

    static int skipSpace(LineText s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    static int tokenEnd(LineText s, int i) {
        return tokenEnd(s, i, s.length());
    }

    /** Where the token at {@code i} ends, or {@code limit} when it goes on that far. */
    private static int tokenEnd(LineText s, int i, int limit) {
        while (i < limit && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
            i++;
        }
        return i;
    }
}
