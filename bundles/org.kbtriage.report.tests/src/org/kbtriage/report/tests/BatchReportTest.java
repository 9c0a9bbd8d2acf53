package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.BatchReport;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.BatchIndex.Bucket;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class BatchReportTest {

    @TempDir
    Path dumps;
    @TempDir
    Path out;

    /** What the fake triage makes of each dump file. */
    private final Map<String, Supplier<TriageSession>> sessions = Map.of(
            "a1.txt", () -> Sessions.confident("a1.txt"),
            "a2.txt", () -> Sessions.confident("a2.txt"),
            "a3 (copy) #1.log", () -> Sessions.unconfident("a3 (copy) #1.log"),
            "b.txt", BatchReportTest::otherCrash);

    private final BatchReport batch = new BatchReport((dump, monitor) -> {
        Supplier<TriageSession> session = sessions.get(dump.getFileName().toString());
        if (session == null) {
            throw new IOException("Not a crash dump: no stack, exception or module list found");
        }
        return session.get();
    });

    private static TriageSession otherCrash() {
        TriageSession session = Sessions.unconfident("b.txt");
        session.getDump().getThreads().get(1).getFrames().get(1).setSymbol("CloseDatabase");
        return session;
    }

    @BeforeEach
    void writeDumps() throws IOException {
        for (String name : List.of("a1.txt", "a2.txt", "a3 (copy) #1.log", "b.txt", "garbage.txt")) {
            Files.writeString(dumps.resolve(name), "dump text of " + name);
        }
        Files.writeString(dumps.resolve("notes.md"), "not a dump");
    }

    @Test
    void findsDumpTextsByExtension() throws IOException {
        assertEquals(List.of("a1.txt", "a2.txt", "a3 (copy) #1.log", "b.txt", "garbage.txt"),
                BatchReport.findDumps(dumps).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void bucketsDumpsBySignatureWithTheCommonConfidentArticle() throws IOException {
        BatchIndex index = batch.run(dumps, out, ReportFormat.JSON, TestContexts.fixed(), new NullProgressMonitor()).index();
        assertEquals(5, index.dumpCount());
        assertEquals(2, index.buckets().size());
        Bucket big = index.buckets().get(0);
        assertEquals(3, big.count());
        assertTrue(big.signature().startsWith("jetdb!IlineSeekPageInternal | jetdb!ErrSeekPage"), big.signature());
        assertEquals("Q900001", big.article().id());
        assertEquals(2, big.article().dumps());
        Bucket small = index.buckets().get(1);
        assertEquals(1, small.count());
        assertTrue(small.signature().startsWith("jetdb!CloseDatabase"), small.signature());
        assertNull(small.article(), "no confident match in this bucket");
        assertEquals(List.of(new BatchIndex.Failure("garbage.txt", "Not a crash dump: no stack, exception or module list found")),
                index.failures());
    }

    @Test
    void theHtmlIndexLinksToEveryWrittenReport() throws IOException {
        Path indexFile = batch.run(dumps, out, ReportFormat.HTML, TestContexts.fixed(), null).indexFile();
        assertEquals(out.resolve("index.html"), indexFile);
        Document doc = Jsoup.parse(indexFile.toFile(), StandardCharsets.UTF_8.name());
        List<Element> links = doc.select("#buckets a[href]");
        assertEquals(4, links.size());
        for (Element link : links) {
            Path target = Path.of(out.toUri().resolve(URI.create(link.attr("href"))));
            assertTrue(Files.isRegularFile(target), link.attr("href") + " resolves to " + target);
            Document report = Jsoup.parse(target.toFile(), StandardCharsets.UTF_8.name());
            assertTrue(report.title().endsWith(link.text()), report.title() + " is the report of " + link.text());
        }
        assertEquals("3", doc.selectFirst("#buckets tr.bucket td.count").text());
        assertTrue(doc.selectFirst("#buckets tr.bucket td.article").text().startsWith("Q900001"));
        assertTrue(doc.getElementById("failures").text().contains("garbage.txt"));
    }

    @Test
    void theMarkdownIndexLinksToEveryWrittenReport() throws IOException {
        Path indexFile = batch.run(dumps, out, ReportFormat.MARKDOWN, TestContexts.fixed(), null).indexFile();
        String md = Files.readString(indexFile);
        Matcher links = Pattern.compile("\\]\\(([^)\\s]+)\\)").matcher(md);
        int count = 0;
        while (links.find()) {
            Path target = Path.of(out.toUri().resolve(URI.create(links.group(1))));
            assertTrue(Files.isRegularFile(target), links.group(1));
            count++;
        }
        assertEquals(4, count);
        assertTrue(md.contains("| Signature | Dumps | Matched article | Reports |"));
    }

    @Test
    void theJsonIndexValidatesAndNamesTheReports() throws IOException {
        Path indexFile = batch.run(dumps, out, ReportFormat.JSON, TestContexts.fixed(), null).indexFile();
        String json = Files.readString(indexFile);
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.BATCH, json));
        JsonObject index = JsonParser.parseString(json).getAsJsonObject();
        for (var bucket : index.getAsJsonArray("buckets")) {
            for (var dump : bucket.getAsJsonObject().getAsJsonArray("dumps")) {
                Path report = out.resolve(dump.getAsJsonObject().get("report").getAsString());
                assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.REPORT, Files.readString(report)), report.toString());
            }
        }
    }
}
