package org.kbtriage.parser.internal;

/**
 * What the recognizers share while a text is read: the current line and where it is, the model
 * being assembled and the open stack table.
 */
public final class ParseContext {

    private final DumpAssembler assembler;
    private final StackReader stacks;

    private String line;
    private int lineNumber;
    private long lineStart;
    private int indent;

    public ParseContext(DumpAssembler assembler) {
        this.assembler = assembler;
        this.stacks = new StackReader(assembler);
    }

    void moveTo(String text, int number, long start) {
        line = text;
        lineNumber = number;
        lineStart = start;
        indent = FrameLine.skipSpace(text, 0);
    }

    public String line() {
        return line;
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
        return indent >= line.length();
    }

    /** The first character that is not a space or tab, or 0 for a blank line. */
    public char firstChar() {
        return indent < line.length() ? line.charAt(indent) : 0;
    }

    /** The line without leading and trailing white space. */
    public String trimmed() {
        return line.strip();
    }

    public DumpAssembler assembler() {
        return assembler;
    }

    public StackReader stacks() {
        return stacks;
    }
}
