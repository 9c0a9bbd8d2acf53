package org.kbtriage.ui.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.eclipse.swt.widgets.Display;

/**
 * A UI-thread timer that beats every few milliseconds for as long as the event loop gets to run: it counts
 * its beats and measures the longest stall of the UI thread (the longest gap between two beats, less the
 * period, in wall time: garbage-collection pauses and waiting for a core on a busy machine included) and
 * the most CPU time the UI thread spent between two beats (the longest piece of UI work, whatever the
 * load). It can look at the workbench on each beat.
 */
final class Heartbeat implements Runnable {

    private final Display display;
    private final int periodMillis;
    private final Runnable onBeat;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long last = System.nanoTime();
    private long lastCpu = threads.getCurrentThreadCpuTime();
    private long longestStall;
    private long longestBusy;
    private long longestBusyEndedAt;
    private int beats;
    private boolean stopped;

    Heartbeat(Display display, int periodMillis, Runnable onBeat) {
        this.display = display;
        this.periodMillis = periodMillis;
        this.onBeat = onBeat;
        display.timerExec(periodMillis, this);
    }

    @Override
    public void run() {
        if (stopped) {
            return;
        }
        long now = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        longestStall = Math.max(longestStall, now - last - periodMillis * 1_000_000L);
        if (cpu - lastCpu > longestBusy) {
            longestBusy = cpu - lastCpu;
            longestBusyEndedAt = now;
        }
        last = now;
        lastCpu = cpu;
        beats++;
        onBeat.run();
        display.timerExec(periodMillis, this);
    }

    /** Counts the time since the last beat as a stall too, and stops beating. */
    void stop() {
        run();
        stopped = true;
        display.timerExec(-1, this);
    }

    int beats() {
        return beats;
    }

    long longestStallMillis() {
        return Math.max(0, longestStall / 1_000_000);
    }

    long longestBusyMillis() {
        return longestBusy / 1_000_000;
    }

    /** When (System.nanoTime) the beat came that ended the longest piece of UI work. */
    long longestBusyEndedAt() {
        return longestBusyEndedAt;
    }
}
