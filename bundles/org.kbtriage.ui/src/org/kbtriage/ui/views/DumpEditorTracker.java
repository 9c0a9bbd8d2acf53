package org.kbtriage.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.kbtriage.ui.editor.DumpEditor;

/**
 * Follows the page's current dump editor (the active one, or the last active while a view has focus) and
 * its analysis: calls back with the editor (or null when none is open) whenever either changes.
 */
final class DumpEditorTracker implements IPartListener2 {

    private final IWorkbenchPage page;
    private final Consumer<DumpEditor> callback;
    private final Runnable analysisListener;
    private DumpEditor current;

    DumpEditorTracker(IWorkbenchPage page, Consumer<DumpEditor> callback) {
        this.page = page;
        this.callback = callback;
        this.analysisListener = () -> callback.accept(current);
        page.addPartListener(this);
        IEditorPart active = page.getActiveEditor();
        follow(active instanceof DumpEditor editor ? editor : null);
        if (current == null) {
            callback.accept(null); // the view shows what to do when no dump is open
        }
    }

    DumpEditor current() {
        return current;
    }

    private void follow(DumpEditor editor) {
        if (editor == current) {
            return;
        }
        if (current != null) {
            current.removeAnalysisListener(analysisListener);
        }
        current = editor;
        if (current != null) {
            current.addAnalysisListener(analysisListener);
        }
        callback.accept(current);
    }

    @Override
    public void partActivated(IWorkbenchPartReference ref) {
        if (ref.getPart(false) instanceof DumpEditor editor) {
            follow(editor);
        }
    }

    @Override
    public void partBroughtToTop(IWorkbenchPartReference ref) {
        partActivated(ref);
    }

    @Override
    public void partClosed(IWorkbenchPartReference ref) {
        if (ref.getPart(false) == current) {
            IEditorPart next = page.getActiveEditor();
            follow(next instanceof DumpEditor editor && editor != current ? editor : null);
        }
    }

    void dispose() {
        page.removePartListener(this);
        if (current != null) {
            current.removeAnalysisListener(analysisListener);
        }
    }
}
