package org.kbtriage.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Prints a progress line at every tenth of the work, for commands that run long. */
final class ProgressLines extends NullProgressMonitor {

    private static final int STEPS = 10;

    private final PrintWriter out;
    private String task = "";
    private double total;
    private double done;
    private int lastStep;

    ProgressLines(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        task = name == null ? "" : name;
        total = totalWork;
        done = 0;
        lastStep = 0;
    }

    @Override
    public void internalWorked(double work) {
        done += work;
        if (total <= 0) {
            return;
        }
        int step = (int) Math.min(STEPS, Math.floor(done / total * STEPS));
        if (step > lastStep) {
            lastStep = step;
            out.println(task + ": " + step * (100 / STEPS) + "%");
            out.flush();
        }
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }
}
