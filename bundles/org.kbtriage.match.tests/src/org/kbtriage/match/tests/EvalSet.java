package org.kbtriage.match.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kbtriage.match.DumpMatcher;
import org.kbtriage.match.MatchResult;
import org.kbtriage.model.Dump;
import org.kbtriage.model.Match;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;

/**
 * A labelled set of dumps from {@code ../shared/eval} ({@code labels.tsv}: file, acceptable
 * article ids or NONE) and the metrics of {@code eval/score.py} over a matcher's answers.
 */
final class EvalSet {

    /** Quality figures, and per dump the wall-clock and the thread CPU time of the timed round. */
    record Metrics(int positives, int negatives, double recallAt1, double recallAt5, double mrr,
            double top1Confident, double falseConfident, List<Long> nanosPerDump, List<Long> cpuNanosPerDump) {
    }

    private final Path dir;
    private final Map<String, Set<String>> labels = new LinkedHashMap<>();

    EvalSet(Path dir) throws IOException {
        this.dir = dir;
        for (String line : Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\t");
            if (parts.length == 2 && !parts[0].equals("file")) {
                labels.put(parts[0], parts[1].equals("NONE") ? Set.of() : Set.of(parts[1].split(",")));
            }
        }
    }

    static Path shared() {
        String property = System.getProperty("kbtriage.shared");
        return Path.of(property != null ? property : "../shared").toAbsolutePath().normalize();
    }

    /** Parses every dump, matches it {@code rounds} times (the last one timed and scored). */
    Metrics run(DumpMatcher matcher, int rounds) throws IOException, DumpReadException {
        DumpParser parser = new DumpParser();
        Map<String, Dump> dumps = new LinkedHashMap<>();
        for (String file : labels.keySet()) {
            dumps.put(file, parser.parse(dir.resolve(file), null));
        }
        Map<String, List<Match>> answers = new LinkedHashMap<>();
        List<Long> nanos = new ArrayList<>();
        List<Long> cpuNanos = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Dump> entry : dumps.entrySet()) {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                MatchResult result = matcher.match(entry.getValue(), 10);
                long elapsed = System.nanoTime() - start;
                long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
                if (round == rounds - 1) {
                    nanos.add(elapsed);
                    cpuNanos.add(cpu);
                    answers.put(entry.getKey(), result.matches());
                }
            }
        }
        return score(answers, nanos, cpuNanos);
    }

    private Metrics score(Map<String, List<Match>> answers, List<Long> nanos, List<Long> cpuNanos) {
        int positives = 0;
        int negatives = 0;
        int hit1 = 0;
        int hit5 = 0;
        int confidentTop = 0;
        int falseConfident = 0;
        double reciprocal = 0;
        for (Map.Entry<String, Set<String>> label : labels.entrySet()) {
            List<Match> matches = answers.getOrDefault(label.getKey(), List.of());
            if (label.getValue().isEmpty()) {
                negatives++;
                if (matches.stream().anyMatch(Match::isConfident)) {
                    falseConfident++;
                }
                continue;
            }
            positives++;
            for (int rank = 0; rank < Math.min(10, matches.size()); rank++) {
                if (label.getValue().contains(matches.get(rank).getArticleId())) {
                    reciprocal += 1.0 / (rank + 1);
                    hit1 += rank == 0 ? 1 : 0;
                    hit5 += rank < 5 ? 1 : 0;
                    break;
                }
            }
            if (!matches.isEmpty() && matches.get(0).isConfident()) {
                confidentTop++;
            }
        }
        return new Metrics(positives, negatives, ratio(hit1, positives), ratio(hit5, positives),
                positives == 0 ? 0 : reciprocal / positives, ratio(confidentTop, positives), ratio(falseConfident, negatives),
                nanos, cpuNanos);
    }

    private static double ratio(int count, int total) {
        return total == 0 ? 0 : (double) count / total;
    }
}
