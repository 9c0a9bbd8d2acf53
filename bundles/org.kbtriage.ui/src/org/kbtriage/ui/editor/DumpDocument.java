package org.kbtriage.ui.editor;

import org.eclipse.jface.text.AbstractDocument;
import org.eclipse.jface.text.DefaultLineTracker;
import org.eclipse.jface.text.ITextStore;

/**
 * A read-only document over the decoded dump text. Unlike {@link org.eclipse.jface.text.Document}, it
 * keeps the parser's String instead of copying it into a gap buffer, which matters for a 100 MB log.
 * Build it off the UI thread: the line tracker scans the whole text once.
 */
public final class DumpDocument extends AbstractDocument {

    public DumpDocument(String text) {
        setTextStore(new StringTextStore(text));
        setLineTracker(new DefaultLineTracker());
        getTracker().set(text);
        completeInitialization();
    }

    /** A text store over an immutable String; edits (not expected: the viewer is read-only) rebuild it. */
    private static final class StringTextStore implements ITextStore {

        private String text;

        StringTextStore(String text) {
            this.text = text;
        }

        @Override
        public char get(int offset) {
            return text.charAt(offset);
        }

        @Override
        public String get(int offset, int length) {
            return text.substring(offset, offset + length);
        }

        @Override
        public int getLength() {
            return text.length();
        }

        @Override
        public void replace(int offset, int length, String replacement) {
            text = text.substring(0, offset) + (replacement == null ? "" : replacement) + text.substring(offset + length);
        }

        @Override
        public void set(String newText) {
            text = newText == null ? "" : newText;
        }
    }
}
