package org.kbtriage.report.render;

import static org.kbtriage.report.render.Markdown.cell;
import static org.kbtriage.report.render.Markdown.code;
import static org.kbtriage.report.render.Markdown.codeCell;
import static org.kbtriage.report.render.Markdown.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.BatchIndex.Bucket;
import org.kbtriage.report.content.BatchIndex.BucketDump;
import org.kbtriage.report.content.BatchIndex.Failure;
import org.kbtriage.report.content.TriageReport;
import org.kbtriage.report.content.TriageReport.Finding;
import org.kbtriage.report.content.TriageReport.FixCheck;
import org.kbtriage.report.content.TriageReport.FrameRow;
import org.kbtriage.report.content.TriageReport.Guidance;
import org.kbtriage.report.content.TriageReport.ModuleRow;
import org.kbtriage.report.content.TriageReport.Problem;

/** Markdown reports for tickets: GFM tables, every dump or article string escaped. */
final class MarkdownRenderer implements Renderer {

    @Override
    public void report(TriageReport report, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Triage report: ").append(text(ReportText.orDash(report.dump().file()))).append("\n\n");
        summary(md, report);
        verdict(md, report);
        frames(md, report);
        matches(md, report);
        modules(md, report);
        problems(md, report);
        md.append("---\n\n");
        provenance(md, report.generatedAt(), report.producer(), report.index());
        out.write(md.toString());
    }

    private static void summary(StringBuilder md, TriageReport report) {
        var dump = report.dump();
        md.append("## Summary\n\n");
        item(md, "File", text(dump.file()));
        item(md, "Layout", text(String.join(", ", dump.layouts())));
        item(md, "Process", text(ReportText.process(dump)));
        item(md, "Exception", text(ReportText.exception(dump.exception())));
        item(md, "Bugcheck", text(dump.bugcheck()));
        item(md, "Failure bucket", text(dump.failureBucketId()));
        item(md, "Crashing thread", text(ReportText.thread(report.crashingThread())));
        item(md, "Signature", code(report.signature()));
        md.append('\n');
    }

    private static void item(StringBuilder md, String label, String escapedValue) {
        if (!escapedValue.isBlank()) {
            md.append("- **").append(label).append(":** ").append(escapedValue).append('\n');
        }
    }

    private static void verdict(StringBuilder md, TriageReport report) {
        var conclusion = report.conclusion();
        if (conclusion.confident()) {
            md.append("## Verdict\n\n**Confident match:** ")
                    .append(text(ReportText.articleLabel(conclusion.topArticleId(), conclusion.topArticleTitle())))
                    .append("\n\n");
        } else {
            md.append("## No confident match\n\n").append(text(ReportText.noConfidentMatch(report.matches().size())))
                    .append("\n\n");
        }
    }

    private static void frames(StringBuilder md, TriageReport report) {
        md.append("## Crashing thread\n\n");
        if (report.crashingThread() == null) {
            md.append("The dump holds no stack.\n\n");
            return;
        }
        md.append(text(ReportText.FRAMES_LEGEND)).append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (FrameRow frame : report.crashingThread().frames()) {
            boolean matched = frame.confidentlyMatched();
            rows.add(List.of(Integer.toString(frame.ordinal()),
                    (matched ? "**" : "") + codeCell(frame.display()) + (matched ? "**" : ""),
                    cell(String.join(", ", frame.matchedBy())),
                    cell(ReportText.frameNote(frame))));
        }
        Markdown.table(md, List.of("#", "Frame", "Matched by", "Note"), rows);
    }

    private static void matches(StringBuilder md, TriageReport report) {
        md.append("## ").append(ReportText.matchesHeading(report)).append("\n\n");
        if (report.matches().isEmpty()) {
            md.append("The index returned no candidate article.\n\n");
            return;
        }
        for (Finding finding : report.matches()) {
            md.append("### ").append(finding.rank()).append(". ")
                    .append(text(ReportText.articleLabel(finding.articleId(), finding.title()))).append("\n\n");
            item(md, "Confidence", (finding.confident() ? "confident" : "not confident") + ", score "
                    + ReportText.score(finding.score()));
            item(md, "Applicability", finding.applicability() + " — " + text(ReportText.applicability(finding.applicability())));
            item(md, "Why", text(finding.reason()));
            List<String> details = ReportText.explanationDetails(finding.reason(), finding.explanation());
            if (!details.isEmpty()) {
                md.append("- **Details:**\n");
                details.forEach(line -> md.append("  - ").append(text(line)).append('\n'));
            }
            item(md, "Matched frames", String.join(", ", finding.matchedFrames().stream().map(Markdown::code).toList()));
            md.append('\n');
            if (!finding.fixedFiles().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (FixCheck fix : finding.fixedFiles()) {
                    rows.add(List.of(cell(fix.fileName()), cell(fix.fixedVersion() == null ? "not listed" : fix.fixedVersion()),
                            cell(fix.loadedVersion() == null ? "not loaded" : fix.loadedVersion()), cell(fix.platform()),
                            cell(fix.date()), fix.applicability()));
                }
                md.append("**Fixed file versions**\n\n");
                Markdown.table(md, List.of("File", "Fixed version", "Loaded version", "Platform", "Date", "Applies"), rows);
            }
            for (Guidance guidance : finding.guidance()) {
                md.append("**").append(text(capitalized(guidance.section()))).append("**\n\n")
                        .append(Markdown.codeBlock(guidance.text(), "text")).append('\n');
            }
        }
    }

    private static void modules(StringBuilder md, TriageReport report) {
        md.append("## Modules\n\n");
        if (report.modules().isEmpty()) {
            md.append("The dump lists no modules.\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (ModuleRow m : report.modules()) {
            rows.add(List.of(cell(m.name()), cell(m.imagePath() != null ? m.imagePath() : m.imageName()),
                    cell(m.startAddress()), cell(m.endAddress()), cell(m.fileVersion()), cell(m.productVersion()),
                    cell(m.timestamp())));
        }
        Markdown.table(md, List.of("Module", "Image", "Start", "End", "File version", "Product version", "Timestamp"), rows);
    }

    private static void problems(StringBuilder md, TriageReport report) {
        if (report.dump().problems().isEmpty()) {
            return;
        }
        md.append("## Parse problems\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Problem p : report.dump().problems()) {
            rows.add(List.of(Integer.toString(p.line()), p.severity(), cell(p.message())));
        }
        Markdown.table(md, List.of("Line", "Severity", "Message"), rows);
    }

    private static void provenance(StringBuilder md, String generatedAt, TriageReport.Producer producer,
            TriageReport.IndexSummary index) {
        md.append("_Generated at ").append(text(generatedAt)).append(" by ").append(text(ReportText.producer(producer)))
                .append("._  \n_").append(text(ReportText.index(index))).append("_\n");
    }

    @Override
    public void index(BatchIndex index, Writer out) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Triage reports by signature\n\n");
        item(md, "Folder", text(index.folder()));
        item(md, "Dumps", Integer.toString(index.dumpCount()));
        item(md, "Signatures", Integer.toString(index.buckets().size()));
        if (!index.failures().isEmpty()) {
            item(md, "Failed", Integer.toString(index.failures().size()));
        }
        md.append("\n## Signatures\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Bucket bucket : index.buckets()) {
            String article = bucket.article() == null ? "No confident match"
                    : cell(ReportText.articleLabel(bucket.article().id(), bucket.article().title())) + " ("
                            + bucket.article().dumps() + " of " + bucket.count() + ")";
            List<String> links = new ArrayList<>();
            for (BucketDump dump : bucket.dumps()) {
                links.add("[" + cell(dump.file()) + "](" + ReportLinks.href(dump.report()) + ")");
            }
            rows.add(List.of(codeCell(bucket.signature()), Integer.toString(bucket.count()), article,
                    String.join(", ", links)));
        }
        Markdown.table(md, List.of("Signature", "Dumps", "Matched article", "Reports"), rows);
        if (!index.failures().isEmpty()) {
            md.append("## Not triaged\n\n");
            List<List<String>> failed = new ArrayList<>();
            for (Failure failure : index.failures()) {
                failed.add(List.of(cell(failure.file()), cell(failure.error())));
            }
            Markdown.table(md, List.of("File", "Why"), failed);
        }
        md.append("---\n\n");
        provenance(md, index.generatedAt(), index.producer(), index.index());
        out.write(md.toString());
    }

    private static String capitalized(String section) {
        String lower = section.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
