package org.kbtriage.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.kbtriage.model.TriageSession;
import org.kbtriage.model.io.TriageSessions;
import org.kbtriage.ui.core.TriageException;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriageSessionSnapshot;
import org.kbtriage.ui.editor.DumpAnalysis;

/** File > Save Triage Session...: the current dump's analysis as a {@code .triage} file (XMI). */
public final class SaveSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        DumpAnalysis analysis = ActiveDumpAnalysis.orExplain(event, "Save Triage Session");
        if (analysis == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Save Triage Session");
        dialog.setFilterExtensions(new String[] {"*." + TriageSessions.FILE_EXTENSION});
        dialog.setFileName(stem(analysis.file()) + "." + TriageSessions.FILE_EXTENSION);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path target = chosen.endsWith("." + TriageSessions.FILE_EXTENSION) ? Path.of(chosen)
                : Path.of(chosen + "." + TriageSessions.FILE_EXTENSION);
        save(analysis, target);
        return null;
    }

    /** Saves in a job (scheduled, returned so callers can wait). */
    public static org.eclipse.core.runtime.jobs.Job save(DumpAnalysis analysis, Path target) {
        TriageSession session = TriageSessionSnapshot.of(analysis.dump(), analysis.matches(), analysis.kbStatus().describe());
        org.eclipse.core.runtime.jobs.Job job = TriageJobs.create("Saving triage session " + target.getFileName(), monitor -> {
            try {
                TriageSessions.save(session, target);
            } catch (IOException | RuntimeException e) {
                throw new TriageException("Cannot save the triage session to " + target + ": " + e.getMessage(), e);
            }
        });
        job.schedule();
        return job;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
