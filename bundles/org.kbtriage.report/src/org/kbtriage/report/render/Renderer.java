package org.kbtriage.report.render;

import java.io.IOException;
import java.io.Writer;

import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.TriageReport;

/** Writes report content in one format: single-dump reports and the index page of a batch. */
public interface Renderer {

    void report(TriageReport report, Writer out) throws IOException;

    void index(BatchIndex index, Writer out) throws IOException;

    static Renderer of(ReportFormat format) {
        return switch (format) {
            case HTML -> new HtmlRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case JSON -> new JsonRenderer();
        };
    }
}
