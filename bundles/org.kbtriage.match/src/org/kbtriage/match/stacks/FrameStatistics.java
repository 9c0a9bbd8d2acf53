package org.kbtriage.match.stacks;

import java.util.Map;

import org.kbtriage.match.frames.FrameSignature;

/**
 * How many articles print a given frame or module in their stacks: the document frequencies
 * behind the inverse-document-frequency weights (a frame printed by one article says much, one
 * printed by fifty says little).
 */
public final class FrameStatistics {

    private final int articleCount;
    private final Map<String, Integer> frameDocFreq;
    private final Map<String, Integer> moduleDocFreq;

    FrameStatistics(int articleCount, Map<String, Integer> frameDocFreq, Map<String, Integer> moduleDocFreq) {
        this.articleCount = articleCount;
        this.frameDocFreq = Map.copyOf(frameDocFreq);
        this.moduleDocFreq = Map.copyOf(moduleDocFreq);
    }

    /** The number of articles with at least one stack. */
    public int articleCount() {
        return articleCount;
    }

    /** In how many articles' stacks the function {@code module!symbol} appears. */
    public int frameDocFreq(String key) {
        return frameDocFreq.getOrDefault(key, 0);
    }

    /** In how many articles' stacks the module appears. */
    public int moduleDocFreq(String module) {
        return moduleDocFreq.getOrDefault(module, 0);
    }

    /** Document frequency of the frame's function, or of its module for a frame without a symbol. */
    public int docFreq(FrameSignature frame) {
        return frame.hasSymbol() ? frameDocFreq(frame.key()) : moduleDocFreq(frame.module());
    }

    /** Smoothed inverse document frequency, {@code ln((N + 1) / (df + 0.5))}; always positive. */
    public double idf(int docFreq) {
        return Math.log((articleCount + 1.0) / (docFreq + 0.5));
    }

    public double frameIdf(FrameSignature frame) {
        return idf(frameDocFreq(frame.key()));
    }

    public double moduleIdf(String module) {
        return idf(moduleDocFreq(module));
    }
}
