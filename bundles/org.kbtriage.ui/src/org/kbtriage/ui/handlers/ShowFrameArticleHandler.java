package org.kbtriage.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.editor.DumpEditor;

/** F3 on a frame (in the dump editor or the Frames view): shows the best article it matched. */
public final class ShowFrameArticleHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.kbtriage.ui.showFrameArticle";

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart active = HandlerUtil.getActiveEditor(event);
        if (!(active instanceof DumpEditor editor)) {
            return null;
        }
        StackFrame frame = null;
        ISelection selection = HandlerUtil.getCurrentSelection(event);
        if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof StackFrame f) {
            frame = f;
        }
        if (frame == null) {
            frame = editor.frameAtCaret();
        }
        if (frame != null) {
            editor.openArticleOf(frame);
        }
        return null;
    }
}
