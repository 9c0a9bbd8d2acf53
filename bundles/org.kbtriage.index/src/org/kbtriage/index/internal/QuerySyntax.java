package org.kbtriage.index.internal;

import java.util.Set;

/**
 * Makes KB text typed as a query mean what it says in the classic query syntax. Characters that are common in
 * KB titles and error messages but special to the parser are escaped before parsing: {@code \} and {@code /}
 * everywhere (paths, command switches; regular expressions are not supported), {@code !} inside a word
 * ({@code MAPI32!MAPIAllocateBuffer}), {@code :} unless it follows a known field name ({@code XADM: Heap},
 * {@code CFoo::Bar}), a {@code -} or {@code +} standing alone ({@code MS-DOS - 6.0}) and a {@code ?} ending
 * a word, and empty parentheses ({@code GETFILE()}). Everything else keeps its syntax meaning: quotes, {@code +}/{@code -} prefixes, AND/OR/NOT,
 * parentheses, {@code *} wildcards, {@code ~} and {@code ^}.
 */
public final class QuerySyntax {

    private QuerySyntax() {
    }

    public static String escapeLiterals(String text, Set<String> fieldNames) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char previous = i > 0 ? text.charAt(i - 1) : ' ';
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (c == '\\') {
                out.append("\\\\");
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                out.append(c);
                continue;
            }
            if (!quoted && needsEscape(c, previous, next, text, i, fieldNames)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean needsEscape(char c, char previous, char next, String text, int at, Set<String> fieldNames) {
        return switch (c) {
            case '/' -> true;
            case '!' -> !Character.isWhitespace(previous);
            case '?' -> Character.isWhitespace(next) || next == ')' || next == '"';
            case '-', '+' -> Character.isWhitespace(next);
            case '(' -> next == ')';
            case ')' -> previous == '(';
            case ':' -> Character.isWhitespace(next) || !fieldNames.contains(wordBefore(text, at));
            default -> false;
        };
    }

    private static String wordBefore(String text, int at) {
        int start = at;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        boolean wordStart = start == 0 || Character.isWhitespace(text.charAt(start - 1))
                || "(+-".indexOf(text.charAt(start - 1)) >= 0;
        return wordStart ? text.substring(start, at) : "";
    }
}
