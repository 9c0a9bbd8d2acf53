package org.kbtriage.index;

import java.util.List;

/**
 * An article whose text prints a call stack, as the matcher needs it.
 *
 * @param id the article number
 * @param title the title
 * @param frameKeys the article's frames in printed order as {@code module!symbol} keys, lower case
 */
public record FramedArticle(String id, String title, List<String> frameKeys) {

    public FramedArticle {
        frameKeys = List.copyOf(frameKeys);
    }
}
