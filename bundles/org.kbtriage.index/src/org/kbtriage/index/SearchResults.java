package org.kbtriage.index;

import java.util.List;

/**
 * The hits of a search in rank order (best first), one per article number.
 *
 * @param totalHits how many articles match in all (may be a lower bound when very large)
 * @param hits the top hits
 */
public record SearchResults(long totalHits, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
