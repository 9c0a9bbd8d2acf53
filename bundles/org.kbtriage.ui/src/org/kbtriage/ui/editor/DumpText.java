package org.kbtriage.ui.editor;

import java.util.Arrays;

/**
 * A dump's decoded text with the offset where each of its lines starts, found in one scan off the UI
 * thread. Line delimiters are those of {@link org.eclipse.jface.text.DefaultLineTracker}: CR LF, LF, CR.
 * A text that ends with a delimiter has an empty last line, as in a JFace document.
 */
public final class DumpText {

    private final String text;
    private final int[] lineStarts;

    private DumpText(String text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
    }

    public static DumpText of(String text) {
        int[] starts = new int[Math.max(16, text.length() / 64)];
        int count = 1; // starts[0] = 0
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count + (count >> 1) + 16);
                }
                starts[count++] = i + 1;
            }
        }
        return new DumpText(text, Arrays.copyOf(starts, count));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** How many lines start at or before the offset (the line count of the text up to that offset). */
    int linesStartingUpTo(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The line delimiter that ends the line (the line must not be the last one). */
    String delimiterOf(int line) {
        int next = lineStarts[line + 1];
        if (text.charAt(next - 1) == '\n') {
            return next - 2 >= lineStarts[line] && text.charAt(next - 2) == '\r' ? "\r\n" : "\n";
        }
        return "\r";
    }
}
