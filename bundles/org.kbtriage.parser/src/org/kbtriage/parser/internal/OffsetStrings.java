package org.kbtriage.parser.internal;

/**
 * The normalized offset strings ({@code 0x1c}, {@code -0x26}) of a parse, cached by their value:
 * a hit costs two reads from small arrays (no hashing of characters, no string), and a log prints
 * the same few thousand offsets over and over. Direct-mapped: a slot holds the last offset that
 * fell into it, so the cache never grows; a miss only costs a new string.
 */
final class OffsetStrings {

    private static final int SLOTS = 1 << 14;

    private final long[] values = new long[SLOTS];
    private final String[] strings = new String[SLOTS];

    /** {@code 0x} (or {@code -0x}) and the lower-case hex digits of {@code value} without leading zeros. */
    String of(long value, boolean negative) {
        // The sign picks one of two neighbouring slots, so a slot holding this value holds it with this sign.
        int slot = (int) ((value * LineText.HASH_MULTIPLIER) >>> 50) ^ (negative ? 1 : 0);
        String cached = strings[slot];
        if (cached != null && values[slot] == value) {
            return cached;
        }
        String made = (negative ? "-0x" : "0x") + Long.toHexString(value);
        values[slot] = value;
        strings[slot] = made;
        return made;
    }
}
