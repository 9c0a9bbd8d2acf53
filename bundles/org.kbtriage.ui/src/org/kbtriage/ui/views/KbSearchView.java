package org.kbtriage.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** KbSearch view. */
public final class KbSearchView extends ViewPart {

    private Label placeholder;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        placeholder = new Label(parent, SWT.WRAP);
        placeholder.setText("Search the offline knowledge base.");
        placeholder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    @Override
    public void setFocus() {
        placeholder.setFocus();
    }
}
