package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.kbtriage.ui.core.TriagePreferences;
import org.kbtriage.ui.preferences.TriagePreferencePage;

/** Window > Preferences > KB Triage stores its settings in the InstanceScope node org.kbtriage.ui. */
class PreferencesTest {

    @Test
    void thePageOpensAndItsValuesReachTheInstanceScopeNode() {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "org.kbtriage.ui.preferences", null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Ui.processEvents();
            assertInstanceOf(TriagePreferencePage.class, dialog.getSelectedPage());
            // Type into the "Articles to rank per dump" field, as a user would.
            org.eclipse.swt.widgets.Text count = textShowing(
                    ((TriagePreferencePage) dialog.getSelectedPage()).getControl(), Integer.toString(TriagePreferences.instance().matchCount()));
            count.setText("7");
            assertTrue(dialog.getSelectedPage() instanceof TriagePreferencePage page && page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals(7, TriagePreferences.instance().matchCount());
        assertEquals("7", TriagePreferences.instance().node().get(TriagePreferences.MATCH_COUNT, null));
        assertEquals(TriagePreferences.instance().indexLocation(),
                java.nio.file.Path.of(System.getProperty("user.home"), ".kbtriage", "index"));
        TriagePreferences.instance().node().remove(TriagePreferences.MATCH_COUNT);
        Ui.waitForTriageJobs();
    }

    private static org.eclipse.swt.widgets.Text textShowing(org.eclipse.swt.widgets.Control control, String value) {
        if (control instanceof org.eclipse.swt.widgets.Text text && value.equals(text.getText())) {
            return text;
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                org.eclipse.swt.widgets.Text found = textShowing(child, value);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
