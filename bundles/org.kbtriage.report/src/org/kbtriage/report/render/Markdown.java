package org.kbtriage.report.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for GitHub-flavoured Markdown, so text from a dump or an article shows as written and can
 * neither break a table nor inject markup.
 */
final class Markdown {

    /**
     * ASCII punctuation that can start or end inline markup (GFM lets any ASCII punctuation be
     * escaped). An underscore inside a word cannot, so {@code WINDBG_X86} stays readable.
     */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("[\\\\`*\\[\\]<>|~&!#]|(?<![\\p{Alnum}])_|_(?![\\p{Alnum}])");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\R");
    /** What would start a list item at the start of a line: escaped there. */
    private static final Pattern BLOCK_START = Pattern.compile("^(?:(\\d{1,9})([.)])|([-+]))(?=\\s|$)");
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");

    private Markdown() {
    }

    /** Inline text: markup characters escaped, line breaks folded into spaces. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(s).replaceAll(" ");
        String inline = INLINE_SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        return BLOCK_START.matcher(inline).replaceFirst(m -> Matcher.quoteReplacement(m.group(3) != null
                ? "\\" + m.group(3) : m.group(1) + "\\" + m.group(2)));
    }

    /**
     * A code span holding {@code s} literally: delimited by more backticks than it contains in a row,
     * padded when it starts or ends with one.
     */
    static String code(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String oneLine = LINE_BREAKS.matcher(s).replaceAll(" ");
        String fence = "`".repeat(longestRun(oneLine, BACKTICK_RUN) + 1);
        boolean pad = oneLine.startsWith("`") || oneLine.endsWith("`");
        return fence + (pad ? " " : "") + oneLine + (pad ? " " : "") + fence;
    }

    /** A table cell: inline text with pipes escaped (GFM splits cells before it parses code spans). */
    static String cell(String s) {
        return text(s);
    }

    /** A table cell holding code: a code span whose pipes are escaped, which GFM unescapes inside the span. */
    static String codeCell(String s) {
        return code(s).replace("|", "\\|");
    }

    /** A GFM table: header row, delimiter row, then one line per row. Cells must already be escaped. */
    static void table(StringBuilder out, List<String> headings, List<List<String>> rows) {
        out.append(row(headings)).append('\n');
        out.append(row(headings.stream().map(h -> "---").toList())).append('\n');
        for (List<String> row : rows) {
            out.append(row(row)).append('\n');
        }
        out.append('\n');
    }

    /** A fenced code block holding {@code s} literally, with a fence longer than any backtick run in it. */
    static String codeBlock(String s, String info) {
        String fence = "`".repeat(Math.max(3, longestRun(s, BACKTICK_RUN) + 1));
        return fence + info + "\n" + s.stripTrailing() + "\n" + fence + "\n";
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.isEmpty() ? " " : c).toList()) + " |";
    }

    private static int longestRun(String s, Pattern run) {
        Matcher m = run.matcher(s);
        int longest = 0;
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        return longest;
    }
}
