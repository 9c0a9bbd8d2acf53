package org.kbtriage.match.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;
import org.kbtriage.match.DumpMatcher;

/**
 * Matching quality and latency on the DEV sets: indexes the KB sample (or, with
 * {@code -Dkbtriage.bench.kb=full}, the whole archive), then matches {@code stacks-dev} and
 * {@code stacks-hard-dev}; prints {@code BENCH} lines (warm latency per dump, p50 and p99, and the
 * metrics of {@code eval/score.py}). Never asserts: the figures are for people.
 */
class MatchBenchmark {

    private static final int ROUNDS = 20;

    @Test
    void matchDevSets() throws Exception {
        Path shared = EvalSet.shared();
        boolean full = "full".equals(System.getProperty("kbtriage.bench.kb"));
        Path kb = full ? shared.resolve("kb/kb-articles.zip") : shared.resolve("kb/sample");
        Path indexDir = Files.createTempDirectory("kbidx-bench");
        long start = System.nanoTime();
        new KbImporter(indexDir).importSources(List.of(kb), null);
        print("index", (full ? "full archive" : "sample") + " built in " + millis(System.nanoTime() - start) + " ms");
        try (KbIndex index = KbIndex.open(indexDir)) {
            start = System.nanoTime();
            DumpMatcher matcher = new DumpMatcher(index);
            print("matcher", matcher.articleCount() + " articles with stacks loaded in " + millis(System.nanoTime() - start) + " ms");
            List<Long> all = new ArrayList<>();
            List<Long> cpu = new ArrayList<>();
            for (String set : List.of("stacks-dev", "stacks-hard-dev")) {
                EvalSet.Metrics m = new EvalSet(shared.resolve("eval").resolve(set)).run(matcher, ROUNDS);
                print(set, String.format(Locale.ROOT,
                        "positives %d negatives %d R@1 %.3f R@5 %.3f MRR %.3f top1-confident %.3f false-confident %.3f",
                        m.positives(), m.negatives(), m.recallAt1(), m.recallAt5(), m.mrr(), m.top1Confident(),
                        m.falseConfident()));
                all.addAll(m.nanosPerDump());
                cpu.addAll(m.cpuNanosPerDump());
            }
            print("analyze-latency", percentiles("warm wall-clock per dump", all));
            print("analyze-cpu", percentiles("warm thread CPU time per dump (not disturbed by other processes)", cpu));
        }
    }

    private static String percentiles(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "%s over %d dumps: p50 %.3f ms, p99 %.3f ms, max %.3f ms", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static void print(String name, String text) {
        System.out.println("BENCH match." + name + " " + text);
    }
}
