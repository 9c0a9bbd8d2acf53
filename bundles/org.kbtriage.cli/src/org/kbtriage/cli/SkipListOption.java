package org.kbtriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.kbtriage.match.frames.SkipList;

/** The {@code --skip-list FILE} option of the commands that match dumps: the default rules plus the user's. */
final class SkipListOption {

    private SkipListOption() {
    }

    /**
     * The default skip list with the rules of {@code file} (may be null) applied, or empty after one
     * {@code triage: ...} line on {@code err} when the file cannot be used.
     */
    static Optional<SkipList> load(Path file, PrintWriter err) {
        try {
            return Optional.of(file == null ? SkipList.defaults() : SkipList.defaults().withOverrides(file));
        } catch (IOException | IllegalArgumentException e) {
            err.println("triage: cannot use the skip list " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
