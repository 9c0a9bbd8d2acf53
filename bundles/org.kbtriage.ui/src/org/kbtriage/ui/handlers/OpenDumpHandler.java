package org.kbtriage.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Dump... (Ctrl+O): picks dump text files and opens each in the dump editor. */
public final class OpenDumpHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.kbtriage.ui.openDump";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open Dump");
        dialog.setFilterNames(new String[] {"Dump text (*.txt, *.log)", "All files"});
        dialog.setFilterExtensions(new String[] {"*.txt;*.log;*.TXT;*.LOG", "*"});
        if (dialog.open() == null) {
            return null;
        }
        for (String name : dialog.getFileNames()) {
            DumpOpener.open(window, Path.of(dialog.getFilterPath(), name));
        }
        return null;
    }
}
