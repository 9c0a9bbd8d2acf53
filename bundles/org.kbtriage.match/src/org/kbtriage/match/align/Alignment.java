package org.kbtriage.match.align;

import java.util.List;

/**
 * The best order-preserving pairing of a dump's frames with an article stack's frames.
 *
 * @param score    the summed pair weights (see {@link FrameWeights})
 * @param coverage score divided by what the article stack scores against itself, in [0, 1]
 * @param pairs    the aligned frame pairs, top first
 */
public record Alignment(double score, double coverage, List<Pair> pairs) {

    /** One aligned pair: indexes into the dump's and the article's {@code FrameSequence}. */
    public record Pair(int dumpIndex, int articleIndex) {
    }

    public static final Alignment NONE = new Alignment(0, 0, List.of());

    public boolean isEmpty() {
        return pairs.isEmpty();
    }
}
