package org.kbtriage.parser.internal;

/**
 * A hash table of entries found by a run of characters of a line, without copying the run out of
 * the line: {@link #get} returns the entry for the run, made by a {@link Factory} on the first
 * lookup. An entry keeps its characters and their hash itself, so a hit reads the slot, the entry
 * and its characters and nothing else (a big log makes millions of lookups). Open addressing with
 * linear probing; the table starts over when it gets very large (it only saves work, it never
 * changes a result).
 */
final class TextTable<E extends TextTable.Entry> {

    /** What the table holds: the characters it is found by, and their hash. */
    static class Entry {
        final int hash;
        final char[] text;

        Entry(int hash, char[] text) {
            this.hash = hash;
            this.text = text;
        }
    }

    /** Makes the entry for a run of characters not seen before. */
    interface Factory<E> {
        E create(int hash, LineText line, int start, int end);
    }

    private static final int INITIAL_CAPACITY = 1 << 10;
    private static final int MAX_SIZE = 1 << 20;

    private Entry[] slots = new Entry[INITIAL_CAPACITY];
    private int size;

    /** The entry of the characters of {@code line} from {@code start} to {@code end}, made on the first call. */
    @SuppressWarnings("unchecked")
    E get(LineText line, int start, int end, Factory<E> factory) {
        int hash = line.hash(start, end);
        int mask = slots.length - 1;
        int slot = spread(hash) & mask;
        for (Entry entry = slots[slot]; entry != null; entry = slots[slot]) {
            if (entry.hash == hash && line.regionEquals(start, end, entry.text)) {
                return (E) entry;
            }
            slot = (slot + 1) & mask;
        }
        E created = factory.create(hash, line, start, end);
        if (size >= MAX_SIZE) {
            slots = new Entry[INITIAL_CAPACITY];
            size = 0;
            insert(created);
        } else {
            slots[slot] = created;
        }
        if (++size * 2 > slots.length) {
            grow();
        }
        return created;
    }

    private void insert(Entry entry) {
        int mask = slots.length - 1;
        int slot = spread(entry.hash) & mask;
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
    }

    private void grow() {
        Entry[] old = slots;
        slots = new Entry[old.length * 2];
        for (Entry entry : old) {
            if (entry != null) {
                insert(entry);
            }
        }
    }

    /** Mixes the high bits into the low ones, which alone pick the slot. */
    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }
}
