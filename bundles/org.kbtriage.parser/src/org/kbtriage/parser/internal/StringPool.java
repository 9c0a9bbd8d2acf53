package org.kbtriage.parser.internal;

/**
 * One shared instance per distinct string (module names, symbols, offsets, frame keys) for a
 * parse: a big log repeats the same few thousand names millions of times. A name is looked up by
 * the characters of the line it is printed in, so a name seen before costs neither a copy nor a
 * new string.
 */
public final class StringPool {

    private final TextTable<String> table = new TextTable<>();
    private final TextTable.Factory<String> copyOut = LineText::substring;
    private final LineText scratch = new LineText();

    /** The shared string equal to the characters of {@code line} from {@code start} to {@code end}. */
    public String get(LineText line, int start, int end) {
        return table.get(line, start, end, copyOut);
    }

    /** The shared string equal to {@code value} (null stays null). */
    public String get(String value) {
        if (value == null) {
            return null;
        }
        scratch.set(value);
        return table.get(scratch, 0, value.length(), (line, start, end) -> value);
    }
}
