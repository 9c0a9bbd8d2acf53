package org.kbtriage.ui.core;

import java.util.ArrayList;
import java.util.List;

/** Snippet text and its emphasised runs: from marked-up text, and onto whitespace-collapsed text. */
public final class SnippetEmphasis {

    /** Plain text and the runs that were between the markers. */
    public record Marked(String text, List<TextRange> emphasis) {
    }

    private SnippetEmphasis() {
    }

    /** Splits "a <b>heap</b> corruption" into "a heap corruption" and the run of "heap". */
    public static Marked parse(String marked, String open, String close) {
        StringBuilder text = new StringBuilder(marked.length());
        List<TextRange> runs = new ArrayList<>();
        int at = 0;
        while (at < marked.length()) {
            int start = marked.indexOf(open, at);
            int end = start < 0 ? -1 : marked.indexOf(close, start + open.length());
            if (start < 0 || end < 0) {
                text.append(marked, at, marked.length());
                break;
            }
            text.append(marked, at, start);
            int runStart = text.length();
            text.append(marked, start + open.length(), end);
            if (text.length() > runStart) {
                runs.add(new TextRange(runStart, text.length() - runStart));
            }
            at = end + close.length();
        }
        return new Marked(text.toString(), runs);
    }

    /**
     * Maps runs in a text onto the same text with every whitespace run collapsed to one space (how a
     * one-line table cell shows a snippet).
     */
    public static List<TextRange> onCollapsedText(String text, List<TextRange> runs) {
        int[] collapsedIndex = new int[text.length() + 1];
        int out = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            collapsedIndex[i] = out;
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space || !inSpace) {
                out++;
            }
            inSpace = space;
        }
        collapsedIndex[text.length()] = out;
        List<TextRange> mapped = new ArrayList<>(runs.size());
        for (TextRange run : runs) {
            if (run.start() < 0 || run.end() > text.length()) {
                continue;
            }
            int start = collapsedIndex[run.start()];
            int end = collapsedIndex[run.end()];
            if (end > start) {
                mapped.add(new TextRange(start, end - start));
            }
        }
        return mapped;
    }
}
