package org.kbtriage.index;

import java.util.List;

/**
 * One search result.
 *
 * @param id the article number ({@code Q269588})
 * @param title the article title, product tags included
 * @param productTag the title's first product tag ({@code XADM}), or an empty string
 * @param score the ranking score (higher is better; comparable only within one search)
 * @param snippet a short passage of the article text as plain text in which every matched term is wrapped in
 *        {@code <b>} and {@code </b>}; nothing else in it is escaped or marked up. Use {@link #plainSnippet()}
 *        with {@link #highlights()} to draw the highlights yourself.
 * @param highlights the matched ranges within {@link #plainSnippet()}
 */
public record SearchHit(String id, String title, String productTag, float score, String snippet,
        List<Range> highlights) {

    /** A highlighted range {@code [start, end)} of the plain snippet. */
    public record Range(int start, int end) {
    }

    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** The snippet without the {@code <b>}/{@code </b>} marks. */
    public String plainSnippet() {
        return snippet.replace("<b>", "").replace("</b>", "");
    }
}
