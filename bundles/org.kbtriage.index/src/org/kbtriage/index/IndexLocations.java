package org.kbtriage.index;

import java.nio.file.Path;

/** Where the KB index lives when no {@code --index DIR} is given. */
public final class IndexLocations {

    private IndexLocations() {
    }

    /** {@code ${user.home}/.kbtriage/index}. */
    public static Path defaultIndexDir() {
        return Path.of(System.getProperty("user.home"), ".kbtriage", "index");
    }
}
