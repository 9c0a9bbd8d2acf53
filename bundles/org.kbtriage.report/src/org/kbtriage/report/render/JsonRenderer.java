package org.kbtriage.report.render;

import java.io.IOException;
import java.io.Writer;

import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.TriageReport;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonIOException;

/**
 * JSON reports: the content records serialized by Gson, record component names as property names.
 * Absent (null) values are left out, as the schemas allow.
 */
final class JsonRenderer implements Renderer {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    @Override
    public void report(TriageReport report, Writer out) throws IOException {
        write(report, out);
    }

    @Override
    public void index(BatchIndex index, Writer out) throws IOException {
        write(index, out);
    }

    private static void write(Object content, Writer out) throws IOException {
        try {
            GSON.toJson(content, out);
            out.write('\n');
        } catch (JsonIOException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
