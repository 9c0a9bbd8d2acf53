package org.kbtriage.ui.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/** When the first workbench window opened, measured from the start of the Java VM (for the start-up benchmark). */
public final class StartupClock {

    private static volatile long windowOpenedAt;

    private StartupClock() {
    }

    static void windowOpened() {
        if (windowOpenedAt == 0) {
            windowOpenedAt = System.currentTimeMillis();
        }
    }

    /** The time from the VM's start to the first window, or null while no window has opened. */
    public static Duration startToWindow() {
        long opened = windowOpenedAt;
        return opened == 0 ? null : Duration.ofMillis(opened - ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
