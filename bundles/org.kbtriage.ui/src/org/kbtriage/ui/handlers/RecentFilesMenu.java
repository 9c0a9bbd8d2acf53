package org.kbtriage.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.ContributionItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** The recently opened dumps at the end of the File menu: 1 name, 2 name, ... */
public final class RecentFilesMenu extends ContributionItem {

    public RecentFilesMenu() {
        super("org.kbtriage.ui.recentFiles");
    }

    @Override
    public boolean isDynamic() {
        return true;
    }

    @Override
    public void fill(Menu menu, int index) {
        List<Path> files = RecentFiles.list();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            MenuItem item = new MenuItem(menu, SWT.PUSH, index + i);
            String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            item.setText("&" + (i + 1) + " " + label.replace("&", "&&") + "  [" + parentOf(file) + "]");
            item.addListener(SWT.Selection, e -> {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window != null) {
                    DumpOpener.open(window, file);
                }
            });
        }
    }

    private static String parentOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? "" : parent.toString().replace("&", "&&");
    }
}
