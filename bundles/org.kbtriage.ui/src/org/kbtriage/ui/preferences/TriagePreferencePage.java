package org.kbtriage.ui.preferences;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.PathEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriagePreferences;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.internal.TriageUiPlugin;

/** Window > Preferences > KB Triage: KB sources, index location, skip-list rules, confidence threshold. */
public final class TriagePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public TriagePreferencePage() {
        super(GRID);
        setDescription("Where the knowledge base comes from and how dumps are matched against it.");
    }

    @Override
    public void init(IWorkbench workbench) {
        // The bundle's preference store is the InstanceScope node org.kbtriage.ui.
        setPreferenceStore(TriageUiPlugin.getDefault().getPreferenceStore());
    }

    @Override
    protected void createFieldEditors() {
        Composite parent = getFieldEditorParent();
        addField(new PathEditor(TriagePreferences.KB_SOURCES, "&KB sources (folders or .zip files imported):",
                "Choose a folder of KB articles", parent));
        DirectoryFieldEditor index = new DirectoryFieldEditor(TriagePreferences.INDEX_LOCATION, "&Index location:", parent);
        index.setEmptyStringAllowed(true);
        addField(index);
        new Label(parent, 0).setText("");
        Label hint = new Label(parent, 0);
        hint.setText("Empty: " + TriagePreferences.instance().indexLocation());
        hint.setLayoutData(new org.eclipse.swt.layout.GridData(org.eclipse.swt.SWT.FILL, org.eclipse.swt.SWT.TOP, true, false, 2, 1));
        FileFieldEditor skipList = new FileFieldEditor(TriagePreferences.SKIP_LIST_FILE, "&Skip-list rules file:", parent);
        skipList.setEmptyStringAllowed(true);
        addField(skipList);
        addField(new ThresholdFieldEditor(parent));
        IntegerFieldEditor count = new IntegerFieldEditor(TriagePreferences.MATCH_COUNT, "&Articles to rank per dump:", parent);
        count.setValidRange(1, 100);
        addField(count);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        // The index location or skip list may have changed: look at the KB again, off the UI thread.
        Job job = TriageJobs.create("Opening the KB index", monitor -> TriageServices.get().refreshKb(monitor));
        job.schedule();
        return ok;
    }

    /** A number of 0 or more. */
    private static final class ThresholdFieldEditor extends StringFieldEditor {

        ThresholdFieldEditor(Composite parent) {
            super(TriagePreferences.CONFIDENCE_THRESHOLD, "&Confidence threshold (minimum score; 0: the matcher's rule alone):", parent);
            setErrorMessage("The confidence threshold is a number of 0 or more, e.g. 0.5");
        }

        @Override
        protected boolean doCheckState() {
            try {
                double value = Double.parseDouble(getStringValue().strip());
                return value >= 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
    }
}
