package org.kbtriage.match;

import java.io.IOException;
import java.util.List;

/**
 * Full-text search over all articles, for crashes no printed stack explains: an article may name
 * the crashing function in its prose ("Access Violation in Snamanag!CSISend") without printing a
 * stack the matcher could align.
 */
@FunctionalInterface
public interface ArticleTextSearch {

    /** A hit: the article and its title. */
    record Hit(String articleId, String title) {
    }

    /** The articles whose text holds any of these exact phrases ({@code module!function}), best first. */
    List<Hit> mentioning(List<String> phrases, int top) throws IOException;

    /** No text search: only printed stacks are matched. */
    ArticleTextSearch NONE = (phrases, top) -> List.of();
}
