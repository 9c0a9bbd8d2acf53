package org.kbtriage.ui.core;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

/** The workbench's background work: every job belongs to {@link #FAMILY}, so callers can wait for it. */
public final class TriageJobs {

    /** Family of every KB Triage job (parse, match, search, import, article loading). */
    public static final Object FAMILY = new Object();

    private TriageJobs() {
    }

    /** Work that returns nothing and may fail with a message for the user. */
    @FunctionalInterface
    public interface Work {
        void run(IProgressMonitor monitor) throws TriageException;
    }

    /**
     * A job of the family. A {@link TriageException} is reported through {@link TriageErrors};
     * cancellation becomes CANCEL_STATUS.
     */
    public static Job create(String name, Work work) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    work.run(monitor);
                    return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (TriageException e) {
                    TriageErrors.report(name, e);
                    return Status.error(e.getMessage(), e);
                } catch (RuntimeException e) {
                    TriageErrors.report(name, name + " failed: " + e, e);
                    return Status.error(name + " failed", e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        // Failures are reported through TriageErrors (logged, one-line dialog); no second prompt.
        job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
        return job;
    }
}
