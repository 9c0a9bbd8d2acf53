package org.kbtriage.match.stacks;

import java.util.List;

/**
 * The call stacks one KB article prints, as the index stores them.
 *
 * @param articleId the article number, e.g. {@code Q269588}
 * @param title     the article title
 * @param stacks    each printed stack, top frame first, as frame keys {@code module!symbol} (or a
 *                  bare {@code module} for a frame without symbols)
 */
public record ArticleStack(String articleId, String title, List<List<String>> stacks) {

    public ArticleStack {
        stacks = stacks.stream().map(List::copyOf).toList();
    }
}
