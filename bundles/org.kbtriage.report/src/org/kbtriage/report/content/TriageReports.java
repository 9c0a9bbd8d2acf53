package org.kbtriage.report.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kbtriage.model.Applicability;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.Module;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.IndexInfo;
import org.kbtriage.report.ReportContext;
import org.kbtriage.report.Signatures;
import org.kbtriage.report.content.TriageReport.Conclusion;
import org.kbtriage.report.content.TriageReport.DumpSummary;
import org.kbtriage.report.content.TriageReport.ExceptionSummary;
import org.kbtriage.report.content.TriageReport.Finding;
import org.kbtriage.report.content.TriageReport.FixCheck;
import org.kbtriage.report.content.TriageReport.FrameRow;
import org.kbtriage.report.content.TriageReport.Guidance;
import org.kbtriage.report.content.TriageReport.IndexSummary;
import org.kbtriage.report.content.TriageReport.ModuleRow;
import org.kbtriage.report.content.TriageReport.Problem;
import org.kbtriage.report.content.TriageReport.Producer;
import org.kbtriage.report.content.TriageReport.ThreadReport;

/** Builds the content of a report from a triage session. */
public final class TriageReports {

    /** The article sections a report quotes, in this order: what went wrong and what to do about it. */
    private static final List<String> GUIDANCE_SECTIONS = List.of("CAUSE", "RESOLUTION", "WORKAROUND", "STATUS");

    private TriageReports() {
    }

    public static TriageReport build(TriageSession session, ReportContext context) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(context, "context");
        Dump dump = session.getDump();
        if (dump == null) {
            throw new IllegalArgumentException("The triage session holds no dump to report on");
        }
        List<Match> matches = session.getMatches().stream()
                .sorted(Comparator.comparingInt(Match::getRank).thenComparing(Comparator.comparingDouble(Match::getScore).reversed()))
                .toList();
        DumpThread crashing = Signatures.crashingThread(dump).orElse(null);
        List<Finding> findings = new ArrayList<>();
        FixApplicability fixes = new FixApplicability(dump.getModules());
        for (Match match : matches) {
            findings.add(finding(match, article(session, match), fixes));
        }
        return new TriageReport(TriageReport.SCHEMA_VERSION,
                Timestamps.format(context.generatedAt()),
                new Producer(ReportContext.PRODUCT_NAME, context.productVersion()),
                indexSummary(session, context),
                dumpSummary(dump),
                Signatures.signature(crashing, context.genericFrame()),
                crashing == null ? null : threadReport(crashing, matches, context),
                conclusion(findings),
                findings,
                dump.getModules().stream().map(TriageReports::moduleRow).toList());
    }

    private static IndexSummary indexSummary(TriageSession session, ReportContext context) {
        IndexInfo info = context.index();
        String description = Frames.nonBlank(session.getIndexDescription());
        if (info == null && description == null) {
            return null;
        }
        return info == null ? new IndexSummary(null, null, null, description)
                : new IndexSummary(info.articleCount(), Timestamps.format(info.builtAt()), info.location(), description);
    }

    private static DumpSummary dumpSummary(Dump dump) {
        ExceptionRecord ex = dump.getException();
        ExceptionSummary exception = ex == null ? null
                : new ExceptionSummary(ex.getCode(), ex.getAddress(), ex.getDescription(), ex.getModule());
        List<Problem> problems = dump.getProblems().stream()
                .map(p -> new Problem(p.getLine(), p.getSeverity().getName(), p.getMessage())).toList();
        return new DumpSummary(dump.getSourceFile(), dump.getCharset(),
                dump.getSizeBytes() > 0 ? dump.getSizeBytes() : null,
                dump.getLineCount() > 0 ? dump.getLineCount() : null,
                dump.getLayouts().stream().map(l -> l.getName()).toList(),
                dump.getProcessName(), dump.getImageName(), exception, dump.getFailureBucketId(),
                dump.getAnalyzeModuleName(), dump.getBugcheckStr(), problems);
    }

    private static ThreadReport threadReport(DumpThread thread, List<Match> matches, ReportContext context) {
        Set<StackFrame> signatureFrames = identitySet(
                Signatures.signatureFrames(thread, context.genericFrame(), Signatures.DEFAULT_MAX_FRAMES));
        List<FrameRow> rows = new ArrayList<>();
        for (StackFrame frame : thread.getFrames()) {
            List<Match> matching = matches.stream().filter(m -> matchesFrame(m, frame)).toList();
            List<String> matchedBy = matching.stream().map(TriageReports::articleId).distinct().toList();
            rows.add(new FrameRow(frame.getOrdinal(), frame.getModule(), frame.getSymbol(), frame.getOffset(),
                    Frames.display(frame), frame.getInstructionAddress(), frame.getSourceFile(),
                    frame.getSourceLine() > 0 ? frame.getSourceLine() : null, frame.isInline(),
                    context.genericFrame().test(frame), signatureFrames.contains(frame), matchedBy,
                    matching.stream().anyMatch(Match::isConfident)));
        }
        return new ThreadReport(thread.getId(), thread.getSystemId(), thread.getCrashingReason(), rows);
    }

    /**
     * Whether the match names this frame: the matcher may point at the dump's own frame or at the
     * article's copy of it, so identity and module!symbol both count.
     */
    private static boolean matchesFrame(Match match, StackFrame frame) {
        String identity = Frames.identity(frame);
        for (StackFrame matched : match.getMatchedFrames()) {
            if (matched == frame || (identity != null && identity.equals(Frames.identity(matched)))) {
                return true;
            }
        }
        return false;
    }

    private static Finding finding(Match match, KbArticle article, FixApplicability fixes) {
        List<FixCheck> checks = article == null ? List.of() : article.getFixedFiles().stream().map(fixes::check).toList();
        Applicability applicability = FixApplicability.overall(checks, match.getApplicability());
        return new Finding(match.getRank(), articleId(match), article == null ? null : article.getTitle(),
                match.getScore(), match.isConfident(), match.getReason(), match.getExplanation(),
                match.getMatchedFrames().stream().map(Frames::display).distinct().toList(),
                applicability.getName(), checks, article == null ? List.of() : guidance(article));
    }

    private static List<Guidance> guidance(KbArticle article) {
        Map<String, Guidance> bySection = new LinkedHashMap<>();
        for (String wanted : GUIDANCE_SECTIONS) {
            for (ArticleSection section : article.getSections()) {
                String name = section.getName() == null ? "" : section.getName().trim().toUpperCase(Locale.ROOT);
                String text = Frames.nonBlank(section.getText());
                if (name.startsWith(wanted) && text != null && !bySection.containsKey(name)) {
                    bySection.put(name, new Guidance(section.getName().trim(), section.getText().strip()));
                }
            }
        }
        return List.copyOf(bySection.values());
    }

    private static Conclusion conclusion(List<Finding> findings) {
        return findings.stream().filter(Finding::confident).findFirst()
                .map(top -> new Conclusion(true, top.articleId(), top.title()))
                .orElse(new Conclusion(false, null, null));
    }

    private static ModuleRow moduleRow(Module m) {
        return new ModuleRow(m.getName(), m.getImageName(), m.getImagePath(), m.getStartAddress(), m.getEndAddress(),
                m.getFileVersion(), m.getProductVersion(), m.getTimestamp());
    }

    private static KbArticle article(TriageSession session, Match match) {
        if (match.getArticle() != null) {
            return match.getArticle();
        }
        String id = match.getArticleId();
        return id == null ? null
                : session.getArticles().stream().filter(a -> id.equalsIgnoreCase(a.getId())).findFirst().orElse(null);
    }

    private static String articleId(Match match) {
        if (match.getArticleId() != null && !match.getArticleId().isBlank()) {
            return match.getArticleId();
        }
        return match.getArticle() == null ? "(unknown article)" : match.getArticle().getId();
    }

    private static <T> Set<T> identitySet(List<T> items) {
        Set<T> set = Collections.newSetFromMap(new IdentityHashMap<>());
        set.addAll(items);
        return set;
    }
}
