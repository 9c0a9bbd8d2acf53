package org.kbtriage.ui.handlers;

import java.nio.file.Path;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.kbtriage.ui.core.TriageErrors;
import org.kbtriage.ui.editor.DumpEditor;
import org.kbtriage.ui.editor.DumpEditorInput;

/** Opens dump files in the dump editor, from the menu, the recent list, a drop or the command line. */
public final class DumpOpener {

    private DumpOpener() {
    }

    /** Opens (or brings forward) the editor on the file; errors are shown, never thrown. */
    public static DumpEditor open(IWorkbenchWindow window, Path file) {
        return open(window, new DumpEditorInput(file));
    }

    public static DumpEditor open(IWorkbenchWindow window, DumpEditorInput input) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null) {
            return null;
        }
        try {
            IEditorPart editor = page.openEditor(input, DumpEditor.ID, true);
            if (input.session() == null) {
                RecentFiles.add(input.file());
            }
            return editor instanceof DumpEditor dumpEditor ? dumpEditor : null;
        } catch (PartInitException e) {
            TriageErrors.report("Open dump", "Cannot open " + input.file() + ": " + e.getMessage(), e);
            return null;
        }
    }
}
