package org.kbtriage.report.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.kbtriage.index.KbImporter;

/**
 * A KB index of the shared 300-article sample ({@code kb/sample}, which holds every article the
 * stacks-dev set is labelled with), built once per test run the way {@code triage index} builds it
 * (the dump parser finds the articles' printed stacks), and removed when the run ends.
 */
final class SampleIndex {

    private static Path dir;

    private SampleIndex() {
    }

    static synchronized Path dir() throws IOException {
        if (dir == null) {
            Path built = Files.createTempDirectory("kbtriage-sample-index");
            new KbImporter(built).importSources(List.of(EvalSet.shared().resolve("kb/sample")), null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(built)));
            dir = built;
        }
        return dir;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
