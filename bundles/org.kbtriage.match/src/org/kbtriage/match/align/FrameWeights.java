package org.kbtriage.match.align;

import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;
import org.kbtriage.match.stacks.FrameStatistics;

/**
 * How much one aligned pair of frames is worth (after Lerch and Mezini 2013: tf-idf over frames;
 * and the position decay of ReBucket 2012 / FaST 2022: frames near the crash point matter most).
 * <ul>
 * <li>the same function: its idf over the articles' stacks;</li>
 * <li>a dump frame without symbols ({@code MODULE+0x1234}) against a frame of the same module:
 * a fraction of the module's idf (weak: the function is unknown);</li>
 * <li>generic frames (skip list): a tenth of their idf, enough to rank articles whose whole stack
 * is generic, too little to matter otherwise.</li>
 * </ul>
 * Each pair is scaled by {@code 1 / (1 + DECAY * depth)}, depth being the larger of the two
 * frames' positions among non-generic frames.
 */
public final class FrameWeights {

    static final double MODULE_ONLY_FACTOR = 0.35;
    static final double GENERIC_FACTOR = 0.1;
    static final double DECAY = 0.08;

    private final FrameStatistics statistics;

    public FrameWeights(FrameStatistics statistics) {
        this.statistics = statistics;
    }

    public FrameStatistics statistics() {
        return statistics;
    }

    /** The decay for a pair at these positions (among non-generic frames). */
    public double position(int dumpPosition, int articlePosition) {
        return 1.0 / (1.0 + DECAY * Math.max(dumpPosition, articlePosition));
    }

    /** The worth of each frame of an article stack, and of the whole stack against itself. */
    public StackWeights of(FrameSequence article) {
        int m = article.size();
        double[] function = new double[m];
        double[] moduleOnly = new double[m];
        double self = 0;
        for (int j = 0; j < m; j++) {
            FrameSignature frame = article.frame(j);
            double moduleWorth = MODULE_ONLY_FACTOR * statistics.moduleIdf(frame.module());
            moduleOnly[j] = moduleWorth;
            double worth;
            if (!frame.hasSymbol()) {
                worth = moduleWorth;
            } else {
                double idf = statistics.frameIdf(frame);
                worth = frame.generic() ? GENERIC_FACTOR * idf : idf;
                function[j] = worth;
            }
            self += worth * position(article.position(j), article.position(j));
        }
        return new StackWeights(function, moduleOnly, self);
    }
}
