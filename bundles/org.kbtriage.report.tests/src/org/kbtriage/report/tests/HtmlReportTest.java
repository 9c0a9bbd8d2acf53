package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.ReportWriter;

class HtmlReportTest {

    @TempDir
    Path dir;

    private Document write(TriageSession session) throws IOException {
        Path out = dir.resolve("report.html");
        new ReportWriter().write(session, ReportFormat.HTML, out, TestContexts.fixed());
        return Jsoup.parse(out.toFile(), StandardCharsets.UTF_8.name());
    }

    @Test
    void hasEverySectionOfAConfidentReport() throws IOException {
        Document doc = write(Sessions.confident("crash-1.txt"));
        for (String id : List.of("summary", "verdict", "frames", "matches", "modules", "provenance")) {
            assertNotNull(doc.getElementById(id), "section #" + id);
        }
        assertNull(doc.getElementById("no-confident-match"));
        assertEquals("Triage report: /dumps/crash-1.txt", doc.title());
        String summary = doc.getElementById("summary").text();
        assertTrue(summary.contains("WINDBG_X86, MODULE_LIST"), summary);
        assertTrue(summary.contains("c0000005 Access violation at 60073d88 in JETDB"), summary);
        assertTrue(summary.contains("thread 32 (system id 189c)"), summary);
        assertEquals("jetdb!IlineSeekPageInternal | jetdb!ErrSeekPage | jetdb!ErrBTreeDown | jetdb | jetdb!ErrIsamSeek",
                doc.selectFirst("#summary code.signature").text());
        assertTrue(doc.getElementById("verdict").text().contains("Q900001: XADM: Store Stops Responding"));
    }

    @Test
    void marksMatchedFramesInTheCrashingThread() throws IOException {
        Document doc = write(Sessions.confident("crash-1.txt"));
        Elements rows = doc.select("#frames table.frames tbody tr");
        assertEquals(8, rows.size());
        Elements matched = doc.select("#frames tr.matched td.frame");
        assertEquals(List.of("JETDB!IlineSeekPageInternal+0x118", "JETDB!ErrSeekPage+0x11"), matched.eachText());
        assertTrue(rows.get(3).hasClass("candidate"), "a frame only a candidate holds is named, not highlighted");
        assertEquals("Q900002", rows.get(3).select("td").get(2).text());
        assertTrue(rows.get(0).hasClass("generic"));
    }

    @Test
    void showsWhyEachArticleMatchedAndWhetherItsFixApplies() throws IOException {
        Document doc = write(Sessions.confident("crash-1.txt"));
        Element top = doc.getElementById("match-Q900001");
        assertTrue(top.hasClass("confident"));
        assertTrue(top.text().contains("2 of the dump's distinctive frames"), top.text());
        assertEquals(List.of("JETDB!IlineSeekPageInternal+0x118", "JETDB!ErrSeekPage+0x11"), top.select("dd ul li").eachText());
        assertEquals(List.of("Frames aligned: 2 of 2", "Versions: Jetdb.dll 5.5.2653.73 is older than the fixed 5.5.2654.10"),
                top.select("dd > div").eachText(), "the explanation without the repeated reason, line by line");
        Element fixRow = top.selectFirst("table.fixed-files tbody tr");
        assertEquals(List.of("Jetdb.dll", "5.5.2654.10", "5.5.2653.73", "x86", "8/1/2000", "AFFECTED"),
                fixRow.select("td").eachText());
        assertTrue(top.select("pre.article-text").text().contains("obtain the latest service pack"));
        assertFalse(doc.getElementById("match-Q900002").hasClass("confident"));
    }

    @Test
    void saysPlainlyWhenNothingMatchesWithConfidence() throws IOException {
        Document doc = write(Sessions.unconfident("crash-2.txt"));
        Element none = doc.getElementById("no-confident-match");
        assertNotNull(none);
        assertEquals("No confident match", none.selectFirst("h2").text());
        assertNull(doc.getElementById("verdict"));
        assertEquals(2, doc.select("#matches article.match").size());
        assertEquals("Candidate articles", doc.selectFirst("#matches h2").text());
    }

    @Test
    void escapesMarkupFromTheDumpAndTheArticles() throws IOException {
        TriageSession session = Sessions.confident("<img src=x onerror=alert(1)>.txt");
        var frames = session.getDump().getThreads().get(1).getFrames();
        frames.get(3).setSymbol("<script>alert('frame')</script>");
        session.getArticles().get(0).setTitle("Crash in <script>alert(\"title\")</script> & friends");
        session.getArticles().get(0).getSections().get(2).setText("</pre><script>alert(3)</script>");
        session.getDump().getModules().get(1).setImagePath("C:\\\"><iframe src=evil>");

        Document doc = write(session);
        assertTrue(doc.select("script, iframe, img, object, embed").isEmpty(), "no active element may come from input");
        assertTrue(doc.getElementById("frames").text().contains("JETDB!<script>alert('frame')</script>+0x35d"));
        assertTrue(doc.getElementById("match-Q900001").selectFirst("h3").text()
                .contains("Crash in <script>alert(\"title\")</script> & friends"));
        assertTrue(doc.getElementById("modules").text().contains("C:\\\"><iframe src=evil>"));
        assertTrue(doc.title().contains("<img src=x onerror=alert(1)>"));
        String raw = Files.readString(dir.resolve("report.html"));
        assertFalse(raw.contains("<script"), "the raw page holds no script tag");
        assertTrue(raw.contains("&lt;script&gt;"));
    }

    @Test
    void isOneSelfContainedPageWithAPrintLayout() throws IOException {
        Document doc = write(Sessions.confident("crash-1.txt"));
        assertTrue(doc.select("link, script, img, iframe, [src]").isEmpty(), "no external asset");
        String css = doc.selectFirst("head style").data();
        assertTrue(css.contains("@media print"));
        assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
        assertEquals("html", doc.documentType().name());
        String provenance = doc.getElementById("provenance").text();
        assertTrue(provenance.contains("Generated at 2026-03-01T10:15:30Z by KB Triage Workbench 1.2.3.test"), provenance);
        assertTrue(provenance.contains("300 articles, built 2026-02-27T08:00:00Z"), provenance);
    }
}
