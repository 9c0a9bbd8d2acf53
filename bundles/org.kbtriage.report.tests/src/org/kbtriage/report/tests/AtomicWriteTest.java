package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.ReportWriter;
import org.kbtriage.report.io.AtomicFiles;

class AtomicWriteTest {

    @TempDir
    Path dir;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriterFailingMidWayLeavesTheOldFileIntact() throws IOException {
        Path report = dir.resolve("report.html");
        Files.writeString(report, "the old report");
        IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(report, out -> {
            out.write("<html><body>half of a new rep".repeat(2000));
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the old report", Files.readString(report));
        assertEquals(List.of("report.html"), files(), "no temporary file is left behind");
    }

    @Test
    void aReportThatCannotBeWrittenLeavesTheOldReportIntact() throws IOException {
        Path report = dir.resolve("report.md");
        Files.writeString(report, "the old report");
        TriageSession broken = Sessions.confident("crash-1.txt");
        broken.setDump(null);
        assertThrows(IllegalArgumentException.class,
                () -> new ReportWriter().write(broken, ReportFormat.MARKDOWN, report, TestContexts.fixed()));
        assertEquals("the old report", Files.readString(report));
        assertEquals(List.of("report.md"), files());
    }

    @Test
    void aSuccessfulWriteReplacesTheWholeFile() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "x".repeat(100_000));
        new ReportWriter().write(Sessions.confident("crash-1.txt"), ReportFormat.JSON, report, TestContexts.fixed());
        String json = Files.readString(report);
        assertTrue(json.startsWith("{") && json.strip().endsWith("}"), "the new report, and nothing of the old");
        assertEquals(List.of("report.json"), files());
    }

    @Test
    void refusesToReplaceAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("taken.html"));
        IOException e = assertThrows(IOException.class,
                () -> new ReportWriter().write(Sessions.confident("a.txt"), ReportFormat.HTML, folder, TestContexts.fixed()));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }
}
