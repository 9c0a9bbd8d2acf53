package org.kbtriage.parser.internal;

/**
 * A hash table of values found by a run of characters of a line, without copying the run out of
 * the line: {@link #get} returns the value for the run, made by a {@link Factory} on the first
 * lookup. Open addressing with linear probing over parallel arrays (hash, characters, value): a
 * hit reads the run's characters and its value, and since both are found from the slot alone
 * their cache misses overlap (a big log makes millions of lookups in a table too big for the
 * cache). The table starts over when it gets very large (it only saves work, it never changes a
 * result).
 */
final class TextTable<V> {

    /** Makes the value for a run of characters not seen before. */
    interface Factory<V> {
        V create(LineText line, int start, int end);
    }

    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final int MAX_SIZE = 1 << 20;

    private int[] hashes;
    /** The characters of each slot's run ({@link LineText#key}); null marks an empty slot. */
    private Object[] texts;
    private Object[] values;
    private int size;

    TextTable() {
        clear(INITIAL_CAPACITY);
    }

    /** The value of the characters of {@code line} from {@code start} to {@code end}, made on the first call. */
    @SuppressWarnings("unchecked")
    V get(LineText line, int start, int end, Factory<V> factory) {
        int hash = line.hash(start, end);
        int mask = texts.length - 1;
        int slot = spread(hash) & mask;
        for (Object text = texts[slot]; text != null; text = texts[slot]) {
            Object value = values[slot];
            if (hashes[slot] == hash && line.regionEquals(start, end, text)) {
                return (V) value;
            }
            slot = (slot + 1) & mask;
        }
        V created = factory.create(line, start, end);
        if (size >= MAX_SIZE) {
            clear(INITIAL_CAPACITY);
        }
        insert(hash, line.key(start, end), created);
        if (size * 2 > texts.length) {
            grow();
        }
        return created;
    }

    private void clear(int capacity) {
        hashes = new int[capacity];
        texts = new Object[capacity];
        values = new Object[capacity];
        size = 0;
    }

    private void insert(int hash, Object text, Object value) {
        int mask = texts.length - 1;
        int slot = spread(hash) & mask;
        while (texts[slot] != null) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        texts[slot] = text;
        values[slot] = value;
        size++;
    }

    private void grow() {
        int[] oldHashes = hashes;
        Object[] oldTexts = texts;
        Object[] oldValues = values;
        clear(oldTexts.length * 2);
        for (int i = 0; i < oldTexts.length; i++) {
            if (oldTexts[i] != null) {
                insert(oldHashes[i], oldTexts[i], oldValues[i]);
            }
        }
    }

    /** Mixes the high bits into the low ones, which alone pick the slot. */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
