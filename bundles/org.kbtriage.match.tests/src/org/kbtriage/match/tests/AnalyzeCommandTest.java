package org.kbtriage.match.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.cli.TriageCommand;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code triage analyze} end to end: an invented KB indexed, invented dumps in several layouts. */
class AnalyzeCommandTest {

    @TempDir
    static Path dir;

    private static Path index;
    private static Path dumps;

    @BeforeAll
    static void indexAndWriteDumps() throws IOException {
        index = dir.resolve("index");
        TestKb.build(dir.resolve("kb-source"), index);
        dumps = Files.createDirectories(dir.resolve("dumps"));
        Files.writeString(dumps.resolve("cache-kb.txt"), TestKb.cacheCrashWinDbg(), StandardCharsets.UTF_8);
        Files.writeString(dumps.resolve("cache-drwatson.log"), TestKb.cacheCrashDrWatson(), StandardCharsets.UTF_8);
        Files.write(dumps.resolve("cache-utf16.txt"), TestKb.utf16(TestKb.cacheCrashWinDbg()));
        Files.writeString(dumps.resolve("generic.txt"), TestKb.genericOnlyWinDbg(), StandardCharsets.UTF_8);
        Files.writeString(dumps.resolve("catalog-move.txt"), TestKb.catalogMoveWinDbg(), StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run triage(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TriageCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<JsonObject> jsonLines(String text) {
        List<JsonObject> lines = new ArrayList<>();
        text.lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(JsonParser.parseString(line).getAsJsonObject()));
        return lines;
    }

    private static JsonObject forFile(List<JsonObject> lines, String name) {
        return lines.stream().filter(o -> o.get("file").getAsString().endsWith(name)).findFirst().orElseThrow();
    }

    @Test
    void aFolderGivesOneJsonObjectPerFile() {
        Run run = triage("analyze", dumps.toString(), "--json", "--index", index.toString());

        assertEquals(0, run.exitCode(), run.err());
        List<JsonObject> lines = jsonLines(run.out());
        assertEquals(5, lines.size(), run.out());
    }

    @Test
    void theSameCrashInThreeLayoutsAndEncodingsGivesTheSameConfidentArticle() {
        List<JsonObject> lines = jsonLines(triage("analyze", dumps.toString(), "--json", "--index", index.toString()).out());

        for (String name : List.of("cache-kb.txt", "cache-drwatson.log", "cache-utf16.txt")) {
            JsonObject best = forFile(lines, name).getAsJsonArray("matches").get(0).getAsJsonObject();
            assertEquals(TestKb.CACHE_CRASH, best.get("id").getAsString(), name);
            assertTrue(best.get("confident").getAsBoolean(), name + ": " + best);
        }
    }

    @Test
    void aConfidentMatchCarriesWhyTheFixAndWhetherItApplies() {
        List<JsonObject> lines = jsonLines(triage("analyze", dumps.resolve("cache-kb.txt").toString(), "--json",
                "--index", index.toString()).out());
        JsonObject line = lines.get(0);
        JsonObject best = line.getAsJsonArray("matches").get(0).getAsJsonObject();

        assertEquals("WIDGETDB!CacheLookup+0x101", line.getAsJsonArray("frames").get(0).getAsString());
        assertEquals("Widget Server Stops Responding in CacheLookup", best.get("title").getAsString().replaceFirst("^XWID: ", ""));
        assertTrue(best.get("reason").getAsString().contains("distinctive frames of Q900101 in order at the top"), best.toString());
        assertTrue(best.getAsJsonArray("matchedFrames").toString().contains("WIDGETDB!CCatalog::Resolve+0xb"), best.toString());
        assertTrue(best.get("fix").getAsString().contains("obtain the latest service pack"), best.toString());
        assertTrue(best.get("workaround").getAsString().contains("CacheEntries"), best.toString());
        assertEquals("4.2.1234.17", best.getAsJsonArray("fixedFiles").get(0).getAsJsonObject().get("version").getAsString());
        assertEquals("AFFECTED", best.get("applicability").getAsString(), "loaded 4.2.1100.3 is older than 4.2.1234.17");
    }

    @Test
    void genericFramesGiveNoConfidentMatchAndTheReportSaysSo() {
        Run json = triage("analyze", dumps.resolve("generic.txt").toString(), "--json", "--index", index.toString());
        Run report = triage("analyze", dumps.resolve("generic.txt").toString(), "--index", index.toString());

        JsonObject line = jsonLines(json.out()).get(0);
        line.getAsJsonArray("matches").forEach(m -> assertFalse(m.getAsJsonObject().get("confident").getAsBoolean()));
        assertTrue(report.out().contains("No confident match"), report.out());
    }

    @Test
    void anArticleNamingTheCrashingFunctionInItsTextIsALeadButNotConfident() {
        JsonObject line = jsonLines(triage("analyze", dumps.resolve("catalog-move.txt").toString(), "--json", "--index",
                index.toString()).out()).get(0);
        JsonObject best = line.getAsJsonArray("matches").get(0).getAsJsonObject();

        assertEquals("Q900103", best.get("id").getAsString(), line.toString());
        assertFalse(best.get("confident").getAsBoolean());
        assertTrue(best.get("reason").getAsString().startsWith("names WIDGETDB!CatalogMove in its text"), best.toString());
    }

    @Test
    void theReportNamesTheArticleTheReasonAndTheFix() {
        Run run = triage("analyze", dumps.resolve("cache-drwatson.log").toString(), "--index", index.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Confident match: Q900101"), run.out());
        assertTrue(run.out().contains("Why: "), run.out());
        assertTrue(run.out().contains("Workaround:"), run.out());
    }

    @Test
    void aMissingIndexTellsHowToBuildIt() {
        Run run = triage("analyze", dumps.toString(), "--index", dir.resolve("no-such-index").toString());

        assertEquals(TriageCommand.EXIT_USAGE, run.exitCode());
        assertTrue(run.err().startsWith("triage: no KB index at "), run.err());
        assertTrue(run.err().contains("triage index --kb"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aMissingSkipListIsNamedBeforeAnyDumpIsRead() {
        Path rules = dir.resolve("no-such-rules.txt");

        Run run = triage("analyze", dumps.toString(), "--index", index.toString(), "--skip-list", rules.toString());

        assertEquals(TriageCommand.EXIT_USAGE, run.exitCode());
        assertEquals("triage: the skip list " + rules + " does not exist", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aBinaryFileAndAFolderWithoutFilesAreNamedWithWhatIsWrong() throws IOException {
        Path binary = Files.write(dir.resolve("core.bin"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1});
        Path emptyFolder = Files.createDirectories(dir.resolve("no-dumps-here"));

        Run run = triage("analyze", binary.toString(), emptyFolder.toString(), "--json", "--index", index.toString());

        assertEquals(1, run.exitCode());
        List<String> errors = run.err().lines().toList();
        assertEquals(List.of("triage: " + binary + ": not a text dump (binary data at byte 4)",
                "triage: " + emptyFolder + ": no files in this folder"), errors.stream().sorted().toList(), run.err());
        List<JsonObject> lines = jsonLines(run.out());
        assertTrue(forFile(lines, "core.bin").has("error"), run.out());
        assertEquals("no files in this folder", forFile(lines, "no-dumps-here").get("error").getAsString(), run.out());
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillAnalyzed() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Run run = triage("analyze", empty.toString(), dumps.resolve("cache-kb.txt").toString(),
                dir.resolve("missing.txt").toString(), "--json", "--index", index.toString());

        assertEquals(1, run.exitCode());
        List<JsonObject> lines = jsonLines(run.out());
        assertEquals(3, lines.size(), run.out());
        assertTrue(forFile(lines, "empty.txt").has("error"));
        assertTrue(forFile(lines, "missing.txt").has("error"));
        assertEquals(TestKb.CACHE_CRASH, forFile(lines, "cache-kb.txt").getAsJsonArray("matches").get(0).getAsJsonObject()
                .get("id").getAsString());
        assertTrue(run.err().contains("empty.txt"), run.err());
    }
}
