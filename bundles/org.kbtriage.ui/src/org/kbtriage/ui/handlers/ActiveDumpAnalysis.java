package org.kbtriage.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.kbtriage.ui.editor.DumpAnalysis;
import org.kbtriage.ui.editor.DumpEditor;

/** The analysis of the active dump editor, for the commands that work on it. */
final class ActiveDumpAnalysis {

    private ActiveDumpAnalysis() {
    }

    /**
     * Returns the active dump editor's analysis, or tells the user (in a dialog titled after the
     * command) that there is none yet and returns {@code null}.
     */
    static DumpAnalysis orExplain(ExecutionEvent event, String commandTitle) throws ExecutionException {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        DumpAnalysis analysis = active instanceof DumpEditor editor ? editor.getAnalysis() : null;
        if (analysis == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), commandTitle,
                    "Open a dump and wait for its analysis first.");
        }
        return analysis;
    }
}
