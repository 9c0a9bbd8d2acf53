package org.kbtriage.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** Frames view. */
public final class FramesView extends ViewPart {

    private Label placeholder;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        placeholder = new Label(parent, SWT.WRAP);
        placeholder.setText("Open a dump (File > Open Dump...) to see its threads and frames.");
        placeholder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    @Override
    public void setFocus() {
        placeholder.setFocus();
    }
}
