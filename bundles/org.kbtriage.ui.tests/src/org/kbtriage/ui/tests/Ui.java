package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.kbtriage.ui.core.TriageJobs;

/** Drives the workbench from a test running on the UI thread: event loops, waiting for the triage jobs. */
final class Ui {

    static final long TIMEOUT_MS = 60_000;

    private Ui() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until nothing is left to dispatch. */
    static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Runs the event loop until the condition holds; fails after the timeout. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        Display display = Display.getCurrent();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted");
                }
            }
        }
        processEvents();
    }

    /** Waits until no triage job is running or waiting, and their results have reached the UI. */
    static void waitForTriageJobs() {
        waitUntil("the triage jobs", () -> Job.getJobManager().find(TriageJobs.FAMILY).length == 0);
        processEvents();
    }
}
