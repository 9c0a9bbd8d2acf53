package org.kbtriage.ui.app;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.handlers.DumpOpener;

/** Workbench-wide policy: the Triage perspective first, and window state remembered between runs. */
public final class TriageWorkbenchAdvisor extends WorkbenchAdvisor {

    private final List<String> filesToOpen;

    public TriageWorkbenchAdvisor(String[] args) {
        this.filesToOpen = args == null ? List.of() : List.of(args).stream().filter(a -> !a.startsWith("-")).toList();
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return TriagePerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new TriageWindowAdvisor(configurer);
    }

    /**
     * The workbench's own openWindows restores the window on another thread and sleeps the UI thread until that
     * thread wakes it. That wake-up is sometimes lost (a few starts in a hundred here): the UI thread then slept,
     * with the window not yet shown, until some other event came, 10 to 20 seconds later. A timer wakes the UI
     * thread every 50 ms until the window is open, so that it sees the restore is done.
     */
    @Override
    public boolean openWindows() {
        Display display = getWorkbenchConfigurer().getWorkbench().getDisplay();
        Runnable wake = new Runnable() {
            @Override
            public void run() {
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, wake);
        try {
            return super.openWindows();
        } finally {
            display.timerExec(-1, wake);
        }
    }

    @Override
    public void postStartup() {
        // Open the KB index in the background: the views say "checking" until then, "import a KB" if there is none.
        Job kb = TriageJobs.create("Opening the KB index", monitor -> TriageServices.get().refreshKb(monitor));
        kb.setSystem(true);
        kb.schedule();
        IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            for (String file : filesToOpen) {
                DumpOpener.open(window, Path.of(file));
            }
        }
    }

    /** Files named on the command line, opened once the window is up. */
    public List<String> getFilesToOpen() {
        return filesToOpen;
    }
}
