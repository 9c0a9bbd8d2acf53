package org.kbtriage.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.kbtriage.model.TriageSession;
import org.kbtriage.model.io.TriageSessions;
import org.kbtriage.ui.core.TriageException;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.editor.DumpEditorInput;

/** File > Open Triage Session...: reopens a saved {@code .triage} file on its dump, with its matches. */
public final class OpenSessionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Triage Session");
        dialog.setFilterExtensions(new String[] {"*." + TriageSessions.FILE_EXTENSION, "*"});
        String chosen = dialog.open();
        if (chosen != null) {
            open(window, Path.of(chosen));
        }
        return null;
    }

    /** Reads the session in a job to find its dump, then opens the editor on both. */
    public static org.eclipse.core.runtime.jobs.Job open(IWorkbenchWindow window, Path sessionFile) {
        Display display = window.getShell().getDisplay();
        org.eclipse.core.runtime.jobs.Job job = TriageJobs.create("Opening triage session " + sessionFile.getFileName(), monitor -> {
            TriageSession session;
            try {
                session = TriageSessions.load(sessionFile);
            } catch (IOException | RuntimeException e) {
                throw new TriageException("Cannot read the triage session " + sessionFile + ": " + e.getMessage(), e);
            }
            if (session.getDump() == null || session.getDump().getSourceFile() == null) {
                throw new TriageException("The triage session " + sessionFile + " does not name its dump file.");
            }
            Path dump = Path.of(session.getDump().getSourceFile());
            display.asyncExec(() -> DumpOpener.open(window, new DumpEditorInput(dump, sessionFile)));
        });
        job.schedule();
        return job;
    }
}
