package org.kbtriage.cli;

import java.nio.file.Path;

import org.kbtriage.match.MatchResult;
import org.kbtriage.model.Dump;

/** Where {@code triage analyze} writes its answer for each file: JSON Lines or a readable report. */
interface AnalysisOutput {

    void write(Path file, Dump dump, MatchResult result);

    /** The file could not be read or parsed; {@code message} says why. */
    void failed(Path file, String message);
}
