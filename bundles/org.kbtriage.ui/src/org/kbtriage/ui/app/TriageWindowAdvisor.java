package org.kbtriage.ui.app;

import java.nio.file.Path;

import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.kbtriage.ui.handlers.DumpOpener;

/** The main window: title, size, the bars a desktop tool needs, and dump files dropped on the editor area. */
final class TriageWindowAdvisor extends WorkbenchWindowAdvisor {

    TriageWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        // Menus come from plugin.xml through the command framework.
        return new ActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 860));
        configurer.setShowCoolBar(false);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle("KB Triage Workbench");
        configurer.addEditorAreaTransfer(FileTransfer.getInstance());
        configurer.configureEditorAreaDropListener(new DumpDropListener(configurer.getWindow()));
    }

    @Override
    public void postWindowOpen() {
        StartupClock.windowOpened();
    }

    /** Opens every file dropped onto the editor area as a dump. */
    private static final class DumpDropListener extends DropTargetAdapter {

        private final IWorkbenchWindow window;

        DumpDropListener(IWorkbenchWindow window) {
            this.window = window;
        }

        @Override
        public void dragEnter(DropTargetEvent event) {
            if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
                event.detail = (event.operations & DND.DROP_COPY) != 0 ? DND.DROP_COPY : DND.DROP_NONE;
            }
        }

        @Override
        public void drop(DropTargetEvent event) {
            if (FileTransfer.getInstance().isSupportedType(event.currentDataType) && event.data instanceof String[] files) {
                for (String file : files) {
                    DumpOpener.open(window, Path.of(file));
                }
            }
        }
    }
}
