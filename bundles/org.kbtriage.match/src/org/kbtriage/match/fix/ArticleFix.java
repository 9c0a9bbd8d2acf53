package org.kbtriage.match.fix;

import java.util.Locale;

import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.KbArticle;

/** The fix and the workaround an article gives: the text of its RESOLUTION and WORKAROUND sections. */
public final class ArticleFix {

    private ArticleFix() {
    }

    /** The RESOLUTION section's text (or a section named like it, e.g. "RESOLUTION / STATUS"); null if none. */
    public static String resolution(KbArticle article) {
        return section(article, "RESOLUTION");
    }

    /** The WORKAROUND section's text; null if none. */
    public static String workaround(KbArticle article) {
        return section(article, "WORKAROUND");
    }

    private static String section(KbArticle article, String heading) {
        if (article == null) {
            return null;
        }
        for (ArticleSection section : article.getSections()) {
            String name = section.getName();
            if (name != null && name.toUpperCase(Locale.ROOT).contains(heading) && section.getText() != null) {
                String text = tidy(section.getText());
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    /** Trims the text and squeezes runs of blank lines to one. */
    static String tidy(String text) {
        return text.strip().replaceAll("[ \\t]+(\\r?\\n)", "$1").replaceAll("(\\r?\\n){3,}", "\n\n");
    }
}
