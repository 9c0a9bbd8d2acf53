package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code triage report} end to end: the real parser, matcher and an index of the KB sample. */
class ReportCommandTest {

    private static EvalSet set;
    private static Path index;

    @TempDir
    Path out;

    @BeforeAll
    static void buildIndex() throws IOException {
        set = EvalSet.load("stacks-dev");
        index = SampleIndex.dir();
    }

    /** A positive dump of the set: its file and its source article. */
    private static String positive(int n) {
        return set.labels().keySet().stream().filter(f -> set.source(f) != null).skip(n).findFirst().orElseThrow();
    }

    private static String negative() {
        return set.labels().keySet().stream().filter(f -> set.source(f) == null).findFirst().orElseThrow();
    }

    @Test
    void writesTheHtmlReportOfADumpWithItsMatchedArticle() throws IOException {
        String file = positive(0);
        Path report = out.resolve("report.html");
        Cli cli = Cli.run("report", set.folder().resolve(file), "--out", report, "--index", index);
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("Wrote " + report), cli.out());
        Document doc = Jsoup.parse(report.toFile(), StandardCharsets.UTF_8.name());
        String source = set.source(file);
        assertNotNull(doc.getElementById("match-" + source), "the source article " + source + " is among the matches");
        assertFalse(doc.select("#frames tr.matched").isEmpty(), "matched frames are marked");
        assertTrue(doc.getElementById("provenance").text().matches(".*KB index: \\d+ articles, built \\d{4}-.*"),
                doc.getElementById("provenance").text());
    }

    @Test
    void printsMarkdownToStandardOutputAndSaysWhenNothingMatches() {
        Cli cli = Cli.run("report", set.folder().resolve(negative()), "--format", "md", "--index", index);
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("# Triage report: "), cli.out());
        assertTrue(cli.out().lines().anyMatch("## No confident match"::equals), cli.out());
    }

    @Test
    void takesTheFormatFromTheOutputFileName() throws IOException {
        Path report = out.resolve("report.json");
        Cli cli = Cli.run("report", set.folder().resolve(positive(1)), "--out", report, "--index", index, "--top", "2");
        assertEquals(0, cli.exitCode(), cli.err());
        String json = Files.readString(report);
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.REPORT, json));
        JsonObject parsed = JsonParser.parseString(json).getAsJsonObject();
        assertTrue(parsed.getAsJsonArray("matches").size() <= 2);
        assertTrue(parsed.getAsJsonObject("index").get("articleCount").getAsInt() >= 300);
    }

    @Test
    void aSkipListOfTheUsersMovesTheSignaturePastTheFramesItCallsGeneric() throws IOException {
        Path dump = set.folder().resolve(positive(0));
        Path plain = out.resolve("plain.json");
        assertEquals(0, Cli.run("report", dump, "--out", plain, "--index", index).exitCode());
        List<String> frames = List.of(JsonParser.parseString(Files.readString(plain)).getAsJsonObject()
                .get("signature").getAsString().split(" \\| "));

        Path rules = Files.writeString(out.resolve("skip.txt"), "(?i)" + Pattern.quote(frames.get(0)) + "\n");
        Path skipped = out.resolve("skipped.json");
        Cli cli = Cli.run("report", dump, "--out", skipped, "--index", index, "--skip-list", rules);
        assertEquals(0, cli.exitCode(), cli.err());
        String signature = JsonParser.parseString(Files.readString(skipped)).getAsJsonObject().get("signature").getAsString();
        assertTrue(signature.startsWith(frames.get(1) + " | "), frames.get(0) + " is generic now: " + signature);

        Path broken = Files.writeString(out.resolve("broken.txt"), "(unclosed\n");
        assertUsage(Cli.run("report", dump, "--index", index, "--skip-list", broken), "cannot use the skip list");
    }

    @Test
    void reportsAFolderAndListsWhatCouldNotBeRead() throws IOException {
        Path dumps = Files.createDirectory(out.resolve("dumps"));
        String a = positive(0);
        for (String file : List.of(a, positive(1), negative())) {
            Files.copy(set.folder().resolve(file), dumps.resolve(file));
        }
        Files.write(dumps.resolve("empty.txt"), new byte[0]);
        Path reports = out.resolve("reports");
        Cli cli = Cli.run("report", dumps, "--out", reports, "--format", "md", "--index", index);
        assertEquals(1, cli.exitCode(), "a dump could not be read");
        assertTrue(cli.err().startsWith("triage: empty.txt: "), cli.err());
        assertTrue(cli.out().startsWith("Reported 3 of 4 dumps in 3 signature buckets"), cli.out());
        assertTrue(Files.isRegularFile(reports.resolve("index.md")));
        assertTrue(Files.isRegularFile(reports.resolve(a + ".md")));
        assertTrue(Files.readString(reports.resolve("index.md")).contains("empty.txt"));
    }

    @Test
    void badUsageGetsOneClearLine() throws IOException {
        Path dump = set.folder().resolve(positive(0));
        assertUsage(Cli.run("report", out.resolve("missing.txt"), "--index", index), "no such file or folder");
        assertUsage(Cli.run("report", dump, "--format", "pdf", "--index", index), "unknown report format 'pdf'");
        assertUsage(Cli.run("report", set.folder(), "--index", index), "needs --out DIR");
        assertUsage(Cli.run("report", dump, "--top", "0", "--index", index), "--top must be at least 1");
        assertUsage(Cli.run("report", dump, "--index", out.resolve("no-index")), "no KB index at");
        Path notADump = Files.write(out.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff});
        Cli binary = Cli.run("report", notADump, "--index", index);
        assertUsage(binary, "binary.txt: not a text dump");
        assertEquals(binary.err().indexOf("binary.txt"), binary.err().lastIndexOf("binary.txt"), "named once: " + binary.err());
    }

    private static void assertUsage(Cli cli, String message) {
        assertEquals(2, cli.exitCode(), cli.err());
        assertTrue(cli.err().startsWith("triage: ") && cli.err().contains(message), cli.err());
        assertEquals(1, cli.err().lines().count(), "one line, no stack trace: " + cli.err());
    }
}
