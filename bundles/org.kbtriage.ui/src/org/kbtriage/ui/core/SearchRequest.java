package org.kbtriage.ui.core;

/** A KB search as the user typed it; empty filters mean "any". */
public record SearchRequest(String query, String product, String version, int maxHits) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        product = product == null ? "" : product.strip();
        version = version == null ? "" : version.strip();
    }
}
