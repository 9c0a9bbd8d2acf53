package org.kbtriage.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.ui.core.TextRange;

/**
 * Lays an article out as styled text: title, products and versions, then what to do (resolution and
 * workaround) before the other sections, then the fixed-file table; occurrences of the matched terms
 * are highlighted.
 */
final class ArticleRenderer {

    static final RGB TERM_BACKGROUND = new RGB(255, 236, 140);
    private static final Color TERM_BG = new Color(TERM_BACKGROUND);
    private static final Color HEADING_FG = new Color(new RGB(0, 64, 140));
    private static final Color META_FG = new Color(new RGB(90, 90, 90));
    private static final String[] FIRST_SECTIONS = {"RESOLUTION", "WORKAROUND"};

    /** The text and its styles, ready for a StyledText. */
    record Rendered(String text, StyleRange[] styles, List<TextRange> termHits) {
    }

    private final Font titleFont;
    private final Font bodyFont;

    /** @param titleFont for the title and headings; @param bodyFont a monospace font for the fixed-width KB text */
    ArticleRenderer(Font titleFont, Font bodyFont) {
        this.titleFont = titleFont;
        this.bodyFont = bodyFont;
    }

    Rendered render(KbArticle article, String context, List<String> terms) {
        StringBuilder text = new StringBuilder();
        List<StyleRange> styles = new ArrayList<>();
        append(text, styles, (article.getId() == null ? "" : article.getId() + ": ")
                + (article.getTitle() == null ? "(untitled)" : article.getTitle()), titleFont, null, SWT.BOLD);
        text.append('\n');
        StringBuilder meta = new StringBuilder();
        if (!article.getProducts().isEmpty()) {
            meta.append("Products: ").append(String.join(", ", article.getProducts())).append('\n');
        }
        if (!article.getVersions().isEmpty()) {
            meta.append("Versions: ").append(String.join(", ", article.getVersions())).append('\n');
        }
        if (article.getLastModified() != null && !article.getLastModified().isEmpty()) {
            meta.append("Last modified: ").append(article.getLastModified()).append('\n');
        }
        if (context != null && !context.isEmpty()) {
            meta.append(context).append('\n');
        }
        append(text, styles, meta.toString(), null, META_FG, SWT.NORMAL);

        for (ArticleSection section : orderedSections(article)) {
            text.append('\n');
            append(text, styles, heading(section.getName()) + "\n", titleFont, HEADING_FG, SWT.BOLD);
            append(text, styles, stripIndent(section.getText()) + "\n", bodyFont, null, SWT.NORMAL);
        }
        if (!article.getFixedFiles().isEmpty()) {
            text.append('\n');
            append(text, styles, "Fixed files\n", titleFont, HEADING_FG, SWT.BOLD);
            append(text, styles, fixedFileTable(article.getFixedFiles()), bodyFont, null, SWT.NORMAL);
        }
        String rendered = text.toString();
        List<TextRange> hits = findTerms(rendered, terms);
        TextPresentation presentation = new TextPresentation(Math.max(1, styles.size() + hits.size()));
        styles.forEach(presentation::addStyleRange);
        List<StyleRange> highlights = new ArrayList<>();
        for (TextRange hit : hits) {
            StyleRange range = new StyleRange(hit.start(), hit.length(), null, TERM_BG);
            highlights.add(range);
        }
        presentation.mergeStyleRanges(highlights.toArray(StyleRange[]::new));
        List<StyleRange> all = new ArrayList<>();
        for (Iterator<StyleRange> it = presentation.getAllStyleRangeIterator(); it.hasNext();) {
            all.add(it.next());
        }
        return new Rendered(rendered, all.toArray(StyleRange[]::new), hits);
    }

    /** Resolution and workaround first (what the user came for), then the rest in article order. */
    static List<ArticleSection> orderedSections(KbArticle article) {
        List<ArticleSection> first = new ArrayList<>();
        List<ArticleSection> rest = new ArrayList<>();
        for (ArticleSection section : article.getSections()) {
            if (rank(section) < FIRST_SECTIONS.length) {
                first.add(section);
            } else {
                rest.add(section);
            }
        }
        first.sort(Comparator.comparingInt(ArticleRenderer::rank));
        first.addAll(rest);
        return first;
    }

    private static int rank(ArticleSection section) {
        String name = section.getName() == null ? "" : section.getName().toUpperCase(Locale.ROOT);
        for (int i = 0; i < FIRST_SECTIONS.length; i++) {
            if (name.contains(FIRST_SECTIONS[i])) {
                return i;
            }
        }
        return FIRST_SECTIONS.length;
    }

    private static String heading(String name) {
        return name == null || name.isBlank() ? "Section" : name.strip();
    }

    /**
     * KB text comes as printed, indented and broken at about 75 columns. Drops the common indent and joins the
     * lines of prose paragraphs, so they wrap to the view's width; keeps tables, stacks and indented blocks
     * line for line.
     */
    static String stripIndent(String body) {
        if (body == null) {
            return "";
        }
        String text = body.replace("\r\n", "\n").stripIndent().strip();
        StringBuilder out = new StringBuilder(text.length());
        for (String block : text.split("\n\\s*\n")) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(isProse(block) ? String.join(" ", block.lines().map(String::strip).toList()) : block);
        }
        return out.toString();
    }

    /** Plain sentences: no indented line, no column gaps, no stack frames. */
    private static boolean isProse(String block) {
        return block.lines().noneMatch(line -> line.startsWith(" ") || line.startsWith("\t") || line.contains("   ")
                || line.contains("!") && line.contains("+0x") || line.startsWith("-"));
    }

    private static String fixedFileTable(List<FixedFile> files) {
        String[] headers = {"File name", "Version", "Platform", "Date", "Size"};
        List<String[]> rows = new ArrayList<>();
        rows.add(headers);
        for (FixedFile file : files) {
            rows.add(new String[] {nonNull(file.getFileName()), nonNull(file.getVersion()), nonNull(file.getPlatform()),
                    nonNull(file.getDate()), nonNull(file.getSize())});
        }
        int[] widths = new int[headers.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            for (int i = 0; i < row.length; i++) {
                table.append(String.format(Locale.ROOT, "%-" + (widths[i] + 2) + "s", row[i]));
            }
            table.setLength(table.length() - 2);
            table.append('\n');
            if (r == 0) {
                int total = 0;
                for (int w : widths) {
                    total += w + 2;
                }
                table.append("-".repeat(total - 2)).append('\n');
            }
        }
        return table.toString();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static void append(StringBuilder text, List<StyleRange> styles, String part, Font font, Color foreground,
            int fontStyle) {
        if (part.isEmpty()) {
            return;
        }
        StyleRange range = new StyleRange(text.length(), part.length(), foreground, null, fontStyle);
        range.font = font;
        styles.add(range);
        text.append(part);
    }

    /** Case-insensitive, non-overlapping occurrences of the terms, in text order. */
    static List<TextRange> findTerms(String text, List<String> terms) {
        List<TextRange> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] taken = new boolean[text.length()];
        for (String term : terms) {
            if (term == null || term.isBlank() || term.length() < 2) {
                continue;
            }
            String needle = term.toLowerCase(Locale.ROOT);
            for (int at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length())) {
                if (!taken[at] && !taken[at + needle.length() - 1]) {
                    hits.add(new TextRange(at, needle.length()));
                    java.util.Arrays.fill(taken, at, at + needle.length(), true);
                }
            }
        }
        hits.sort(Comparator.comparingInt(TextRange::start));
        return hits;
    }
}
