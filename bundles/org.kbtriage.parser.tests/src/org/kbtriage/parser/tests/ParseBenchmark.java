package org.kbtriage.parser.tests;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.internal.DumpTextParser;
import org.kbtriage.parser.internal.LineReader;

/**
 * Parse throughput on one core and peak heap, on two generated logs: a {@code ~*kb} of many
 * threads (every frame is kept, so the heap grows with the frames) and a Dr. Watson log of many
 * appended crashes (only the last is kept, so the heap stays flat however long the log).
 * Prints {@code BENCH parse ...} lines (the median of several parses after a warm-up); asserts
 * nothing about timings.
 */
class ParseBenchmark {

    private static final long TARGET_BYTES = Long.getLong("kbtriage.bench.parseMegabytes", 200) << 20;
    /** A parse of a 200 MB log varies by a tenth or more from one run to the next (GC, a shared machine): take the median. */
    private static final int MEASURED_PARSES = Integer.getInteger("kbtriage.bench.parses", 5);
    private static final String[] MODULES = {"ntdll", "KERNEL32", "RPCRT4", "ORDSVC", "BILLCORE", "FAXGATE", "zebradrv",
        "inventsrv", "PRINTQ", "smtpx"};
    private static final String[] VERBS = {"Process", "Dispatch", "Commit", "Read", "Write", "Flush", "Wait", "Route", "Parse",
        "Encode"};
    private static final String[] NOUNS = {"Order", "Queue", "Batch", "Invoice", "Label", "Job", "Message", "Packet", "Stream",
        "Record"};

    @Test
    void threadListLog() throws IOException {
        Path file = folder().resolve("bench-threads.log");
        writeThreadList(file);
        measure("~*kb", file);
    }

    @Test
    void drWatsonLog() throws IOException {
        Path file = folder().resolve("bench-drwtsn32.log");
        writeDrWatson(file);
        measure("drwatson", file);
    }

    private static void measure(String name, Path file) throws IOException {
        DumpParser parser = new DumpParser();
        long bytes = Files.size(file);
        double megabytes = bytes / 1048576.0;
        try {
            parser.parse(file, null); // warm-up: JIT and page cache
            double[] cpuSeconds = new double[MEASURED_PARSES];
            double[] userSeconds = new double[MEASURED_PARSES];
            double[] wallSeconds = new double[MEASURED_PARSES];
            Dump dump = null;
            long peak = 0;
            long before = 0;
            for (int run = 0; run < MEASURED_PARSES; run++) {
                dump = null;
                System.gc();
                before = usedHeap();
                HeapSampler sampler = new HeapSampler();
                sampler.start();
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                long userStart = threads.getCurrentThreadUserTime();
                dump = parser.parse(file, null);
                cpuSeconds[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                userSeconds[run] = (threads.getCurrentThreadUserTime() - userStart) / 1e9;
                wallSeconds[run] = (System.nanoTime() - start) / 1e9;
                peak = Math.max(peak, sampler.stopAndGetPeak() - before);
            }
            long frames = dump.getThreads().stream().mapToLong(t -> t.getFrames().size()).sum();
            System.gc();
            long retained = Math.max(0, usedHeap() - before);
            Arrays.sort(cpuSeconds);
            Arrays.sort(userSeconds);
            Arrays.sort(wallSeconds);
            double cpuMedian = median(cpuSeconds);
            System.out.printf(Locale.ROOT,
                    "BENCH parse %s: %.0f MB, median of %d parses: %.2f s CPU of the parsing thread = %.0f MB/s on one core "
                            + "(fastest %.0f, slowest %.0f MB/s; %.0f MB/s wall; %.0f MB/s in user mode alone, the kernel's share "
                            + "being the file's reads and the page faults of a growing heap); %d threads, %d frames, %d lines; "
                            + "heap peak %.0f MB above the start (garbage included), retained %.0f MB (%.0f bytes/frame)%n",
                    name, megabytes, MEASURED_PARSES, cpuMedian, megabytes / cpuMedian, megabytes / cpuSeconds[0],
                    megabytes / cpuSeconds[MEASURED_PARSES - 1], megabytes / median(wallSeconds),
                    megabytes / median(userSeconds), dump.getThreads().size(),
                    frames, dump.getLineCount(), peak / 1048576.0, retained / 1048576.0,
                    frames == 0 ? 0.0 : retained / (double) frames);
            double floor = readLinesCpuSeconds(file);
            System.out.printf(Locale.ROOT,
                    "BENCH parse %s floor: reading and splitting the lines alone = %.0f MB/s on one core "
                            + "(the parse costs %.1fx that)%n", name, megabytes / floor, cpuMedian / floor);
            if (dump.getThreads().stream().noneMatch(DumpThread::isCrashing)) {
                System.out.println("BENCH parse " + name + ": no crashing thread found");
            }
        } catch (Exception e) {
            System.out.println("BENCH parse " + name + ": failed: " + e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static double median(double[] sorted) {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** CPU seconds to read the file and split it into lines (as the parser does), without parsing: the floor for any parser. */
    private static double readLinesCpuSeconds(Path file) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        try (InputStream in = Files.newInputStream(file)) {
            LineReader lines = new LineReader(in, StandardCharsets.UTF_8, DumpTextParser.MAX_PARSED_LINE + 1);
            while (lines.next()) {
                // only reading
            }
        }
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static void writeThreadList(Path file) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("0:000> ~*kb\n\n");
            long written = 0;
            for (int thread = 0; written < TARGET_BYTES; thread++) {
                StringBuilder block = new StringBuilder(2048);
                block.append(thread == 3 ? "#" : thread == 0 ? "." : " ").append(String.format("%4d  Id: 1a4.%x Suspend: 1 Teb: %08x Unfrozen%n",
                        thread, 0x100 + thread, 0x7ffd0000 - thread * 0x1000));
                block.append("ChildEBP RetAddr  Args to Child              \n");
                int frames = 8 + random.nextInt(20);
                long ebp = 0x0012f000L + random.nextInt(0x10000);
                for (int f = 0; f < frames; f++) {
                    block.append(String.format("%08x %08x %08x %08x %08x %s%n", ebp, random.nextInt() & 0x7fffffff,
                            random.nextInt() & 0xffffff, random.nextInt(0x1000), random.nextInt() & 0x7fffffff, function(random)));
                    ebp += 0x20 + random.nextInt(0x200);
                }
                block.append('\n');
                out.append(block);
                written += block.length();
            }
        }
    }

    private static void writeDrWatson(Path file) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int crash = 0; written < TARGET_BYTES; crash++) {
                StringBuilder block = new StringBuilder(8192);
                block.append("\nApplication exception occurred:\n        App: labelprn.exe (pid=").append(400 + crash % 300)
                        .append(")\n        When: 2/7/2002 @ 09:14:03.220\n        Exception number: c0000005 (access violation)\n\n");
                block.append("*----> Module List <----*\n");
                for (int m = 0; m < MODULES.length; m++) {
                    block.append(String.format("(%08x - %08x) C:\\WINNT\\system32\\%s.dll%n", 0x10000000 + m * 0x100000,
                            0x10080000 + m * 0x100000, MODULES[m]));
                }
                for (int thread = 0; thread < 3; thread++) {
                    block.append(String.format("%n*----> State Dump for Thread Id 0x%x <----*%n%n", 0x1a0 + thread * 4));
                    block.append("eax=00000000 ebx=00000001 ecx=0012fd20 edx=00000000 esi=00132a40 edi=0012fe48\n");
                    block.append("eip=10002c31 esp=0012fcf0 ebp=0012fd04 iopl=0         nv up ei pl zr na po nc\n\n");
                    block.append("function: ").append(function(random)).append('\n');
                    block.append(thread == 0 ? "FAULT ->" : "        ").append("10002c31 8a08             mov     cl,[eax]\n");
                    block.append("\n*----> Stack Back Trace <----*\n\n");
                    block.append("FramePtr ReturnAd Param#1  Param#2  Param#3  Param#4  Function Name\n");
                    for (int f = 0; f < 12; f++) {
                        block.append(String.format("%08x %08x %08x %08x %08x %08x %s%n", 0x0012fd04 + f * 0x30,
                                random.nextInt() & 0x7fffffff, random.nextInt(0x1000), random.nextInt() & 0xffffff, 0, 1,
                                function(random)));
                    }
                    block.append("\n*----> Raw Stack Dump <----*\n");
                    for (int r = 0; r < 16; r++) {
                        block.append(String.format("%08x  40 2a 13 00 48 fe 12 00 - 00 00 00 00 01 00 00 00  @*..H...........%n",
                                0x0012fcf0 + r * 16));
                    }
                }
                out.append(block);
                written += block.length();
            }
        }
    }

    private static String function(Random random) {
        String module = MODULES[random.nextInt(MODULES.length)];
        String symbol = (random.nextBoolean() ? "C" + NOUNS[random.nextInt(NOUNS.length)] + "::" : "")
                + VERBS[random.nextInt(VERBS.length)] + NOUNS[random.nextInt(NOUNS.length)];
        return module + "!" + symbol + "+0x" + Integer.toHexString(random.nextInt(0x800));
    }

    private static Path folder() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("kbtriage.bench.dir", "target/bench")).toAbsolutePath());
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Samples the used heap every few milliseconds while the parse runs on the test thread. */
    private static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, usedHeap());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stopAndGetPeak() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak, usedHeap());
        }
    }
}
