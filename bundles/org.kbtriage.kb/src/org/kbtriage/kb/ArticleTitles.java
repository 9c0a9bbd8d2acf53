package org.kbtriage.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Product tags at the start of KB titles ({@code XADM:}, {@code PRB:}, {@code WD97:} ...). The title
 * keeps its tags; these helpers expose them separately for display and filtering.
 */
public final class ArticleTitles {

    /** One tag: an upper-case word of up to 10 letters or digits followed by a colon and a space. */
    private static final Pattern LEADING_TAG = Pattern.compile("^([A-Z][A-Z0-9]{1,9}):\\s+");

    private ArticleTitles() {
    }

    /** The product tags a title starts with, in order, without the colon ({@code FIX: XADM: ...} gives both). */
    public static List<String> tags(String title) {
        List<String> tags = new ArrayList<>();
        String rest = title == null ? "" : title;
        Matcher matcher = LEADING_TAG.matcher(rest);
        while (matcher.find()) {
            tags.add(matcher.group(1));
            rest = rest.substring(matcher.end());
            matcher = LEADING_TAG.matcher(rest);
        }
        return tags;
    }

    /** The first product tag, or an empty string when the title has none. */
    public static String productTag(String title) {
        List<String> tags = tags(title);
        return tags.isEmpty() ? "" : tags.get(0);
    }

    /** The title without its leading product tags. */
    public static String withoutTags(String title) {
        String rest = title == null ? "" : title;
        Matcher matcher = LEADING_TAG.matcher(rest);
        while (matcher.find()) {
            rest = rest.substring(matcher.end());
            matcher = LEADING_TAG.matcher(rest);
        }
        return rest;
    }
}
