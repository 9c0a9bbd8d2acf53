package org.kbtriage.ui.core;

import java.nio.file.Path;

/** Where the KB index lives unless the preferences say otherwise. */
final class KbLocations {

    private KbLocations() {
    }

    static Path defaultIndexDir() {
        return Path.of(System.getProperty("user.home"), ".kbtriage", "index");
    }
}
