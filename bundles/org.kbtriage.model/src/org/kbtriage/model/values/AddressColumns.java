package org.kbtriage.model.values;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The address columns printed before a frame's function: the frame pointer ({@code ChildEBP},
 * {@code FramePtr}) or the stack pointer ({@code Child-SP}), the return address and the
 * arguments, as the debugger printed them ({@code 0012f9c4}, {@code 00000000`0223f6d0},
 * {@code 0x0012f9e8}; a {@code --------`--------} placeholder of an inline frame is a column
 * without a value).
 *
 * <p>An immutable value of the model's {@code AddressColumns} data type. It keeps the numbers and
 * how each was printed rather than the printed strings: a big {@code ~*kb} log has millions of
 * frames, and a string per column made each frame several times larger (and the parse slower)
 * than all else it holds. The printed text is made again when asked for.
 *
 * <p>{@link #toString()} gives the columns as printed, separated by single spaces, with
 * {@code sp:} before the first one when it is a stack pointer; {@link #valueOf} reads that back
 * (EMF saves and loads the value through these two).
 *
 * <p>Up to six columns of at most 32 bits printed in one style, as every x86 frame has, are
 * packed into three {@code long} fields ({@link Packed}, 40 bytes); others keep arrays
 * ({@link Listed}). Equal columns are equal values whichever form holds them.
 */
public abstract sealed class AddressColumns permits AddressColumns.Packed, AddressColumns.Listed {

    /** How one column was printed: bits of a style. */
    public static final int SIXTEEN_DIGITS = 1;
    /** Sixteen digits printed as two halves of eight joined by a backtick: {@code 00000000`0223f6d0}. */
    public static final int BACKTICK = 2;
    /** Printed with {@code 0x} before the digits. */
    public static final int HEX_PREFIX = 4;
    /** Hex letters printed in upper case. */
    public static final int UPPER_CASE = 8;
    /** A placeholder ({@code --------} / {@code --------`--------}): no value. */
    public static final int PLACEHOLDER = 16;

    private static final String STACK_POINTER_MARK = "sp:";

    /** Up to this many columns of at most 32 bits are packed into fields, two a long, instead of an array. */
    private static final int PACKED_COLUMNS = 6;

    private AddressColumns() {
    }

    /** Number of columns, placeholders included. */
    public abstract int size();

    /** The style bits of a column ({@link #SIXTEEN_DIGITS}, {@link #BACKTICK}, ...). */
    public abstract int style(int column);

    /** The number in a column (0 for a placeholder). */
    public abstract long value(int column);

    /** True when the first column is the stack pointer (x64 {@code Child-SP}), false for a frame pointer. */
    public abstract boolean isStackPointerFirst();

    /** The same columns, the first one a stack pointer or a frame pointer as said. */
    public abstract AddressColumns withStackPointerFirst(boolean stackPointer);

    public boolean isPlaceholder(int column) {
        return (style(column) & PLACEHOLDER) != 0;
    }

    /** The column as printed, or null for a placeholder. */
    public String column(int column) {
        int bits = style(column);
        if ((bits & PLACEHOLDER) != 0) {
            return null;
        }
        return format(value(column), bits);
    }

    /** The first column when it is a frame pointer ({@code ChildEBP}, {@code FramePtr}), else null. */
    public String framePointer() {
        return isStackPointerFirst() || size() == 0 ? null : column(0);
    }

    /** The first column when it is a stack pointer ({@code Child-SP}), else null. */
    public String stackPointer() {
        return isStackPointerFirst() && size() > 0 ? column(0) : null;
    }

    /** The second column, or null when not printed. */
    public String returnAddress() {
        return size() > 1 ? column(1) : null;
    }

    /** The columns after the return address, as printed; placeholders left out. */
    public List<String> arguments() {
        int count = size();
        if (count <= 2) {
            return List.of();
        }
        List<String> arguments = new ArrayList<>(count - 2);
        for (int i = 2; i < count; i++) {
            String argument = column(i);
            if (argument != null) {
                arguments.add(argument);
            }
        }
        return Collections.unmodifiableList(arguments);
    }

    /** A number printed in a style: {@code 0012f9c4}, {@code 00000000`0223f6d0}, {@code 0x0012F9E8}. */
    public static String format(long value, int style) {
        boolean placeholder = (style & PLACEHOLDER) != 0;
        boolean wide = (style & SIXTEEN_DIGITS) != 0;
        boolean backtick = (style & BACKTICK) != 0;
        boolean prefix = (style & HEX_PREFIX) != 0;
        boolean upper = (style & UPPER_CASE) != 0;
        int digits = wide ? 16 : 8;
        char[] out = new char[(prefix ? 2 : 0) + digits + (backtick ? 1 : 0)];
        int at = out.length;
        for (int d = 0; d < digits; d++) {
            if (backtick && d == 8) {
                out[--at] = '`';
            }
            int nibble = (int) (value >>> (4 * d)) & 0xf;
            out[--at] = placeholder ? '-' : (char) (nibble < 10 ? '0' + nibble : (upper ? 'A' : 'a') + nibble - 10);
        }
        if (prefix) {
            out[1] = 'x';
            out[0] = '0';
        }
        return new String(out);
    }

    /** The columns as printed, separated by spaces; {@code sp:} first when the first column is a stack pointer. */
    @Override
    public String toString() {
        int count = size();
        StringBuilder text = new StringBuilder(count * 18 + 3);
        if (isStackPointerFirst()) {
            text.append(STACK_POINTER_MARK);
        }
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(format(value(i), style(i)));
        }
        return text.toString();
    }

    /**
     * Reads the form {@link #toString()} writes.
     *
     * @throws IllegalArgumentException when a column is not an 8 or 16 digit address or a placeholder
     */
    public static AddressColumns valueOf(String text) {
        String rest = text.strip();
        boolean stackPointer = rest.startsWith(STACK_POINTER_MARK);
        if (stackPointer) {
            rest = rest.substring(STACK_POINTER_MARK.length());
        }
        Builder builder = new Builder();
        for (String column : rest.isEmpty() ? new String[0] : rest.split("\\s+")) {
            if (!builder.add(column, 0, column.length())) {
                throw new IllegalArgumentException("not an address column: '" + column + "' in '" + text + "'");
            }
        }
        return builder.build(stackPointer);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof AddressColumns that) || that.isStackPointerFirst() != isStackPointerFirst() || that.size() != size()) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (value(i) != that.value(i) || style(i) != that.style(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = isStackPointerFirst() ? 1 : 0;
        for (int i = 0; i < size(); i++) {
            hash = hash * 31 + Long.hashCode(value(i));
        }
        return hash;
    }

    /**
     * Collects the columns of one line, then {@link #build}s the value; reusable line after line
     * (a parser keeps one).
     */
    public static final class Builder {
        private long[] values = new long[8];
        private byte[] styles = new byte[8];
        private int count;

        /** Starts over with no columns. */
        public Builder clear() {
            count = 0;
            return this;
        }

        public int size() {
            return count;
        }

        /**
         * Adds the column printed in {@code text} from {@code start} to {@code end}: 8 or 16 hex
         * digits, 8`8, either with {@code 0x} before them, or a placeholder of dashes (and a
         * backtick). False (nothing added) when it is none of these.
         */
        public boolean add(CharSequence text, int start, int end) {
            int style = 0;
            int i = start;
            if (end - i > 2 && text.charAt(i) == '0' && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
                style |= HEX_PREFIX;
                i += 2;
            }
            if (style == 0 && end - i >= 8 && text.charAt(i) == '-') {
                return addPlaceholder(text, i, end);
            }
            long value = 0;
            int digits = 0;
            for (; i < end; i++) {
                char c = text.charAt(i);
                int nibble;
                if (c >= '0' && c <= '9') {
                    nibble = c - '0';
                } else if (c >= 'a' && c <= 'f') {
                    nibble = c - 'a' + 10;
                } else if (c >= 'A' && c <= 'F') {
                    nibble = c - 'A' + 10;
                    style |= UPPER_CASE;
                } else if (c == '`' && digits == 8 && (style & BACKTICK) == 0) {
                    style |= BACKTICK;
                    continue;
                } else {
                    return false;
                }
                value = value << 4 | nibble;
                digits++;
            }
            if (digits == 16) {
                style |= SIXTEEN_DIGITS;
            } else if (digits != 8 || (style & BACKTICK) != 0) {
                return false;
            }
            add(value, style);
            return true;
        }

        private boolean addPlaceholder(CharSequence text, int start, int end) {
            int backticks = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c == '`') {
                    backticks++;
                } else if (c != '-') {
                    return false;
                }
            }
            int dashes = end - start - backticks;
            if (dashes < 8) {
                return false;
            }
            add(0, PLACEHOLDER | (dashes >= 16 ? SIXTEEN_DIGITS : 0) | (backticks > 0 ? BACKTICK : 0));
            return true;
        }

        /** Adds a column already read: its value and style bits. */
        public void add(long value, int style) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
                styles = Arrays.copyOf(styles, count * 2);
            }
            values[count] = value;
            styles[count] = (byte) style;
            count++;
        }

        /** The value of the columns added since {@link #clear()}; null when there are none. */
        public AddressColumns build(boolean stackPointerFirst) {
            if (count == 0) {
                return null;
            }
            int shared = sharedStyle(styles, count);
            if (shared < 0) {
                shared = sharedStyle(sameCase(styles, values, count), count);
            }
            boolean narrow = true;
            for (int i = 0; i < count; i++) {
                narrow &= values[i] >>> 32 == 0;
            }
            if (shared >= 0 && narrow && count <= PACKED_COLUMNS) {
                return new Packed(pack(values, 0, count), pack(values, 2, count), pack(values, 4, count), count, shared,
                        stackPointerFirst);
            }
            return new Listed(Arrays.copyOf(values, count), shared, shared >= 0 ? null : Arrays.copyOf(styles, count),
                    stackPointerFirst);
        }

        private static long pack(long[] values, int first, int count) {
            long low = first < count ? values[first] : 0;
            long high = first + 1 < count ? values[first + 1] : 0;
            return low | high << 32;
        }

        /** The style every column has, or -1. */
        private static int sharedStyle(byte[] styles, int count) {
            int shared = styles[0];
            for (int i = 1; i < count; i++) {
                if (styles[i] != shared) {
                    return -1;
                }
            }
            return shared;
        }

        /**
         * Gives the columns without hex letters ({@code 00000000}, a placeholder), which print alike in
         * either case, the case of those with letters when these agree: a log that prints
         * {@code 0012FDFE 00000000} then has one style, as one printed in lower case has.
         */
        private static byte[] sameCase(byte[] styles, long[] values, int count) {
            int letterCase = -1;
            for (int i = 0; i < count; i++) {
                if (printsLetters(values[i], styles[i])) {
                    int columnCase = styles[i] & UPPER_CASE;
                    if (letterCase >= 0 && columnCase != letterCase) {
                        return styles;
                    }
                    letterCase = columnCase;
                }
            }
            if (letterCase > 0) {
                for (int i = 0; i < count; i++) {
                    styles[i] |= (byte) letterCase;
                }
            }
            return styles;
        }

        /** Whether the digits a column prints include a hex letter: some nibble is 10 or more (its top bit and another set). */
        private static boolean printsLetters(long value, int style) {
            if ((style & PLACEHOLDER) != 0) {
                return false;
            }
            long printed = (style & SIXTEEN_DIGITS) != 0 ? value : value & 0xffffffffL;
            return (printed & (printed << 1 | printed << 2) & 0x8888888888888888L) != 0;
        }
    }

    /** Up to six columns of at most 32 bits in one style: two a {@code long}. */
    static final class Packed extends AddressColumns {
        private final long packed01;
        private final long packed23;
        private final long packed45;
        private final byte count;
        private final byte style;
        private final boolean stackPointerFirst;

        Packed(long packed01, long packed23, long packed45, int count, int style, boolean stackPointerFirst) {
            this.packed01 = packed01;
            this.packed23 = packed23;
            this.packed45 = packed45;
            this.count = (byte) count;
            this.style = (byte) style;
            this.stackPointerFirst = stackPointerFirst;
        }

        @Override
        public int size() {
            return count;
        }

        @Override
        public int style(int column) {
            Objects.checkIndex(column, count);
            return style;
        }

        @Override
        public long value(int column) {
            Objects.checkIndex(column, count);
            long pair = column < 2 ? packed01 : column < 4 ? packed23 : packed45;
            return (column & 1) == 0 ? pair & 0xffffffffL : pair >>> 32;
        }

        @Override
        public boolean isStackPointerFirst() {
            return stackPointerFirst;
        }

        @Override
        public AddressColumns withStackPointerFirst(boolean stackPointer) {
            return stackPointer == stackPointerFirst ? this : new Packed(packed01, packed23, packed45, count, style, stackPointer);
        }
    }

    /** Any other columns: more, wider, or printed in several styles. */
    static final class Listed extends AddressColumns {
        private final long[] values;
        /** The style of every column when they all share one, else -1 and {@link #styles} holds them. */
        private final byte style;
        private final byte[] styles;
        private final boolean stackPointerFirst;

        Listed(long[] values, int style, byte[] styles, boolean stackPointerFirst) {
            this.values = values;
            this.style = (byte) style;
            this.styles = styles;
            this.stackPointerFirst = stackPointerFirst;
        }

        @Override
        public int size() {
            return values.length;
        }

        @Override
        public int style(int column) {
            return style >= 0 ? style : styles[column];
        }

        @Override
        public long value(int column) {
            return values[column];
        }

        @Override
        public boolean isStackPointerFirst() {
            return stackPointerFirst;
        }

        @Override
        public AddressColumns withStackPointerFirst(boolean stackPointer) {
            return stackPointer == stackPointerFirst ? this : new Listed(values, style, styles, stackPointer);
        }
    }
}
