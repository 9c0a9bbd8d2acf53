package org.kbtriage.ui.core;

import java.nio.file.Path;
import java.time.Instant;

/** What the workbench knows about the knowledge-base index it searches and matches against. */
public record KbStatus(State state, Path location, int articleCount, Instant builtAt, String problem) {

    public enum State {
        /** Not looked at yet (the check runs in the background at start-up). */
        UNKNOWN,
        /** An index is there and open. */
        AVAILABLE,
        /** No index at the configured location: the user has to import a KB first. */
        MISSING,
        /** An index is there but could not be opened. */
        BROKEN
    }

    public static KbStatus unknown(Path location) {
        return new KbStatus(State.UNKNOWN, location, 0, null, null);
    }

    public static KbStatus missing(Path location) {
        return new KbStatus(State.MISSING, location, 0, null, null);
    }

    public static KbStatus broken(Path location, String problem) {
        return new KbStatus(State.BROKEN, location, 0, null, problem);
    }

    public static KbStatus available(Path location, int articleCount, Instant builtAt) {
        return new KbStatus(State.AVAILABLE, location, articleCount, builtAt, null);
    }

    public boolean isAvailable() {
        return state == State.AVAILABLE;
    }

    /** One line for a status bar or a banner. */
    public String describe() {
        return switch (state) {
            case UNKNOWN -> "Checking the KB index…";
            case AVAILABLE -> articleCount + " KB articles indexed" + (builtAt == null ? "" : " (built " + builtAt + ")");
            case MISSING -> "No KB index at " + location + ". Import a KB (a folder or a .zip of articles) to match dumps and search.";
            case BROKEN -> "The KB index at " + location + " cannot be opened: " + problem;
        };
    }
}
