package org.kbtriage.report;

import java.time.Instant;

/**
 * What a report says about the KB index that produced its matches.
 *
 * @param articleCount the number of articles in the index
 * @param builtAt      when the index was built, or {@code null} when unknown
 * @param location     where the index lives (a folder), or {@code null}
 */
public record IndexInfo(int articleCount, Instant builtAt, String location) {
}
