package org.kbtriage.index;

import java.util.List;

/**
 * An article whose text prints a call stack, as the matcher needs it.
 *
 * @param id the article number
 * @param title the title
 * @param stacks the article's printed stacks (two crashes, "* or *" variants) in printed order, each its frames
 *        top first as {@code module!symbol} keys, lower case
 */
public record FramedArticle(String id, String title, List<List<String>> stacks) {

    public FramedArticle {
        stacks = stacks.stream().map(List::copyOf).toList();
    }

    /** All the article's frame keys in printed order, the stacks one after the other. */
    public List<String> frameKeys() {
        return stacks.stream().flatMap(List::stream).toList();
    }
}
