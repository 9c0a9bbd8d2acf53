package org.kbtriage.match;

import java.io.IOException;

import org.kbtriage.model.KbArticle;

/** Fetches a whole article (sections, fixed files) for the matches that are reported. */
@FunctionalInterface
public interface ArticleLookup {

    /** The article, or null when the source does not hold it. */
    KbArticle article(String id) throws IOException;
}
