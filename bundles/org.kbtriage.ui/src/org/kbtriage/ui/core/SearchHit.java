package org.kbtriage.ui.core;

import java.util.List;

/** One KB search result: the snippet as plain text and the runs in it that matched the query. */
public record SearchHit(String articleId, String title, double score, String snippet, List<TextRange> emphasis) {

    public SearchHit {
        snippet = snippet == null ? "" : snippet;
        emphasis = List.copyOf(emphasis);
    }
}
