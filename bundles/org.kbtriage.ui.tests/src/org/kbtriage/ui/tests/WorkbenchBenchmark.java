package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedWriter;
import java.io.IOException;
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
 * window stays responsive (the longest stall of the UI thread meanwhile). Never asserts a timing.
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

        StallMeter stalls = new StallMeter(Display.getCurrent());
        long start = System.nanoTime();
        DumpEditor editor = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), log);
        assertNotNull(editor);
        Ui.waitUntil("the 100 MB log's analysis", () -> editor.getAnalysis() != null || editor.getFailure() != null);
        long opened = System.nanoTime();
        stalls.stop();
        assertNull(editor.getFailure(), editor.getFailure());
        System.out.println("BENCH workbench.open_and_highlight_100mb_ms " + (opened - start) / 1_000_000);
        System.out.println("BENCH workbench.open_100mb_max_ui_stall_ms " + stalls.maxStallMillis());
        System.out.println("BENCH workbench.open_100mb_matches " + editor.getAnalysis().matches().size()
                + " highlighted_match " + (editor.getShownMatch() == null ? "none" : editor.getShownMatch().getArticleId())
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

    /** Measures the longest time the UI thread did not get to a 10 ms timer. */
    private static final class StallMeter implements Runnable {

        private static final int PERIOD_MS = 10;
        private final Display display;
        private long last = System.nanoTime();
        private long maxStall;
        private boolean stopped;

        StallMeter(Display display) {
            this.display = display;
            display.timerExec(PERIOD_MS, this);
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            maxStall = Math.max(maxStall, now - last - PERIOD_MS * 1_000_000L);
            last = now;
            if (!stopped) {
                display.timerExec(PERIOD_MS, this);
            }
        }

        void stop() {
            run();
            stopped = true;
        }

        long maxStallMillis() {
            return Math.max(0, maxStall / 1_000_000);
        }
    }
}
