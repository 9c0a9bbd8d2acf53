package org.kbtriage.kb.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.index.ImportReport;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbQuery;

/**
 * Imports the whole KB archive (about 60,000 articles) and searches it with the DEV search queries. Prints
 * {@code BENCH kb ...} lines: import wall and CPU time, index size, peak heap, warm search latency p50/p99;
 * asserts nothing about timings. Goals: import at most 30 s on 2 cores, search p50 5 ms, p99 20 ms.
 */
class KbIndexBenchmark {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;

    @TempDir
    Path temp;

    @Test
    void importAndSearchTheWholeArchive() throws Exception {
        Path archive = TestArticles.shared().resolve("kb/kb-articles.zip");
        Path index = temp.resolve("index");
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        HeapPeak heap = new HeapPeak();
        heap.start();
        long cpuBefore = processCpuNanos(os);
        long start = System.nanoTime();
        ImportReport report = new KbImporter(index).importSources(List.of(archive), null);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos(os) - cpuBefore) / 1e9;
        heap.interrupt();
        heap.join();
        System.out.printf("BENCH kb import: %d articles (%d skipped) in %.1f s wall, %.1f s CPU on %d cores%n",
                report.articleCount(), report.skipped(), seconds, cpuSeconds, Runtime.getRuntime().availableProcessors());
        System.out.printf("BENCH kb import: peak heap %d MB (max heap %d MB)%n", heap.peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("BENCH kb index size: %.1f MB%n", size(index) / 1e6);

        start = System.nanoTime();
        ImportReport again = new KbImporter(index).importSources(List.of(archive), null);
        System.out.printf("BENCH kb re-import unchanged: %d unchanged in %.1f s%n", again.unchanged(),
                (System.nanoTime() - start) / 1e9);

        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(TestArticles.shared().resolve("eval/search-dev.tsv"), StandardCharsets.UTF_8)) {
            queries.add(line.split("\t")[0]);
        }
        start = System.nanoTime();
        try (KbIndex kb = KbIndex.open(index)) {
            System.out.printf("BENCH kb open index: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (String query : queries) {
                    kb.search(KbQuery.of(query));
                }
            }
            long[] nanos = new long[queries.size() * MEASURED_ROUNDS];
            int i = 0;
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                for (String query : queries) {
                    long before = System.nanoTime();
                    kb.search(KbQuery.of(query));
                    nanos[i++] = System.nanoTime() - before;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("BENCH kb search warm (%d DEV queries x %d, top 10 with snippets): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    queries.size(), MEASURED_ROUNDS, nanos[nanos.length / 2] / 1e6,
                    nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
        }
    }

    private static long processCpuNanos(OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Samples the used heap every 20 ms and keeps the largest value. */
    private static final class HeapPeak extends Thread {
        volatile long peak;

        HeapPeak() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
