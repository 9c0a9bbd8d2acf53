package org.kbtriage.ui.editor;

import org.eclipse.jface.text.AbstractDocument;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DefaultLineTracker;
import org.eclipse.jface.text.ILineTracker;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextStore;
import org.eclipse.jface.text.Region;

/**
 * A read-only document over a dump's text that shows a first part of it and the rest a few lines at a
 * time ({@link #showMoreLines}). StyledText re-measures every line when its whole content is set (about
 * 2 s for the 1.3 million lines of a 100 MB log, all on the UI thread), but each appended part costs only
 * its own lines; appending in parts between events keeps the window responsive.
 * <p>
 * The text store and the line tracker are views over the {@link DumpText}, whose line index was computed
 * off the UI thread, so showing more lines scans nothing for line ends again. The only change they accept
 * is that append.
 */
public final class DumpDocument extends AbstractDocument {

    private final DumpText text;
    /** The part being appended by {@link #showMoreLines}, and its line count; the only change accepted. */
    private String nextPart;
    private int nextPartLines;

    public DumpDocument(DumpText text, int shownLines) {
        this.text = text;
        int shownLength = endOfLines(Math.max(0, shownLines));
        setTextStore(new ShownTextStore(shownLength));
        setLineTracker(new ShownLineTracker(shownLength));
        completeInitialization();
    }

    /** The whole text, shown or not yet. */
    public DumpText text() {
        return text;
    }

    /** Whether all of the text is shown. */
    public boolean isComplete() {
        return getLength() == text.length();
    }

    /** Appends the next lines of the text (a normal document change, so viewers update only those lines). */
    public void showMoreLines(int lines) {
        int shown = getLength();
        int shownLines = text.linesStartingUpTo(shown) - 1;
        int end = endOfLines(shownLines + lines);
        if (end > shown) {
            nextPart = text.text().substring(shown, end);
            nextPartLines = text.linesStartingUpTo(end) - 1 - shownLines;
            try {
                replace(shown, 0, nextPart);
            } catch (BadLocationException e) {
                throw new IllegalStateException(e);
            } finally {
                nextPart = null;
            }
        }
    }

    /** The offset where the given number of whole lines ends (the text's end when it has no more lines). */
    private int endOfLines(int lines) {
        return lines >= text.lineCount() ? text.length() : text.lineStart(lines);
    }

    /** Whether a replacement is the append of the text's next part by {@link #showMoreLines}. */
    private boolean isNextPart(int shown, int offset, int length, String replacement) {
        return replacement == nextPart && replacement != null && offset == shown && length == 0;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("A dump's text is read-only");
    }

    /** The shown part of the text. */
    private final class ShownTextStore implements ITextStore {

        private int shown;

        ShownTextStore(int shown) {
            this.shown = shown;
        }

        @Override
        public char get(int offset) {
            return text.text().charAt(offset);
        }

        @Override
        public String get(int offset, int length) {
            return text.text().substring(offset, offset + length);
        }

        @Override
        public int getLength() {
            return shown;
        }

        @Override
        public void replace(int offset, int length, String replacement) {
            if (!isNextPart(shown, offset, length, replacement)) {
                throw readOnly();
            }
            shown += replacement.length();
        }

        @Override
        public void set(String replacement) {
            throw readOnly();
        }
    }

    /** The lines of the shown part of the text. */
    private final class ShownLineTracker implements ILineTracker {

        private final String[] delimiters = new DefaultLineTracker().getLegalLineDelimiters();
        private int shown;
        private int lines;

        ShownLineTracker(int shown) {
            show(shown);
        }

        private void show(int length) {
            shown = length;
            lines = text.linesStartingUpTo(length);
        }

        @Override
        public String[] getLegalLineDelimiters() {
            return delimiters.clone();
        }

        @Override
        public String getLineDelimiter(int line) throws BadLocationException {
            checkLine(line);
            return line == lines - 1 ? null : text.delimiterOf(line);
        }

        @Override
        public int computeNumberOfLines(String other) {
            if (other != null && other == nextPart) {
                return nextPartLines; // known from the line index: no need to scan megabytes again
            }
            int count = 0;
            for (int i = 0; i < other.length(); i++) {
                char c = other.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < other.length() && other.charAt(i + 1) == '\n') {
                        i++;
                    }
                    count++;
                }
            }
            return count;
        }

        @Override
        public int getNumberOfLines() {
            return lines;
        }

        @Override
        public int getNumberOfLines(int offset, int length) throws BadLocationException {
            if (length == 0) {
                checkOffset(offset);
                return 1;
            }
            return getLineNumberOfOffset(offset + length) - getLineNumberOfOffset(offset) + 1;
        }

        @Override
        public int getLineOffset(int line) throws BadLocationException {
            checkLine(line);
            return text.lineStart(line);
        }

        @Override
        public int getLineLength(int line) throws BadLocationException {
            checkLine(line);
            return (line == lines - 1 ? shown : text.lineStart(line + 1)) - text.lineStart(line);
        }

        @Override
        public int getLineNumberOfOffset(int offset) throws BadLocationException {
            checkOffset(offset);
            return text.linesStartingUpTo(offset) - 1;
        }

        @Override
        public IRegion getLineInformationOfOffset(int offset) throws BadLocationException {
            return getLineInformation(getLineNumberOfOffset(offset));
        }

        @Override
        public IRegion getLineInformation(int line) throws BadLocationException {
            int length = getLineLength(line);
            String delimiter = getLineDelimiter(line);
            return new Region(text.lineStart(line), length - (delimiter == null ? 0 : delimiter.length()));
        }

        @Override
        public void replace(int offset, int length, String replacement) {
            if (!isNextPart(shown, offset, length, replacement)) {
                throw readOnly();
            }
            show(shown + replacement.length());
        }

        @Override
        public void set(String replacement) {
            throw readOnly();
        }

        private void checkLine(int line) throws BadLocationException {
            if (line < 0 || line >= lines) {
                throw new BadLocationException("line " + line + " of " + lines);
            }
        }

        private void checkOffset(int offset) throws BadLocationException {
            if (offset < 0 || offset > shown) {
                throw new BadLocationException("offset " + offset + " of " + shown);
            }
        }
    }
}
