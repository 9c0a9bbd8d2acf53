package org.kbtriage.report.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Report times: ISO-8601 in UTC, to the second. */
public final class Timestamps {

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
