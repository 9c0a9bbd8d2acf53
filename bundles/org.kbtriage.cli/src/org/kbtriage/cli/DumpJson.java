package org.kbtriage.cli;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.Module;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.StackFrame;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** The JSON form of a parsed dump that {@code triage parse --json} prints, one object per file. */
final class DumpJson {

    private DumpJson() {
    }

    static JsonObject of(String file, Dump dump) {
        JsonObject json = new JsonObject();
        json.addProperty("file", file);
        json.addProperty("charset", dump.getCharset());
        JsonArray layouts = new JsonArray();
        for (DumpLayout layout : dump.getLayouts()) {
            layouts.add(layout.getLiteral());
        }
        json.add("layouts", layouts);
        json.add("exception", exception(dump.getException()));
        addIfSet(json, "processName", dump.getProcessName());
        addIfSet(json, "failureBucketId", dump.getFailureBucketId());
        addIfSet(json, "analyzeModuleName", dump.getAnalyzeModuleName());
        addIfSet(json, "imageName", dump.getImageName());
        addIfSet(json, "bugcheckStr", dump.getBugcheckStr());
        JsonArray threads = new JsonArray();
        for (DumpThread thread : dump.getThreads()) {
            threads.add(thread(thread));
        }
        json.add("threads", threads);
        JsonArray modules = new JsonArray();
        for (Module module : dump.getModules()) {
            modules.add(module(module));
        }
        json.add("modules", modules);
        JsonArray problems = new JsonArray();
        for (ParseProblem problem : dump.getProblems()) {
            JsonObject p = new JsonObject();
            p.addProperty("line", problem.getLine());
            p.addProperty("message", problem.getMessage());
            p.addProperty("severity", problem.getSeverity().getLiteral());
            problems.add(p);
        }
        json.add("problems", problems);
        return json;
    }

    static JsonObject error(String file, String message) {
        JsonObject json = new JsonObject();
        json.addProperty("file", file);
        json.addProperty("error", message);
        return json;
    }

    private static JsonObject thread(DumpThread thread) {
        JsonObject json = new JsonObject();
        json.addProperty("id", thread.getId());
        json.addProperty("systemId", thread.getSystemId());
        json.addProperty("crashing", thread.isCrashing());
        if (thread.isCrashing()) {
            json.addProperty("reason", thread.getCrashingReason());
        }
        JsonArray frames = new JsonArray();
        for (StackFrame frame : thread.getFrames()) {
            JsonObject f = new JsonObject();
            f.addProperty("module", frame.getModule());
            f.addProperty("symbol", frame.getSymbol());
            f.addProperty("offset", frame.getOffset());
            f.addProperty("key", frame.getKey());
            f.addProperty("line", frame.getLine());
            f.addProperty("start", frame.getStartOffset());
            f.addProperty("end", frame.getEndOffset());
            if (frame.isInline()) {
                f.addProperty("inline", true);
            }
            frames.add(f);
        }
        json.add("frames", frames);
        return json;
    }

    private static JsonObject module(Module module) {
        JsonObject json = new JsonObject();
        json.addProperty("name", module.getName());
        json.addProperty("imageName", module.getImageName());
        json.addProperty("fileVersion", module.getFileVersion());
        json.addProperty("productVersion", module.getProductVersion());
        json.addProperty("timestamp", module.getTimestamp());
        json.addProperty("imagePath", module.getImagePath());
        json.addProperty("start", module.getStartAddress());
        json.addProperty("end", module.getEndAddress());
        return json;
    }

    private static com.google.gson.JsonElement exception(ExceptionRecord record) {
        if (record == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject json = new JsonObject();
        json.addProperty("code", record.getCode());
        json.addProperty("address", record.getAddress());
        json.addProperty("description", record.getDescription());
        json.addProperty("module", record.getModule());
        return json;
    }

    private static void addIfSet(JsonObject json, String name, String value) {
        if (value != null) {
            json.addProperty(name, value);
        }
    }
}
