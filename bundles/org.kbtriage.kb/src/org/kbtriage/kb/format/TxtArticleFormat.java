package org.kbtriage.kb.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbtriage.kb.MalformedArticleException;

/**
 * The plain-text form of an article ({@code QNNNNNN.TXT}, CRLF): header lines {@code DOCUMENT:},
 * {@code TITLE   :}, {@code PRODUCT :}, {@code PROD/VER:}, {@code OPER/SYS:}, {@code KEYWORDS:}, a rule
 * of {@code =}, the article, and Microsoft's disclaimer after the closing rule.
 */
public final class TxtArticleFormat {

    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Z/]+)\\s*:(.*)$");
    private static final Pattern DOCUMENT = Pattern.compile("^(Q\\d+)\\s*(\\S*)");
    private static final Pattern HEADER_END = Pattern.compile("^={20,}\\s*$");
    private static final String DISCLAIMER = "THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE";

    private TxtArticleFormat() {
    }

    public static ArticleText read(String path, String text) throws MalformedArticleException {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String id = null;
        String title = null;
        String lastModified = "";
        List<String> products = List.of();
        List<String> versions = List.of();
        List<String> keywords = List.of();
        int bodyStart = -1;
        for (int i = 0; i < lines.length && i < 40; i++) {
            if (HEADER_END.matcher(lines[i]).matches()) {
                bodyStart = i + 1;
                break;
            }
            Matcher header = HEADER_LINE.matcher(lines[i]);
            if (!header.matches()) {
                continue;
            }
            String value = header.group(2).strip();
            switch (header.group(1)) {
                case "DOCUMENT" -> {
                    Matcher document = DOCUMENT.matcher(value);
                    if (document.find()) {
                        id = document.group(1);
                        lastModified = document.group(2);
                    }
                }
                case "TITLE" -> title = value;
                case "PRODUCT" -> products = HeaderValues.products(value);
                case "PROD/VER" -> versions = HeaderValues.versions(value);
                case "KEYWORDS" -> keywords = HeaderValues.words(value);
                default -> {
                    // OPER/SYS carries nothing the model keeps.
                }
            }
        }
        if (id == null) {
            throw new MalformedArticleException(path, "no DOCUMENT: header line with an article number");
        }
        if (title == null || title.isBlank()) {
            throw new MalformedArticleException(path, "no TITLE   : header line");
        }
        if (bodyStart < 0) {
            throw new MalformedArticleException(path, "the header is not closed by a line of =");
        }
        int bodyEnd = lines.length;
        for (int i = lines.length - 1; i >= bodyStart; i--) {
            if (lines[i].startsWith(DISCLAIMER)) {
                bodyEnd = i;
                break;
            }
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, bodyStart, bodyEnd));
        return new ArticleText(id, title, lastModified, products, versions, keywords, body);
    }
}
