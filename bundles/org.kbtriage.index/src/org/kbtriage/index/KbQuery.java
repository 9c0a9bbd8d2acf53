package org.kbtriage.index;

import java.util.List;
import java.util.Objects;

/**
 * A KB search: the text in the classic Lucene query syntax (words, {@code "quoted phrases"}, {@code +must},
 * {@code -not}, {@code field:value}, {@code AND/OR}), filters, and how many hits to return.
 *
 * @param text the query text
 * @param products only articles whose product list mentions one of these (words in order, any case:
 *        {@code Exchange} matches "Microsoft Exchange")
 * @param versions only articles listing one of these versions exactly ({@code 5.5}, {@code 4.0 SP1})
 * @param keywords only articles with one of these KB keywords (any case: {@code kbbug})
 * @param top the number of hits to return
 */
public record KbQuery(String text, List<String> products, List<String> versions, List<String> keywords, int top) {

    public static final int DEFAULT_TOP = 10;

    public KbQuery {
        Objects.requireNonNull(text, "text");
        products = List.copyOf(products);
        versions = List.copyOf(versions);
        keywords = List.copyOf(keywords);
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, not " + top);
        }
    }

    /** A query with no filters returning the top {@value #DEFAULT_TOP} hits. */
    public static KbQuery of(String text) {
        return new KbQuery(text, List.of(), List.of(), List.of(), DEFAULT_TOP);
    }

    public KbQuery withTop(int newTop) {
        return new KbQuery(text, products, versions, keywords, newTop);
    }

    public KbQuery withProducts(List<String> newProducts) {
        return new KbQuery(text, newProducts, versions, keywords, top);
    }

    public KbQuery withVersions(List<String> newVersions) {
        return new KbQuery(text, products, newVersions, keywords, top);
    }

    public KbQuery withKeywords(List<String> newKeywords) {
        return new KbQuery(text, products, versions, newKeywords, top);
    }
}
