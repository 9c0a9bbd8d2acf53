package org.kbtriage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.kbtriage.match.MatchResult;
import org.kbtriage.model.Dump;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * JSON Lines: one object per file, {@code file}, {@code frames} (the crashing thread), {@code matches}
 * (best first: {@code id, title, score, confident, reason, matchedFrames, fix, workaround,
 * fixedFiles, applicability}) and {@code verdict}; a file that could not be read gets {@code error}.
 */
final class JsonAnalysisOutput implements AnalysisOutput {

    private final PrintWriter out;
    private final Gson gson;

    JsonAnalysisOutput(PrintWriter out, Gson gson) {
        this.out = out;
        this.gson = gson;
    }

    @Override
    public void write(Path file, Dump dump, MatchResult result) {
        JsonObject line = new JsonObject();
        line.addProperty("file", file.toString());
        JsonArray frames = new JsonArray();
        for (StackFrame frame : result.crashingFrames()) {
            frames.add(MatchView.frameText(frame));
        }
        line.add("frames", frames);
        JsonArray matches = new JsonArray();
        for (Match match : result.matches()) {
            matches.add(toJson(MatchView.of(match)));
        }
        line.add("matches", matches);
        line.addProperty("confident", result.confident());
        line.addProperty("verdict", result.verdict());
        out.println(gson.toJson(line));
    }

    @Override
    public void failed(Path file, String message) {
        JsonObject line = new JsonObject();
        line.addProperty("file", file.toString());
        line.addProperty("error", message);
        line.add("matches", new JsonArray());
        out.println(gson.toJson(line));
    }

    private static JsonObject toJson(MatchView view) {
        JsonObject match = new JsonObject();
        match.addProperty("id", view.id());
        match.addProperty("title", view.title());
        match.addProperty("score", view.score());
        match.addProperty("confident", view.confident());
        match.addProperty("reason", view.reason());
        JsonArray matched = new JsonArray();
        view.matchedFrames().forEach(matched::add);
        match.add("matchedFrames", matched);
        match.addProperty("fix", view.fix());
        match.addProperty("workaround", view.workaround());
        JsonArray fixedFiles = new JsonArray();
        for (FixedFile file : view.fixedFiles()) {
            JsonObject fixed = new JsonObject();
            fixed.addProperty("fileName", file.getFileName());
            fixed.addProperty("version", file.getVersion());
            fixed.addProperty("platform", file.getPlatform());
            fixedFiles.add(fixed);
        }
        match.add("fixedFiles", fixedFiles);
        match.addProperty("applicability", view.applicability());
        return match;
    }
}
