package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.ReportContext;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.ReportWriter;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class JsonReportTest {

    @TempDir
    Path dir;

    private String write(TriageSession session, ReportContext context) throws IOException {
        Path out = dir.resolve("report.json");
        new ReportWriter().write(session, ReportFormat.JSON, out, context);
        return Files.readString(out);
    }

    @Test
    void aConfidentReportValidatesAgainstTheSchema() throws IOException {
        String json = write(Sessions.confident("crash-1.txt"), TestContexts.fixed());
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.REPORT, json));
        JsonObject report = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(1, report.get("schemaVersion").getAsInt());
        assertEquals("Q900001", report.getAsJsonObject("conclusion").get("topArticleId").getAsString());
        JsonArray frames = report.getAsJsonObject("crashingThread").getAsJsonArray("frames");
        assertEquals("Q900001", frames.get(1).getAsJsonObject().getAsJsonArray("matchedBy").get(0).getAsString());
        JsonObject fix = report.getAsJsonArray("matches").get(0).getAsJsonObject().getAsJsonArray("fixedFiles").get(0)
                .getAsJsonObject();
        assertEquals("AFFECTED", fix.get("applicability").getAsString());
        assertEquals(300, report.getAsJsonObject("index").get("articleCount").getAsInt());
    }

    @Test
    void sparseReportsValidateToo() throws IOException {
        TriageSession noMatch = Sessions.unconfident("crash-2.txt");
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.REPORT, write(noMatch, TestContexts.fixed())));

        TriageSession bare = TriageFactory.eINSTANCE.createTriageSession();
        bare.setDump(TriageFactory.eINSTANCE.createDump());
        String json = write(bare, ReportContext.now());
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.REPORT, json));
        JsonObject report = JsonParser.parseString(json).getAsJsonObject();
        assertFalse(report.has("crashingThread"));
        assertFalse(report.has("index"));
        assertFalse(report.getAsJsonObject("conclusion").get("confident").getAsBoolean());
    }

    @Test
    void theSchemaCatchesAReportThatBreaksIt() throws IOException {
        JsonObject report = JsonParser.parseString(write(Sessions.confident("crash-1.txt"), TestContexts.fixed()))
                .getAsJsonObject();
        report.addProperty("schemaVersion", 2);
        report.getAsJsonArray("matches").get(0).getAsJsonObject().addProperty("applicability", "MAYBE");
        report.remove("signature");
        List<String> errors = JsonSchemas.errors(JsonSchemas.REPORT, report.toString());
        assertTrue(errors.size() >= 3, errors.toString());
    }

    @Test
    void markupInTheInputStaysPlainJsonText() throws IOException {
        TriageSession session = Sessions.confident("crash-1.txt");
        session.getArticles().get(0).setTitle("Crash in <script>alert(\"t\")</script>");
        JsonObject report = JsonParser.parseString(write(session, TestContexts.fixed())).getAsJsonObject();
        assertEquals("Crash in <script>alert(\"t\")</script>",
                report.getAsJsonArray("matches").get(0).getAsJsonObject().get("title").getAsString());
    }
}
