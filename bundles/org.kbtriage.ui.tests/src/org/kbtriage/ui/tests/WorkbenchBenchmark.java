package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.ui.app.StartupClock;
import org.kbtriage.ui.editor.DumpEditor;
import org.kbtriage.ui.handlers.DumpOpener;

/**
 * Prints how long the workbench takes to show its window, and to open and highlight a 100 MB log while the
 * window stays responsive: the longest single stall of the UI thread meanwhile (a 10 ms heartbeat timer's
 * longest gap, garbage-collection pauses included) and the CPU time of the UI thread and of the process.
 * Never asserts a timing.
 * Run with {@code bench/run.sh -pl <the UI modules> -Dkbtriage.skipUiTests=false}.
 */
class WorkbenchBenchmark {

    private static final long TARGET_BYTES = 100L * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void startUpAndOpenA100MbLog() throws IOException {
        Duration startup = StartupClock.startToWindow();
        System.out.println("BENCH workbench.start_to_window_ms " + (startup == null ? "n/a" : startup.toMillis()));

        KbFixture.ensureImported();
        SharedData.Label positive = SharedData.firstPositive(false);
        Path log = bigLog(positive.dump());
        System.out.println(String.format(Locale.ROOT, "BENCH workbench.big_log_mb %.1f", Files.size(log) / 1048576.0));

        Display display = Display.getCurrent();
        DumpEditor[] editor = new DumpEditor[1];
        long[] textShownAt = new long[1];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long uiCpuBefore = threads.getCurrentThreadCpuTime();
        long processCpuBefore = processCpuMillis();
        long start = System.nanoTime();
        Heartbeat heartbeat = new Heartbeat(display, 10, () -> {
            if (textShownAt[0] == 0 && editor[0] != null && editor[0].getTextWidget().getCharCount() > 0) {
                textShownAt[0] = System.nanoTime();
            }
        });
        editor[0] = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), log);
        assertNotNull(editor[0]);
        Ui.waitUntil("the 100 MB log's analysis", () -> editor[0].getAnalysis() != null || editor[0].getFailure() != null);
        long opened = System.nanoTime();
        long uiCpu = threads.getCurrentThreadCpuTime() - uiCpuBefore;
        long processCpu = processCpuMillis() - processCpuBefore;
        // Keep beating while the final state is laid out and painted: that belongs to the open too.
        int beatsAtOpen = heartbeat.beats();
        Ui.waitUntil("the window to settle", () -> heartbeat.beats() >= beatsAtOpen + 20);
        heartbeat.stop();
        assertNull(editor[0].getFailure(), editor[0].getFailure());
        System.out.println("BENCH workbench.open_and_highlight_100mb_ms " + (opened - start) / 1_000_000
                + " (wall; text first shown after " + (textShownAt[0] == 0 ? "n/a" : (textShownAt[0] - start) / 1_000_000) + " ms)");
        System.out.println("BENCH workbench.open_100mb_cpu_ms ui_thread " + uiCpu / 1_000_000 + " process "
                + (processCpu < 0 ? "n/a" : processCpu));
        System.out.println("BENCH workbench.open_100mb_max_ui_stall_ms " + heartbeat.longestStallMillis()
                + " (wall) longest_ui_work_between_beats_ms " + heartbeat.longestBusyMillis() + " (UI-thread CPU, ended "
                + (heartbeat.longestBusyEndedAt() - start) / 1_000_000 + " ms after the open began)");
        System.out.println("BENCH workbench.open_100mb_matches " + editor[0].getAnalysis().matches().size()
                + " highlighted_match " + (editor[0].getShownMatch() == null ? "none" : editor[0].getShownMatch().getArticleId())
                + " expected " + positive.acceptable());
        Ui.page().closeAllEditors(false);
        Ui.waitForTriageJobs();
    }

    /** About 100 MB of memory-dump noise (db output, no frames) followed by a real dev dump's crash. */
    private Path bigLog(Path crash) throws IOException {
        Path log = temp.resolve("big-session.log");
        String noise = "0012f8a0  00 00 00 00 01 00 00 00-a0 f8 12 00 34 c5 f5 77  ............4..w\n";
        long lines = (TARGET_BYTES - Files.size(crash)) / noise.length();
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            out.write("0:000> db 0012f8a0 L6400000\n");
            for (long i = 0; i < lines; i++) {
                out.write(noise);
            }
            out.write(Files.readString(crash, StandardCharsets.UTF_8));
        }
        return log;
    }

    /** User plus system CPU time of this process so far (Linux /proc), or -1 where unknown. */
    private static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the command name
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / 100;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
