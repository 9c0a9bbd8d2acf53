package org.kbtriage.kb.source;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which file names hold KB articles: {@code .../QNNNNNN/README.md} (Jekyll) and {@code QNNNNNN.TXT}. */
public final class ArticlePaths {

    private static final Pattern JEKYLL = Pattern.compile("(?:^|.*/)Q\\d+/README\\.md", Pattern.CASE_INSENSITIVE);
    private static final Pattern TXT = Pattern.compile("(?:^|.*/)Q\\d+\\.TXT", Pattern.CASE_INSENSITIVE);

    private ArticlePaths() {
    }

    public static boolean isArticle(String path) {
        return isJekyll(path) || isTxt(path);
    }

    public static boolean isJekyll(String path) {
        return JEKYLL.matcher(path).matches();
    }

    public static boolean isTxt(String path) {
        return TXT.matcher(path).matches();
    }

    /** Whether a path names a zip archive (by extension). */
    public static boolean isZip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
