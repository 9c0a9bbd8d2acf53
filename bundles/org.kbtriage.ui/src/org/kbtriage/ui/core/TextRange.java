package org.kbtriage.ui.core;

/** A run of characters in some text, [start, start + length). */
public record TextRange(int start, int length) {

    public int end() {
        return start + length;
    }
}
