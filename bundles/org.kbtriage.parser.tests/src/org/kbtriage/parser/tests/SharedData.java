package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the read-only shared data (eval sets, KB sample) through the {@code kbtriage.shared} property. */
final class SharedData {

    private SharedData() {
    }

    static Path root() {
        String property = System.getProperty("kbtriage.shared");
        Path root = property != null ? Path.of(property) : Path.of("..", "shared");
        assertTrue(Files.isDirectory(root.resolve("eval")), "shared data not found at " + root.toAbsolutePath());
        return root;
    }
}
