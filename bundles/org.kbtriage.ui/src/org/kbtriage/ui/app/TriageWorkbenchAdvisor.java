package org.kbtriage.ui.app;

import java.util.List;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

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

    /** Files named on the command line, opened once the window is up. */
    public List<String> getFilesToOpen() {
        return filesToOpen;
    }
}
