package org.kbtriage.report.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An evaluation set of the shared data (read-only): dumps and their labels. */
record EvalSet(Path folder, Map<String, List<String>> labels) {

    /** The shared data folder: the {@code kbtriage.shared} property the build sets, else {@code ../shared}. */
    static Path shared() {
        String property = System.getProperty("kbtriage.shared");
        return Path.of(property == null || property.isBlank() ? "../shared" : property);
    }

    /** Loads {@code eval/NAME} and its {@code labels.tsv}: file, then acceptable ids (source first) or NONE. */
    static EvalSet load(String name) throws IOException {
        Path folder = shared().resolve("eval").resolve(name);
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("labels.tsv"))) {
            String[] columns = line.split("\t");
            if (columns.length == 2) {
                labels.put(columns[0], "NONE".equals(columns[1]) ? List.of() : Arrays.asList(columns[1].split(",")));
            }
        }
        return new EvalSet(folder, labels);
    }

    /** The source article of a positive dump (the first acceptable id), or null for a negative. */
    String source(String file) {
        List<String> ids = labels.get(file);
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }
}
