package org.kbtriage.match.align;

import java.util.ArrayList;
import java.util.List;

import org.kbtriage.match.frames.FrameSequence;

/**
 * Position-aware alignment of two stacks (in the manner of ReBucket 2012 and FaST 2022): a
 * weighted longest common subsequence, so frames match only in the same order, inserted frames
 * (a deeper dump, a different caller chain) cost nothing but the decay of what follows them, and
 * each pair is worth its {@link FrameWeights} at its depth. O(n * m) for stacks of n and m frames.
 * Stateless and thread-safe.
 */
public final class StackAligner {

    private static final double EPSILON = 1e-9;

    private final FrameWeights weights;

    public StackAligner(FrameWeights weights) {
        this.weights = weights;
    }

    public FrameWeights weights() {
        return weights;
    }

    public Alignment align(FrameSequence dump, FrameSequence article) {
        int n = dump.size();
        int m = article.size();
        if (n == 0 || m == 0) {
            return Alignment.NONE;
        }
        double[][] pairWeight = new double[n][m];
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double value = Math.max(best[i + 1][j], best[i][j + 1]);
                double w = weights.pair(dump.frame(i), article.frame(j));
                if (w > 0) {
                    w *= weights.position(dump.position(i), article.position(j));
                    pairWeight[i][j] = w;
                    value = Math.max(value, w + best[i + 1][j + 1]);
                }
                best[i][j] = value;
            }
        }
        if (best[0][0] <= 0) {
            return Alignment.NONE;
        }
        List<Alignment.Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double w = pairWeight[i][j];
            if (w > 0 && Math.abs(best[i][j] - (w + best[i + 1][j + 1])) < EPSILON) {
                pairs.add(new Alignment.Pair(i, j));
                i++;
                j++;
            } else if (Math.abs(best[i][j] - best[i + 1][j]) < EPSILON) {
                i++;
            } else {
                j++;
            }
        }
        double self = weights.selfWeight(article);
        double coverage = self > 0 ? Math.min(1.0, best[0][0] / self) : 0;
        return new Alignment(best[0][0], coverage, List.copyOf(pairs));
    }
}
