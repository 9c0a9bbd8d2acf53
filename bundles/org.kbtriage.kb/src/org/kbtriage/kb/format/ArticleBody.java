package org.kbtriage.kb.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The structure of an article's fixed-width body: the "applies to" block, the sections under upper-case
 * headings underlined with {@code ===}, the {@code Additional query words:} line, the keyword footer, the
 * fixed-file tables and the articles it refers to.
 *
 * @param sections in article order; text before the first heading is the section {@value #TEXT}
 * @param additionalQueryWords the words after {@code Additional query words:}, or an empty string
 * @param footerKeywords the KB keywords of the footer ({@code Keywords}, {@code Technology}, {@code Issue type},
 *        {@code Solution Type})
 * @param references other articles named in the text ({@code Q148963}), in order of first mention
 * @param fixedFiles the rows of the fixed-file tables
 */
public record ArticleBody(List<Section> sections, String additionalQueryWords, List<String> footerKeywords,
        List<String> references, List<FixedFileRow> fixedFiles) {

    /** The section that holds the product list under "The information in this article applies to:". */
    public static final String APPLIES_TO = "APPLIES TO";
    /** The section that holds text before the first heading (old articles often have no headings at all). */
    public static final String TEXT = "TEXT";

    /** One section: its heading as printed and its text without the heading. */
    public record Section(String name, String text) {
    }

    private static final Pattern HEADING = Pattern.compile("[A-Z0-9][A-Z0-9 ,.'&/()\\-:]*[A-Z0-9)]");
    private static final Pattern UNDERLINE = Pattern.compile("\\s*={3,}\\s*");
    private static final Pattern DASHED_RULE = Pattern.compile("\\s*-{20,}\\s*");
    private static final Pattern EQUALS_RULE = Pattern.compile("\\s*={20,}\\s*");
    private static final Pattern FOOTER_FIELD = Pattern.compile("^(Keywords|Technology|Issue type|Solution Type)\\s*:(.*)$");
    private static final Pattern QUERY_WORDS = Pattern.compile("^\\s*Additional query words:(.*)$");
    private static final Pattern ARTICLE_NUMBER = Pattern.compile("Q\\d{5,6}(?![\\w])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static ArticleBody parse(String articleId, String body) {
        String[] lines = body.split("\n", -1);
        int contentEnd = lines.length;
        List<String> footerKeywords = new ArrayList<>();
        int footerRule = footerRule(lines);
        if (footerRule >= 0) {
            contentEnd = footerRule;
            collectFooterKeywords(lines, footerRule + 1, footerKeywords);
        }
        String queryWords = "";
        for (int i = 0; i < contentEnd; i++) {
            if (!lines[i].contains("query words:")) {
                continue;
            }
            Matcher matcher = QUERY_WORDS.matcher(lines[i]);
            if (matcher.matches()) {
                StringBuilder words = new StringBuilder(matcher.group(1).strip());
                for (int j = i + 1; j < contentEnd && !lines[j].isBlank() && !EQUALS_RULE.matcher(lines[j]).matches(); j++) {
                    words.append(' ').append(lines[j].strip());
                }
                queryWords = words.toString().strip();
                contentEnd = i;
                break;
            }
        }
        List<Section> sections = sections(lines, contentEnd);
        List<String> references = references(articleId, body);
        List<FixedFileRow> fixedFiles = FixedFileTables.rows(lines, 0, contentEnd);
        return new ArticleBody(sections, queryWords, footerKeywords, references, fixedFiles);
    }

    /** The {@code ====} rule that opens the keyword footer, or -1. */
    private static int footerRule(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (isFooterField(lines[i])) {
                for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                    if (EQUALS_RULE.matcher(lines[j]).matches()) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean isFooterField(String line) {
        return mayBeFooterField(line) && FOOTER_FIELD.matcher(line).matches();
    }

    /** Footer fields start with the K, T, I or S of their names: the pattern need not be tried on other lines. */
    private static boolean mayBeFooterField(String line) {
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        return first == 'K' || first == 'T' || first == 'I' || first == 'S';
    }

    private static void collectFooterKeywords(String[] lines, int from, List<String> keywords) {
        Set<String> unique = new LinkedHashSet<>();
        for (int i = from; i < lines.length; i++) {
            if (!mayBeFooterField(lines[i])) {
                continue;
            }
            Matcher field = FOOTER_FIELD.matcher(lines[i]);
            if (field.matches()) {
                for (String word : WHITESPACE.split(field.group(2).strip())) {
                    if (!word.isEmpty()) {
                        unique.add(word);
                    }
                }
            }
        }
        keywords.addAll(unique);
    }

    private static List<Section> sections(String[] lines, int end) {
        List<Section> sections = new ArrayList<>();
        int start = 0;
        while (start < end && lines[start].isBlank()) {
            start++;
        }
        if (start < end && DASHED_RULE.matcher(lines[start]).matches()) {
            int close = start + 1;
            while (close < end && !DASHED_RULE.matcher(lines[close]).matches()) {
                close++;
            }
            if (close < end) {
                addSection(sections, APPLIES_TO, lines, start + 1, close);
                start = close + 1;
            }
        }
        String name = TEXT;
        int textStart = start;
        for (int i = start; i < end; i++) {
            if (isHeading(lines, i, end)) {
                addSection(sections, name, lines, textStart, i);
                name = lines[i].strip();
                textStart = i + 2;
                i++;
            }
        }
        addSection(sections, name, lines, textStart, end);
        return sections;
    }

    private static boolean isHeading(String[] lines, int i, int end) {
        if (i + 1 >= end) {
            return false;
        }
        if (firstNonBlank(lines[i + 1]) != '=') {
            return false;
        }
        String heading = lines[i].strip();
        String underline = lines[i + 1].strip();
        return heading.length() >= 2 && heading.length() <= 70
                && UNDERLINE.matcher(underline).matches()
                && Math.abs(underline.length() - heading.length()) <= Math.max(3, heading.length() / 3)
                && HEADING.matcher(heading).matches()
                && !heading.toLowerCase(Locale.ROOT).equals(heading);
    }

    /** The first character that is not a space, or a space when there is none. */
    static char firstNonBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return line.charAt(i);
            }
        }
        return ' ';
    }

    private static void addSection(List<Section> sections, String name, String[] lines, int from, int to) {
        while (from < to && lines[from].isBlank()) {
            from++;
        }
        while (to > from && lines[to - 1].isBlank()) {
            to--;
        }
        if (from >= to && TEXT.equals(name)) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                text.append('\n');
            }
            text.append(stripTrailing(lines[i]));
        }
        sections.add(new Section(name, text.toString()));
    }

    private static String stripTrailing(String line) {
        return line.isEmpty() || !Character.isWhitespace(line.charAt(line.length() - 1)) ? line : line.stripTrailing();
    }

    private static List<String> references(String articleId, String body) {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = ARTICLE_NUMBER.matcher(body);
        // Jump from Q to Q: a regex scan of every position is the slowest step of the whole import.
        for (int q = body.indexOf('Q'); q >= 0; q = body.indexOf('Q', q + 1)) {
            if (q > 0 && Character.isLetterOrDigit(body.charAt(q - 1))) {
                continue;
            }
            matcher.region(q, body.length());
            if (matcher.lookingAt() && !matcher.group().equals(articleId)) {
                found.add(matcher.group());
            }
        }
        return new ArrayList<>(found);
    }
}
