package org.kbtriage.kb.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.kbtriage.kb.MalformedArticleException;

/**
 * The Jekyll form of an article ({@code kb/NNN/QNNNNNN/README.md}): YAML front matter with the title,
 * then the article text between {@code {% raw %}} and {@code {% endraw %}}, every line indented with a TAB,
 * starting with {@code Article:}, {@code Product(s):} ... header lines and a dashed rule.
 */
public final class JekyllArticleFormat {

    private static final String RAW_START = "{% raw %}";
    private static final String RAW_END = "{% endraw %}";
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("(?m)^title:\\s*(.*?)\\s*$");
    private static final Pattern ID_PREFIX = Pattern.compile("^(Q\\d+):\\s*");
    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z() ]+):\\s?(.*)$");
    private static final Pattern RULE = Pattern.compile("^-{20,}\\s*$");

    private JekyllArticleFormat() {
    }

    public static ArticleText read(String path, String text) throws MalformedArticleException {
        String normalized = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        if (!normalized.startsWith("---")) {
            throw new MalformedArticleException(path, "no Jekyll front matter (the file does not start with ---)");
        }
        int frontMatterEnd = normalized.indexOf("\n---", 3);
        if (frontMatterEnd < 0) {
            throw new MalformedArticleException(path, "the Jekyll front matter is not closed with ---");
        }
        String frontMatter = normalized.substring(3, frontMatterEnd);
        int rawStart = normalized.indexOf(RAW_START, frontMatterEnd);
        int rawEnd = normalized.lastIndexOf(RAW_END);
        if (rawStart < 0 || rawEnd < rawStart) {
            throw new MalformedArticleException(path, "no article text between {% raw %} and {% endraw %}");
        }
        String title = frontMatterTitle(path, frontMatter);
        String id = null;
        Matcher idPrefix = ID_PREFIX.matcher(title);
        if (idPrefix.find()) {
            id = idPrefix.group(1);
            title = title.substring(idPrefix.end());
        }
        String[] lines = normalized.substring(rawStart + RAW_START.length(), rawEnd).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("\t")) {
                lines[i] = lines[i].substring(1);
            }
        }
        String lastModified = "";
        List<String> products = List.of();
        List<String> versions = List.of();
        List<String> keywords = List.of();
        int bodyStart = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (RULE.matcher(line).matches()) {
                bodyStart = i;
                break;
            }
            Matcher header = HEADER_LINE.matcher(line);
            if (!header.matches()) {
                continue;
            }
            String value = header.group(2).strip();
            switch (header.group(1).strip()) {
                case "Article" -> id = id == null && !value.isEmpty() ? value : id;
                case "Product(s)" -> products = HeaderValues.products(value);
                case "Version(s)" -> versions = HeaderValues.versions(value);
                case "Keyword(s)" -> keywords = HeaderValues.words(value);
                case "Last Modified" -> lastModified = value;
                default -> {
                    // Operating System(s) and unknown headers carry nothing the model keeps.
                }
            }
        }
        if (id == null) {
            throw new MalformedArticleException(path, "no article number (neither in the title nor an Article: line)");
        }
        if (title.isBlank()) {
            throw new MalformedArticleException(path, "the article has no title");
        }
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, bodyStart, lines.length));
        return new ArticleText(id, title, lastModified, products, versions, keywords, body);
    }

    private static String frontMatterTitle(String path, String frontMatter) throws MalformedArticleException {
        Matcher matcher = FRONT_MATTER_TITLE.matcher(frontMatter);
        if (!matcher.find()) {
            throw new MalformedArticleException(path, "the front matter has no title:");
        }
        String raw = matcher.group(1);
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            raw = raw.substring(1, raw.length() - 1).replace("\\\"", "\"");
        }
        return Parser.unescapeEntities(raw, false).strip();
    }
}
