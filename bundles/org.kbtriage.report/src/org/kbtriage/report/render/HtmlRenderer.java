package org.kbtriage.report.render;

import static org.kbtriage.report.render.HtmlPage.badge;
import static org.kbtriage.report.render.HtmlPage.cell;
import static org.kbtriage.report.render.HtmlPage.definition;
import static org.kbtriage.report.render.HtmlPage.section;
import static org.kbtriage.report.render.HtmlPage.table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.jsoup.nodes.Element;
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

/** HTML reports: one self-contained page per dump, and the batch index page. */
final class HtmlRenderer implements Renderer {

    @Override
    public void report(TriageReport report, Writer out) throws IOException {
        String file = ReportText.orDash(report.dump().file());
        HtmlPage page = new HtmlPage("Triage report: " + file, ReportText.producer(report.producer()));
        Element body = page.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Triage report");
        header.appendElement("p").addClass("subtitle").text(file);

        summary(body, report);
        verdict(body, report);
        frames(body, report);
        matches(body, report);
        modules(body, report);
        problems(body, report);
        provenance(body, report.generatedAt(), report.producer(), report.index());
        out.write(page.serialize());
    }

    private static void summary(Element body, TriageReport report) {
        Element dl = section(body, "summary", "Summary").appendElement("dl").addClass("summary");
        var dump = report.dump();
        definition(dl, "File", dump.file());
        definition(dl, "Layout", String.join(", ", dump.layouts()));
        definition(dl, "Process", ReportText.process(dump));
        definition(dl, "Exception", ReportText.exception(dump.exception()));
        definition(dl, "Bugcheck", dump.bugcheck());
        definition(dl, "Failure bucket", dump.failureBucketId());
        definition(dl, "Crashing thread", ReportText.thread(report.crashingThread()));
        dl.appendElement("dt").text("Signature");
        dl.appendElement("dd").appendElement("code").addClass("signature").text(report.signature());
        definition(dl, "Read", ReportText.fileFacts(dump));
    }

    private static void verdict(Element body, TriageReport report) {
        var conclusion = report.conclusion();
        if (conclusion.confident()) {
            Element box = body.appendElement("section").id("verdict").addClass("verdict").addClass("confident");
            box.appendElement("h2").text("Verdict");
            Element p = box.appendElement("p");
            badge(p, "confident", "confident");
            p.appendText(ReportText.articleLabel(conclusion.topArticleId(), conclusion.topArticleTitle()));
            box.appendElement("p").text("See the matched article below for the cause, the fix and whether it applies.");
        } else {
            Element box = body.appendElement("section").id("no-confident-match").addClass("verdict").addClass("none");
            box.appendElement("h2").text("No confident match");
            box.appendElement("p").text(ReportText.noConfidentMatch(report.matches().size()));
        }
    }

    private static void frames(Element body, TriageReport report) {
        Element section = section(body, "frames", "Crashing thread");
        if (report.crashingThread() == null) {
            section.appendElement("p").addClass("muted").text("The dump holds no stack.");
            return;
        }
        section.appendElement("p").addClass("muted").text(ReportText.FRAMES_LEGEND);
        Element rows = table(section, "frames", "#", "Frame", "Matched by", "Note");
        for (FrameRow frame : report.crashingThread().frames()) {
            Element row = rows.appendElement("tr");
            if (frame.confidentlyMatched()) {
                row.addClass("matched");
            } else if (!frame.matchedBy().isEmpty()) {
                row.addClass("candidate");
            }
            if (frame.generic()) {
                row.addClass("generic");
            }
            if (frame.inSignature()) {
                row.addClass("signature");
            }
            cell(row, Integer.toString(frame.ordinal())).addClass("ordinal");
            cell(row, frame.display()).addClass("frame").addClass("mono");
            cell(row, String.join(", ", frame.matchedBy()));
            cell(row, ReportText.frameNote(frame));
        }
    }

    private static void matches(Element body, TriageReport report) {
        Element section = section(body, "matches", ReportText.matchesHeading(report));
        if (report.matches().isEmpty()) {
            section.appendElement("p").addClass("muted").text("The index returned no candidate article.");
            return;
        }
        for (Finding finding : report.matches()) {
            Element article = section.appendElement("article").addClass("match").id("match-" + finding.articleId());
            if (finding.confident()) {
                article.addClass("confident");
            }
            article.appendElement("h3").text(finding.rank() + ". " + ReportText.articleLabel(finding.articleId(), finding.title()));
            Element status = article.appendElement("p");
            badge(status, finding.confident() ? "confident" : "not confident", finding.confident() ? "confident" : "candidate");
            badge(status, finding.applicability(), finding.applicability());
            status.appendText("score " + ReportText.score(finding.score()) + " · " + ReportText.applicability(finding.applicability()));
            Element why = article.appendElement("dl").addClass("summary");
            definition(why, "Why", finding.reason());
            List<String> details = ReportText.explanationDetails(finding.reason(), finding.explanation());
            if (!details.isEmpty()) {
                why.appendElement("dt").text("Details");
                Element dd = why.appendElement("dd");
                details.forEach(line -> dd.appendElement("div").text(line));
            }
            if (!finding.matchedFrames().isEmpty()) {
                why.appendElement("dt").text("Matched frames");
                Element list = why.appendElement("dd").appendElement("ul");
                finding.matchedFrames().forEach(f -> list.appendElement("li").appendElement("code").text(f));
            }
            fixedFiles(article, finding);
            for (Guidance guidance : finding.guidance()) {
                article.appendElement("h4").text(guidance.section().toLowerCase(java.util.Locale.ROOT));
                article.appendElement("pre").addClass("article-text").text(guidance.text());
            }
        }
    }

    private static void fixedFiles(Element article, Finding finding) {
        if (finding.fixedFiles().isEmpty()) {
            return;
        }
        article.appendElement("h4").text("Fixed file versions");
        Element rows = table(article, "fixed-files", "File", "Fixed version", "Loaded version", "Platform", "Date", "Applies");
        for (FixCheck fix : finding.fixedFiles()) {
            Element row = rows.appendElement("tr");
            cell(row, fix.fileName()).addClass("mono");
            cell(row, fix.fixedVersion() == null ? "not listed" : fix.fixedVersion()).addClass("mono");
            cell(row, fix.loadedVersion() == null ? "not loaded" : fix.loadedVersion()).addClass("mono");
            cell(row, fix.platform());
            cell(row, fix.date());
            badge(row.appendElement("td"), fix.applicability(), fix.applicability());
        }
    }

    private static void modules(Element body, TriageReport report) {
        Element section = section(body, "modules", "Modules");
        if (report.modules().isEmpty()) {
            section.appendElement("p").addClass("muted").text("The dump lists no modules.");
            return;
        }
        Element rows = table(section, "modules", "Module", "Image", "Start", "End", "File version", "Product version", "Timestamp");
        for (ModuleRow m : report.modules()) {
            Element row = rows.appendElement("tr");
            cell(row, m.name()).addClass("mono");
            cell(row, m.imagePath() != null ? m.imagePath() : m.imageName());
            cell(row, m.startAddress()).addClass("mono");
            cell(row, m.endAddress()).addClass("mono");
            cell(row, m.fileVersion()).addClass("mono");
            cell(row, m.productVersion()).addClass("mono");
            cell(row, m.timestamp());
        }
    }

    private static void problems(Element body, TriageReport report) {
        if (report.dump().problems().isEmpty()) {
            return;
        }
        Element rows = table(section(body, "problems", "Parse problems"), "problems", "Line", "Severity", "Message");
        for (Problem p : report.dump().problems()) {
            Element row = rows.appendElement("tr");
            cell(row, Integer.toString(p.line()));
            cell(row, p.severity());
            cell(row, p.message());
        }
    }

    private static void provenance(Element body, String generatedAt, TriageReport.Producer producer,
            TriageReport.IndexSummary index) {
        Element footer = body.appendElement("footer").id("provenance");
        footer.appendElement("p").text("Generated at " + generatedAt + " by " + ReportText.producer(producer) + ".");
        footer.appendElement("p").text(ReportText.index(index));
    }

    @Override
    public void index(BatchIndex index, Writer out) throws IOException {
        HtmlPage page = new HtmlPage("Triage reports: " + index.folder(), ReportText.producer(index.producer()));
        Element body = page.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("Triage reports by signature");
        header.appendElement("p").addClass("subtitle").text(index.folder());

        Element summary = section(body, "summary", "Summary").appendElement("dl").addClass("summary");
        definition(summary, "Dumps", Integer.toString(index.dumpCount()));
        definition(summary, "Signatures", Integer.toString(index.buckets().size()));
        definition(summary, "Failed", index.failures().isEmpty() ? null : Integer.toString(index.failures().size()));

        Element section = section(body, "buckets", "Signatures");
        Element rows = table(section, "buckets", "Signature", "Dumps", "Matched article", "Reports");
        for (Bucket bucket : index.buckets()) {
            Element row = rows.appendElement("tr").addClass("bucket");
            row.appendElement("td").appendElement("code").text(bucket.signature());
            cell(row, Integer.toString(bucket.count())).addClass("count");
            Element article = row.appendElement("td").addClass("article");
            if (bucket.article() == null) {
                article.addClass("muted").text("No confident match");
            } else {
                article.text(ReportText.articleLabel(bucket.article().id(), bucket.article().title())
                        + " (" + bucket.article().dumps() + " of " + bucket.count() + ")");
            }
            Element links = row.appendElement("td").appendElement("ul").addClass("reports");
            for (BucketDump dump : bucket.dumps()) {
                Element item = links.appendElement("li").addClass("report");
                item.appendElement("a").attr("href", ReportLinks.href(dump.report())).text(dump.file());
                if (dump.topArticleId() != null) {
                    item.appendText(" → " + dump.topArticleId() + (dump.confident() ? "" : " (not confident)"));
                }
            }
        }
        if (!index.failures().isEmpty()) {
            Element failed = table(section(body, "failures", "Not triaged"), "failures", "File", "Why");
            for (Failure failure : index.failures()) {
                Element row = failed.appendElement("tr");
                cell(row, failure.file());
                cell(row, failure.error());
            }
        }
        provenance(body, index.generatedAt(), index.producer(), index.index());
        out.write(page.serialize());
    }
}
