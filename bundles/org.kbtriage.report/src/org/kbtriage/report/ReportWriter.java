package org.kbtriage.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kbtriage.model.TriageSession;
import org.kbtriage.report.content.TriageReport;
import org.kbtriage.report.content.TriageReports;
import org.kbtriage.report.io.AtomicFiles;
import org.kbtriage.report.render.Renderer;

/**
 * Writes the triage report of one dump as HTML, Markdown or JSON. The Export wizard and the
 * {@code triage report} command call it; {@link BatchReport} calls it for every dump of a folder.
 * <p>
 * Files are replaced atomically: an export that fails or is interrupted leaves no partial report
 * and keeps an existing report as it was.
 */
public final class ReportWriter {

    /** Writes the session's report to the file {@code out} in {@code format}. */
    public void write(TriageSession session, ReportFormat format, Path out, ReportContext context) throws IOException {
        write(content(session, context), format, out);
    }

    /** Writes the session's report to a stream, e.g. standard output. */
    public void write(TriageSession session, ReportFormat format, Writer out, ReportContext context) throws IOException {
        Renderer.of(format).report(content(session, context), out);
    }

    /** The session's report as a string. */
    public String render(TriageSession session, ReportFormat format, ReportContext context) {
        StringWriter out = new StringWriter();
        try {
            write(session, format, out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The content of the session's report, before any format: what the JSON report holds. */
    public TriageReport content(TriageSession session, ReportContext context) {
        return TriageReports.build(session, context);
    }

    /** Writes already built report content to {@code out}. */
    public void write(TriageReport report, ReportFormat format, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            throw new IOException("Cannot write the report to " + out + ": it is a folder");
        }
        Renderer renderer = Renderer.of(format);
        AtomicFiles.write(out, writer -> renderer.report(report, writer));
    }
}
