package org.kbtriage.ui.handlers;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.kbtriage.ui.internal.TriageUiPlugin;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriagePreferences;
import org.kbtriage.ui.core.TriageServices;
import org.osgi.service.prefs.BackingStoreException;

/** File > Import KB...: indexes a folder or a zip of KB articles, in a job with progress and cancel. */
public final class ImportKbHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.kbtriage.ui.importKb";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Path source = askForSource(shell);
        if (source != null) {
            importKb(source);
        }
        return null;
    }

    private static Path askForSource(Shell shell) {
        MessageDialog choice = new MessageDialog(shell, "Import a KB", null,
                "Import KB articles from a folder (README.md or .TXT articles, searched recursively) or from a .zip of them. "
                        + "The index is rebuilt at " + TriagePreferences.instance().indexLocation() + ".",
                MessageDialog.QUESTION, 0, "&Folder…", "&Zip File…", "Cancel");
        int answer = choice.open();
        if (answer == 0) {
            DirectoryDialog dialog = new DirectoryDialog(shell);
            dialog.setText("Import KB from Folder");
            String folder = dialog.open();
            return folder == null ? null : Path.of(folder);
        }
        if (answer == 1) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText("Import KB from Zip");
            dialog.setFilterExtensions(new String[] {"*.zip", "*"});
            String zip = dialog.open();
            return zip == null ? null : Path.of(zip);
        }
        return null;
    }

    /** Starts the import job (already scheduled) and remembers the source in the preferences. */
    public static Job importKb(Path source) {
        Job job = TriageJobs.create("Importing the KB from " + source, monitor -> {
            String summary = TriageServices.get().importKb(source, monitor);
            rememberSource(source);
            TriageUiPlugin.log().info(summary);
            showInStatusLine(summary);
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void showInStatusLine(String message) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
            if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
                IWorkbenchPart part = window.getActivePage().getActivePart();
                IStatusLineManager statusLine = part.getSite() instanceof IViewSite view ? view.getActionBars().getStatusLineManager()
                        : part.getSite() instanceof IEditorSite editor ? editor.getActionBars().getStatusLineManager() : null;
                if (statusLine != null) {
                    statusLine.setMessage(message);
                }
            }
        });
    }

    private static void rememberSource(Path source) {
        TriagePreferences preferences = TriagePreferences.instance();
        List<Path> sources = new ArrayList<>(preferences.kbSources());
        Path normalized = source.toAbsolutePath().normalize();
        if (sources.contains(normalized)) {
            return;
        }
        sources.add(normalized);
        preferences.node().put(TriagePreferences.KB_SOURCES,
                String.join(File.pathSeparator, sources.stream().map(Path::toString).toList()));
        try {
            preferences.node().flush();
        } catch (BackingStoreException e) {
            TriageUiPlugin.log().warn("Cannot save the KB sources: " + e.getMessage());
        }
    }
}
