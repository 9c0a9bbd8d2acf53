package org.kbtriage.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.kbtriage.ui.core.TriagePreferences;

/** The defaults: index in the user's .kbtriage folder, built-in skip list, threshold 0.5. */
public final class TriagePreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = TriagePreferences.instance().defaults();
        defaults.put(TriagePreferences.KB_SOURCES, "");
        defaults.put(TriagePreferences.INDEX_LOCATION, "");
        defaults.put(TriagePreferences.SKIP_LIST_FILE, "");
        defaults.put(TriagePreferences.CONFIDENCE_THRESHOLD, Double.toString(TriagePreferences.DEFAULT_CONFIDENCE_THRESHOLD));
        defaults.put(TriagePreferences.MATCH_COUNT, Integer.toString(TriagePreferences.DEFAULT_MATCH_COUNT));
    }
}
