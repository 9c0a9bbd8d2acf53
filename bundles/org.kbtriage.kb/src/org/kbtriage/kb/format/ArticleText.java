package org.kbtriage.kb.format;

import java.util.List;

/**
 * What an article file format yields before the body is analysed: the header fields and the body,
 * the original fixed-width article text with {@code \n} line ends.
 */
public record ArticleText(String id, String title, String lastModified, List<String> products,
        List<String> versions, List<String> keywords, String body) {
}
