package org.kbtriage.index.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.kbtriage.index.SearchHit;

/**
 * Formats highlighted passages as a {@link Snippet}: the passages' text with the article's fixed-width line
 * breaks and runs of spaces collapsed to single spaces, passages joined by " ... ", and the matched ranges.
 */
public final class SnippetFormatter extends PassageFormatter {

    static final String ELLIPSIS = " ... ";

    /** Plain text and the highlighted ranges in it. */
    public record Snippet(String text, List<SearchHit.Range> highlights) {

        /** The text with every highlighted range wrapped in {@code <b>}/{@code </b>}. */
        public String marked() {
            StringBuilder marked = new StringBuilder(text.length() + highlights.size() * 7);
            int at = 0;
            for (SearchHit.Range range : highlights) {
                marked.append(text, at, range.start()).append("<b>").append(text, range.start(), range.end())
                        .append("</b>");
                at = range.end();
            }
            return marked.append(text, at, text.length()).toString();
        }
    }

    @Override
    public Object format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<SearchHit.Range> highlights = new ArrayList<>();
        for (Passage passage : passages) {
            if (text.length() > 0) {
                text.append(ELLIPSIS);
            }
            int match = 0;
            int highlightStart = -1;
            boolean lastWasSpace = true;
            for (int i = passage.getStartOffset(); i < passage.getEndOffset(); i++) {
                while (match < passage.getNumMatches() && highlightStart < 0 && passage.getMatchStarts()[match] <= i) {
                    highlightStart = text.length();
                }
                char c = content.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!lastWasSpace) {
                        text.append(' ');
                        lastWasSpace = true;
                    }
                } else {
                    text.append(c);
                    lastWasSpace = false;
                }
                if (highlightStart >= 0 && i + 1 == passage.getMatchEnds()[match]) {
                    addRange(highlights, highlightStart, text.length());
                    highlightStart = -1;
                    match++;
                    while (match < passage.getNumMatches() && passage.getMatchEnds()[match] <= i + 1) {
                        match++;
                    }
                }
            }
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
        }
        return new Snippet(text.toString(), highlights);
    }

    private static void addRange(List<SearchHit.Range> highlights, int start, int end) {
        if (!highlights.isEmpty() && highlights.get(highlights.size() - 1).end() >= start) {
            SearchHit.Range last = highlights.remove(highlights.size() - 1);
            highlights.add(new SearchHit.Range(last.start(), Math.max(end, last.end())));
        } else {
            highlights.add(new SearchHit.Range(start, end));
        }
    }
}
