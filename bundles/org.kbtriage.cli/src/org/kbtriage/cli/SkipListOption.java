package org.kbtriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.kbtriage.match.frames.SkipList;

import picocli.CommandLine.Option;

/** The {@code --skip-list FILE} option of the commands that match dumps (a picocli mixin): the default rules plus the user's. */
final class SkipListOption {

    @Option(names = "--skip-list", paramLabel = "FILE",
            description = "Extra generic-frame rules, one regular expression per line over module!function; "
                    + "a line -RULE removes a default rule. Used for matching and for crash signatures.")
    private Path file;

    /**
     * The default skip list with the rules of the file given (if any) applied, or empty after one
     * {@code triage: ...} line on {@code err} when the file cannot be used.
     */
    Optional<SkipList> load(PrintWriter err) {
        try {
            return Optional.of(file == null ? SkipList.defaults() : SkipList.defaults().withOverrides(file));
        } catch (NoSuchFileException e) {
            err.println("triage: the skip list " + file + " does not exist");
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            err.println("triage: cannot use the skip list " + file + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
