package org.kbtriage.ui.core;

import java.util.Objects;

/** Where the workbench finds its {@link TriageService}; tests put a stand-in here. */
public final class TriageServices {

    private static volatile TriageService current;

    private TriageServices() {
    }

    public static TriageService get() {
        TriageService service = current;
        if (service == null) {
            synchronized (TriageServices.class) {
                if (current == null) {
                    current = new DefaultTriageService(TriagePreferences.instance());
                }
                service = current;
            }
        }
        return service;
    }

    /** Replaces the service (for tests); returns the one it replaced. */
    public static TriageService set(TriageService service) {
        TriageService previous = get();
        current = Objects.requireNonNull(service);
        return previous;
    }
}
