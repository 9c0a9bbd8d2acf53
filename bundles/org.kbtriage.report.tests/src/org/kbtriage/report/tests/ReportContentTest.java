package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.ReportWriter;
import org.kbtriage.report.content.TriageReport;
import org.kbtriage.report.content.TriageReport.FixCheck;
import org.kbtriage.report.content.TriageReport.FrameRow;

class ReportContentTest {

    private final ReportWriter writer = new ReportWriter();

    @Test
    void marksTheFramesTheTopArticleMatched() {
        TriageReport report = writer.content(Sessions.confident("a.txt"), TestContexts.fixed());
        List<FrameRow> frames = report.crashingThread().frames();
        assertEquals(List.of("Q900001"), frames.get(1).matchedBy());
        assertEquals(List.of("Q900001"), frames.get(2).matchedBy());
        assertEquals(List.of("Q900002"), frames.get(3).matchedBy());
        assertTrue(frames.get(1).confidentlyMatched());
        assertFalse(frames.get(3).confidentlyMatched(), "Q900002 is not a confident match");
        assertTrue(frames.get(5).matchedBy().isEmpty());
        assertTrue(frames.get(0).generic());
        assertFalse(frames.get(0).inSignature());
        assertTrue(frames.get(1).inSignature());
        assertEquals("JETDB!IlineSeekPageInternal+0x118", frames.get(1).display());
        assertEquals("JETDB+0x4f", frames.get(4).display());
    }

    @Test
    void anArticleFrameMarksTheDumpFrameWithTheSameModuleAndSymbol() {
        TriageSession session = Sessions.confident("a.txt");
        var article = session.getArticles().get(0);
        session.getMatches().get(0).getMatchedFrames().clear();
        session.getMatches().get(0).getMatchedFrames().add(article.getFrames().get(1));
        TriageReport report = writer.content(session, TestContexts.fixed());
        assertEquals(List.of("Q900001"), report.crashingThread().frames().get(2).matchedBy());
        assertTrue(report.crashingThread().frames().get(1).matchedBy().isEmpty());
    }

    @Test
    void aLoadedFileOlderThanTheFixIsAffected() {
        TriageReport report = writer.content(Sessions.confident("a.txt"), TestContexts.fixed());
        FixCheck check = report.matches().get(0).fixedFiles().get(0);
        assertEquals("5.5.2653.73", check.loadedVersion());
        assertEquals("AFFECTED", check.applicability());
        assertEquals("AFFECTED", report.matches().get(0).applicability());
    }

    @Test
    void aLoadedFileAtOrAboveTheFixIsFixed() {
        TriageSession session = Sessions.confident("a.txt");
        session.getDump().getModules().get(0).setFileVersion("5.5.2654.10 (SP4)");
        assertEquals("FIXED", writer.content(session, TestContexts.fixed()).matches().get(0).applicability());
        session.getDump().getModules().get(0).setFileVersion("5.6.0.1");
        assertEquals("FIXED", writer.content(session, TestContexts.fixed()).matches().get(0).applicability());
    }

    @Test
    void withoutTheLoadedVersionApplicabilityIsUnknown() {
        TriageSession session = Sessions.confident("a.txt");
        session.getDump().getModules().get(0).setFileVersion(null);
        TriageReport report = writer.content(session, TestContexts.fixed());
        assertNull(report.matches().get(0).fixedFiles().get(0).loadedVersion());
        assertEquals("UNKNOWN", report.matches().get(0).applicability());
        session.getDump().getModules().remove(0);
        assertEquals("UNKNOWN", writer.content(session, TestContexts.fixed()).matches().get(0).applicability());
    }

    @Test
    void quotesCauseResolutionAndStatusButNotSymptoms() {
        TriageReport report = writer.content(Sessions.confident("a.txt"), TestContexts.fixed());
        assertEquals(List.of("CAUSE", "RESOLUTION", "STATUS"),
                report.matches().get(0).guidance().stream().map(TriageReport.Guidance::section).toList());
    }

    @Test
    void theConclusionNamesTheConfidentTopArticleOrNone() {
        TriageReport confident = writer.content(Sessions.confident("a.txt"), TestContexts.fixed());
        assertTrue(confident.conclusion().confident());
        assertEquals("Q900001", confident.conclusion().topArticleId());
        TriageReport none = writer.content(Sessions.unconfident("a.txt"), TestContexts.fixed());
        assertFalse(none.conclusion().confident());
        assertNull(none.conclusion().topArticleId());
        assertEquals(2, none.matches().size());
    }

    @Test
    void matchesAreListedInRankOrder() {
        TriageSession session = Sessions.confident("a.txt");
        session.getMatches().move(0, 1);
        TriageReport report = writer.content(session, TestContexts.fixed());
        assertEquals(List.of("Q900001", "Q900002"), report.matches().stream().map(TriageReport.Finding::articleId).toList());
    }

    @Test
    void theReportNamesItsIndexTimeAndProduct() {
        TriageReport report = writer.content(Sessions.confident("a.txt"), TestContexts.fixed());
        assertEquals(1, report.schemaVersion());
        assertEquals("2026-03-01T10:15:30Z", report.generatedAt());
        assertEquals("1.2.3.test", report.producer().version());
        assertEquals(300, report.index().articleCount());
        assertEquals("2026-02-27T08:00:00Z", report.index().builtAt());
    }
}
