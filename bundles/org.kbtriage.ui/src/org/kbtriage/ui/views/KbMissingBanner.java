package org.kbtriage.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.IWorkbenchPartSite;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.TriageErrors;
import org.kbtriage.ui.handlers.ImportKbHandler;

/** Says plainly that there is no usable KB index and offers "Import a KB…" instead of an empty view. */
final class KbMissingBanner {

    private final Composite control;
    private final Label message;

    KbMissingBanner(Composite parent, IWorkbenchPartSite site) {
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        message = new Label(control, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Link link = new Link(control, SWT.NONE);
        link.setText("<a>Import a KB…</a>");
        link.addListener(SWT.Selection, e -> {
            try {
                site.getService(IHandlerService.class).executeCommand(ImportKbHandler.COMMAND_ID, null);
            } catch (Exception ex) {
                TriageErrors.report("Import a KB", "Cannot start the import: " + ex.getMessage(), ex);
            }
        });
        control.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    /** Shows the banner when the KB cannot be used, hides it otherwise. */
    void update(KbStatus status) {
        boolean show = status.state() == KbStatus.State.MISSING || status.state() == KbStatus.State.BROKEN;
        if (show) {
            message.setText(status.describe());
        }
        GridData data = (GridData) control.getLayoutData();
        data.exclude = !show;
        control.setVisible(show);
        control.getParent().layout(true, true);
    }

    boolean isShowing() {
        return control.isVisible();
    }
}
