package org.kbtriage.cli;

import java.nio.file.Path;

import org.kbtriage.index.IndexLocations;

import picocli.CommandLine.Option;

/** The {@code --index DIR} option of every command that builds or reads the KB index (a picocli mixin). */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", description = "The KB index folder (default: ${user.home}/.kbtriage/index).")
    private Path dir;

    /** The folder named on the command line, else the default one. */
    Path dir() {
        return dir != null ? dir : IndexLocations.defaultIndexDir();
    }
}
