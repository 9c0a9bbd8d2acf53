package org.kbtriage.ui.views;

import org.eclipse.swt.widgets.Control;

/** Runs work on the UI thread of a control, unless the control is gone by then. */
final class UiThread {

    private UiThread() {
    }

    static void async(Control control, Runnable work) {
        if (control.isDisposed()) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (!control.isDisposed()) {
                work.run();
            }
        });
    }
}
