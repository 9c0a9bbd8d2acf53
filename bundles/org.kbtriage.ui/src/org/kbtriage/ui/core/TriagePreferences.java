package org.kbtriage.ui.core;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.kbtriage.index.IndexLocations;

/**
 * The workbench's settings, kept in the InstanceScope node {@code org.kbtriage.ui} (defaults in the
 * DefaultScope, set by {@link org.kbtriage.ui.preferences.TriagePreferenceInitializer}).
 */
public final class TriagePreferences {

    public static final String NODE = "org.kbtriage.ui";
    /** KB sources (folders or zips), separated by {@link java.io.File#pathSeparator}. */
    public static final String KB_SOURCES = "kbSources";
    public static final String INDEX_LOCATION = "indexLocation";
    public static final String SKIP_LIST_FILE = "skipListFile";
    /** Minimum score of a match shown as confident, on top of the matcher's own rule (0: the rule alone). */
    public static final String CONFIDENCE_THRESHOLD = "confidenceThreshold";
    /** How many ranked articles the Matches view lists. */
    public static final String MATCH_COUNT = "matchCount";

    public static final double DEFAULT_CONFIDENCE_THRESHOLD = 0.0;
    public static final int DEFAULT_MATCH_COUNT = 10;

    private static final TriagePreferences INSTANCE = new TriagePreferences();

    private TriagePreferences() {
    }

    public static TriagePreferences instance() {
        return INSTANCE;
    }

    public IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    public IEclipsePreferences defaults() {
        return DefaultScope.INSTANCE.getNode(NODE);
    }

    private String get(String key) {
        return node().get(key, defaults().get(key, ""));
    }

    public Path indexLocation() {
        String value = get(INDEX_LOCATION);
        return value.isBlank() ? IndexLocations.defaultIndexDir() : Path.of(value);
    }

    public List<Path> kbSources() {
        String value = get(KB_SOURCES);
        return Arrays.stream(value.split(java.io.File.pathSeparator)).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    /** The skip-list rules file, or null for the built-in rules. */
    public Path skipListFile() {
        String value = get(SKIP_LIST_FILE);
        return value.isBlank() ? null : Path.of(value);
    }

    public double confidenceThreshold() {
        try {
            return Double.parseDouble(get(CONFIDENCE_THRESHOLD));
        } catch (NumberFormatException e) {
            return DEFAULT_CONFIDENCE_THRESHOLD;
        }
    }

    public int matchCount() {
        try {
            return Math.max(1, Integer.parseInt(get(MATCH_COUNT)));
        } catch (NumberFormatException e) {
            return DEFAULT_MATCH_COUNT;
        }
    }
}
