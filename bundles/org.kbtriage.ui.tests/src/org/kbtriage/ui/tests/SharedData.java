package org.kbtriage.ui.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The read-only evaluation data and KB sample in shared/ (system property kbtriage.shared, else ../shared). */
final class SharedData {

    /** One line of a labels.tsv: a dump and the ids of the articles that explain it (empty: none does). */
    record Label(Path dump, List<String> acceptable) {
        boolean positive() {
            return !acceptable.isEmpty();
        }
    }

    private SharedData() {
    }

    static Path root() {
        String configured = System.getProperty("kbtriage.shared");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "shared");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("shared data not found at " + root.toAbsolutePath()
                    + " (set -Dkbtriage.shared)");
        }
        return root;
    }

    static Path kbSample() {
        return root().resolve("kb/sample");
    }

    static List<Label> devLabels() throws IOException {
        Path folder = root().resolve("eval/stacks-dev");
        List<Label> labels = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("labels.tsv"))) {
            String[] cells = line.split("\t");
            if (cells.length < 2) {
                continue;
            }
            List<String> ids = "NONE".equals(cells[1].strip()) ? List.of() : Arrays.asList(cells[1].strip().split(","));
            labels.add(new Label(folder.resolve(cells[0].strip()), ids));
        }
        return labels;
    }

    /** The first positive dump whose file starts (or not) with a UTF-16LE byte-order mark. */
    static Label firstPositive(boolean utf16) throws IOException {
        for (Label label : devLabels()) {
            if (label.positive() && startsWithUtf16Bom(label.dump()) == utf16) {
                return label;
            }
        }
        throw new IllegalStateException("no positive dev dump with utf16=" + utf16);
    }

    static Optional<Label> firstNegative() throws IOException {
        return devLabels().stream().filter(l -> !l.positive()).findFirst();
    }

    private static boolean startsWithUtf16Bom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe;
        }
    }
}
