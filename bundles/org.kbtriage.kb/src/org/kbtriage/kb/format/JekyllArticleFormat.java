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
    private static final String TITLE_KEY = "title:";
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
        int textStart = rawStart + RAW_START.length();
        String lastModified = "";
        List<String> products = List.of();
        List<String> versions = List.of();
        List<String> keywords = List.of();
        int bodyStart = textStart;
        for (int lineStart = textStart; lineStart <= rawEnd; ) {
            int lineEnd = normalized.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > rawEnd) {
                lineEnd = rawEnd;
            }
            String line = unindented(normalized, lineStart, lineEnd);
            // Cheap tests first: a rule starts with a dash and a header line has a colon.
            if (line.startsWith("-") && RULE.matcher(line).matches()) {
                bodyStart = lineStart;
                break;
            }
            Matcher header = line.indexOf(':') > 0 ? HEADER_LINE.matcher(line) : null;
            if (header != null && header.matches()) {
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
            lineStart = lineEnd + 1;
        }
        if (id == null) {
            throw new MalformedArticleException(path, "no article number (neither in the title nor an Article: line)");
        }
        if (title.isBlank()) {
            throw new MalformedArticleException(path, "the article has no title");
        }
        return new ArticleText(id, title, lastModified, products, versions, keywords,
                unindented(normalized, bodyStart, rawEnd));
    }

    /** The lines of {@code text[start, end)} without the TAB that indents each of them. */
    private static String unindented(String text, int start, int end) {
        StringBuilder unindented = new StringBuilder(end - start);
        for (int lineStart = start; lineStart <= end; ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > end) {
                lineEnd = end;
            }
            if (lineStart > start) {
                unindented.append('\n');
            }
            unindented.append(text, lineStart < lineEnd && text.charAt(lineStart) == '\t' ? lineStart + 1 : lineStart, lineEnd);
            lineStart = lineEnd + 1;
        }
        return unindented.toString();
    }

    private static String frontMatterTitle(String path, String frontMatter) throws MalformedArticleException {
        Matcher matcher = FRONT_MATTER_TITLE.matcher(frontMatter);
        // The pattern is tried only where a line starts with "title:"; scanning every position costs more.
        int at = frontMatter.indexOf(TITLE_KEY);
        while (at >= 0 && !(startsLine(frontMatter, at) && matcher.region(at, frontMatter.length()).lookingAt())) {
            at = frontMatter.indexOf(TITLE_KEY, at + 1);
        }
        if (at < 0) {
            throw new MalformedArticleException(path, "the front matter has no title:");
        }
        String raw = matcher.group(1);
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            raw = raw.substring(1, raw.length() - 1).replace("\\\"", "\"");
        }
        return (raw.indexOf('&') < 0 ? raw : Parser.unescapeEntities(raw, false)).strip();
    }

    private static boolean startsLine(String text, int index) {
        if (index == 0) {
            return true;
        }
        char before = text.charAt(index - 1);
        return before == '\n' || before == '\u0085' || before == '\u2028' || before == '\u2029';
    }
}
