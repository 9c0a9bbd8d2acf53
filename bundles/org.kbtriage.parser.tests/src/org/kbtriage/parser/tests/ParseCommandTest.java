package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.cli.TriageCommand;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code triage parse}: JSON Lines per file, a readable summary, and bad files reported without stack traces. */
class ParseCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TriageCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsOneJsonObjectPerFileAndAnErrorObjectForABadOne() throws Exception {
        String text = Fixtures.text("windbg-x86.txt");
        Path good = Files.writeString(folder.resolve("ordsvc.txt"), text);
        Path binary = Files.write(folder.resolve("crash.dmp"), new byte[] {'M', 'D', 'M', 'P', 0, 0, 1, 2});

        int exit = run("parse", "--json", good.toString(), binary.toString());

        assertEquals(1, exit);
        assertEquals("", err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(2, lines.size(), out::toString);
        JsonObject dump = JsonParser.parseString(lines.get(0)).getAsJsonObject();
        assertEquals(good.toString(), dump.get("file").getAsString());
        assertEquals("UTF-8", dump.get("charset").getAsString());
        assertEquals("WINDBG_X86", dump.getAsJsonArray("layouts").get(0).getAsString());
        JsonObject exception = dump.getAsJsonObject("exception");
        assertEquals("c0000005", exception.get("code").getAsString());
        assertEquals("00401a2f", exception.get("address").getAsString());
        assertEquals("Access violation", exception.get("description").getAsString());
        JsonObject crashing = dump.getAsJsonArray("threads").get(0).getAsJsonObject();
        assertTrue(crashing.get("crashing").getAsBoolean());
        assertEquals("0", crashing.get("id").getAsString());
        JsonObject top = crashing.getAsJsonArray("frames").get(0).getAsJsonObject();
        assertEquals("ORDSVC", top.get("module").getAsString());
        assertEquals("COrderQueue::Pop", top.get("symbol").getAsString());
        assertEquals("0x1f", top.get("offset").getAsString());
        assertEquals("ordsvc!corderqueue::pop", top.get("key").getAsString());
        int start = top.get("start").getAsInt();
        assertEquals("ORDSVC!COrderQueue::Pop+0x1f", text.substring(start, top.get("end").getAsInt()));
        assertEquals(Fixtures.lineOf(text, start), top.get("line").getAsInt());
        JsonObject raw = crashing.getAsJsonArray("frames").get(3).getAsJsonObject();
        assertTrue(raw.get("module").isJsonNull());
        assertTrue(dump.getAsJsonArray("modules").isEmpty());
        assertTrue(dump.getAsJsonArray("problems").isEmpty());

        JsonObject bad = JsonParser.parseString(lines.get(1)).getAsJsonObject();
        assertEquals(binary.toString(), bad.get("file").getAsString());
        assertEquals(binary + ": not a text dump (binary data at byte 4)", bad.get("error").getAsString());
        assertFalse(bad.has("threads"));
    }

    @Test
    void jsonCarriesModulesWithVersionsAndProblems() throws Exception {
        Path lmv = Files.writeString(folder.resolve("lmv.txt"), Fixtures.text("lmv.txt"));
        assertEquals(0, run("parse", "--json", lmv.toString()));
        JsonObject dump = JsonParser.parseString(out.toString().strip()).getAsJsonObject();
        assertTrue(dump.get("exception").isJsonNull());
        JsonObject smtpx = dump.getAsJsonArray("modules").get(1).getAsJsonObject();
        assertEquals("smtpx", smtpx.get("name").getAsString());
        assertEquals("smtpx.dll", smtpx.get("imageName").getAsString());
        assertEquals("2.4.1187.3", smtpx.get("fileVersion").getAsString());
        assertEquals("2.4.0.0", smtpx.get("productVersion").getAsString());
        JsonArray problems = dump.getAsJsonArray("problems");
        assertEquals("no stack found", problems.get(0).getAsJsonObject().get("message").getAsString());
        assertEquals("WARNING", problems.get(0).getAsJsonObject().get("severity").getAsString());
    }

    @Test
    void summaryShowsTheCrashingThreadsFrames() throws Exception {
        Path file = Files.writeString(folder.resolve("drwtsn32.log"), Fixtures.text("drwatson.txt"));
        assertEquals(0, run("parse", file.toString()));
        String summary = out.toString();
        assertTrue(summary.contains("crashing thread 2c4 (state dump with FAULT ->):"), summary);
        assertTrue(summary.contains("zebradrv!ZplEncodeBarcode+0x42"), summary);
        assertTrue(summary.contains("exception c0000005 access violation at 10002d02 in zebradrv"), summary);
        assertTrue(summary.contains("INFO: 2 crashes in this log; showing the last"), summary);
    }

    @Test
    void aMissingFileIsOneLineOnStandardError() {
        Path missing = folder.resolve("missing.txt");
        assertEquals(1, run("parse", missing.toString()));
        assertEquals("triage: " + missing + ": no such file", err.toString().strip());
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, run("parse"));
        assertTrue(err.toString().contains("FILE"), err::toString);
    }
}
