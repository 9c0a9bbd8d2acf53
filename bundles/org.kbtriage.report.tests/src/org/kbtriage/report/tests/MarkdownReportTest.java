package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.ReportWriter;

class MarkdownReportTest {

    /** A cell separator: a pipe not escaped by a backslash. */
    private static final Pattern CELL_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private static String render(TriageSession session) {
        return new ReportWriter().render(session, ReportFormat.MARKDOWN, TestContexts.fixed());
    }

    /** The lines of the GFM table that follows the given heading line. */
    private static List<String> tableAfter(String markdown, String heading) {
        List<String> lines = markdown.lines().toList();
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "heading " + heading);
        List<String> table = new ArrayList<>();
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("|")) {
                table.add(line);
            } else if (!table.isEmpty()) {
                break;
            }
        }
        return table;
    }

    private static int cells(String row) {
        return CELL_PIPE.split(row, -1).length - 2;
    }

    @Test
    void rendersTheCrashingThreadAsAGfmTable() {
        String md = render(Sessions.confident("crash-1.txt"));
        List<String> table = tableAfter(md, "## Crashing thread");
        assertEquals("| # | Frame | Matched by | Note |", table.get(0));
        assertEquals("| --- | --- | --- | --- |", table.get(1));
        assertEquals(2 + 8, table.size());
        assertEquals("| 1 | **`JETDB!IlineSeekPageInternal+0x118`** | Q900001 | signature |", table.get(3));
        assertEquals("| 0 | `ntdll!RtlpWaitForCriticalSection+0x9e` |   | generic |", table.get(2));
        table.forEach(row -> assertEquals(4, cells(row), row));
    }

    @Test
    void hasTheSectionsOfAReport() {
        String md = render(Sessions.confident("crash-1.txt"));
        for (String heading : List.of("# Triage report: /dumps/crash-1.txt", "## Summary", "## Verdict",
                "## Crashing thread", "## Matched articles", "## Modules")) {
            assertTrue(md.lines().anyMatch(heading::equals), heading);
        }
        assertTrue(md.contains("- **Signature:** `jetdb!IlineSeekPageInternal | jetdb!ErrSeekPage"), md);
        assertTrue(md.contains("_Generated at 2026-03-01T10:15:30Z by KB Triage Workbench 1.2.3.test._"), md);
        List<String> fixes = tableAfter(md, "**Fixed file versions**");
        assertEquals("| Jetdb.dll | 5.5.2654.10 | 5.5.2653.73 | x86 | 8/1/2000 | AFFECTED |", fixes.get(2));
        assertTrue(md.contains("```text\nTo resolve this problem"), md);
        assertTrue(md.contains("- **Details:**\n  - Frames aligned: 2 of 2\n  - Versions: Jetdb.dll"), md);
    }

    @Test
    void saysPlainlyWhenNothingMatchesWithConfidence() {
        String md = render(Sessions.unconfident("crash-1.txt"));
        assertTrue(md.lines().anyMatch("## No confident match"::equals));
        assertFalse(md.contains("## Verdict"));
        assertFalse(md.contains("**`"), "no frame is highlighted without a confident match");
        assertTrue(md.contains("| 1 | `JETDB!IlineSeekPageInternal+0x118` | Q900001 | signature |"), md);
    }

    @Test
    void escapesPipesBackticksAndMarkupInCells() {
        TriageSession session = Sessions.confident("crash-1.txt");
        var frames = session.getDump().getThreads().get(1).getFrames();
        frames.get(3).setSymbol("operator|(`a`, *b*)");
        session.getDump().getModules().get(0).setImagePath("C:\\a|b\\<script>x</script>_y_.dll");
        session.getArticles().get(0).getSections().get(2).setText("```\nfenced | text\n```");
        session.getArticles().get(0).setTitle("1. Q900001: # not a heading");
        session.getMatches().get(0).setExplanation("- not a list\n2) nor this\n+ nor that");
        String md = render(session);

        List<String> frameTable = tableAfter(md, "## Crashing thread");
        frameTable.forEach(row -> assertEquals(4, cells(row), row));
        assertTrue(frameTable.get(5).contains("``JETDB!operator\\|(`a`, *b*)+0x35d``"), frameTable.get(5));

        List<String> modules = tableAfter(md, "## Modules");
        modules.forEach(row -> assertEquals(7, cells(row), row));
        assertTrue(modules.get(2).contains("C:\\\\a\\|b\\\\\\<script\\>x\\</script\\>\\_y\\_.dll"), modules.get(2));

        assertTrue(md.contains("````text\n```\nfenced | text\n```\n````"), "a longer fence keeps the article's fence literal");
        assertTrue(md.contains("### 1. Q900001: 1. Q900001: \\# not a heading\n"), md);
        assertTrue(md.contains("  - \\- not a list\n  - 2\\) nor this\n  - \\+ nor that\n"), md);
    }
}
