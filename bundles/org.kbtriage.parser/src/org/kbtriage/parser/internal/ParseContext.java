package org.kbtriage.parser.internal;

/**
 * What the recognizers share while a text is read: the current line and where it is, the model
 * being assembled and the open stack table.
 */
public final class ParseContext {

    private final DumpAssembler assembler;
    private final StackReader stacks;

    private LineText text;
    private int lineNumber;
    private long lineStart;
    private int indent;

    public ParseContext(DumpAssembler assembler) {
        this.assembler = assembler;
        this.stacks = new StackReader(assembler);
    }

    void moveTo(LineText line, int number, long start) {
        text = line;
        lineNumber = number;
        lineStart = start;
        indent = FrameLine.skipSpace(line, 0);
    }

    /** The current line as a string, made on the first call: check {@link #text} first where a line is seldom yours. */
    public String line() {
        return text.toString();
    }

    /** The current line without a copy; valid only while this line is read. */
    public LineText text() {
        return text;
    }

    /** 1-based number of the current line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Character offset of the current line's first character in the decoded text. */
    public long lineStart() {
        return lineStart;
    }

    /** Index of the first character that is not a space or tab (the line length for a blank line). */
    public int indent() {
        return indent;
    }

    public boolean isBlank() {
        return indent >= text.length();
    }

    /** The first character that is not a space or tab, or 0 for a blank line. */
    public char firstChar() {
        return indent < text.length() ? text.charAt(indent) : 0;
    }

    public DumpAssembler assembler() {
        return assembler;
    }

    public StackReader stacks() {
        return stacks;
    }
}
