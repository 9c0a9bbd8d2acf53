package org.kbtriage.report.render;

import java.nio.charset.StandardCharsets;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A self-contained HTML page built as a jsoup DOM. Every piece of dump or article text goes in as a
 * text node or attribute value, so jsoup escapes it when the page is serialized: a symbol named
 * {@code <script>} is shown, never run. The only markup added verbatim is the built-in style sheet.
 */
final class HtmlPage {

    private final Document document;

    HtmlPage(String title, String generator) {
        document = Document.createShell("");
        document.prependChild(new DocumentType("html", "", ""));
        document.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base)
                .prettyPrint(true).indentAmount(1);
        document.selectFirst("html").attr("lang", "en");
        Element head = document.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", generator);
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(ReportStyle.css()));
    }

    Element body() {
        return document.body();
    }

    String serialize() {
        return document.outerHtml() + "\n";
    }

    /** Appends a section with an id (the anchor tests and links use) and a heading. */
    static Element section(Element parent, String id, String heading) {
        Element section = parent.appendElement("section").id(id);
        section.appendElement("h2").text(heading);
        return section;
    }

    /** Appends a term/definition pair to a definition list, skipping absent values. */
    static void definition(Element list, String term, String value) {
        if (value != null && !value.isBlank()) {
            list.appendElement("dt").text(term);
            list.appendElement("dd").text(value);
        }
    }

    /** Appends a table with a header row; returns its body for the caller's rows. */
    static Element table(Element parent, String cssClass, String... headings) {
        Element table = parent.appendElement("table").addClass(cssClass);
        Element headRow = table.appendElement("thead").appendElement("tr");
        for (String heading : headings) {
            headRow.appendElement("th").attr("scope", "col").text(heading);
        }
        return table.appendElement("tbody");
    }

    /** Appends a cell with text (empty for null). */
    static Element cell(Element row, String text) {
        return row.appendElement("td").text(text == null ? "" : text);
    }

    static Element badge(Element parent, String text, String kind) {
        return parent.appendElement("span").addClass("badge").addClass(kind).text(text);
    }
}
