package org.kbtriage.match.align;

import java.util.ArrayList;
import java.util.List;

import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;

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

    /** Aligns with weights computed on the spot; for repeated use, precompute them with {@link FrameWeights#of}. */
    public Alignment align(FrameSequence dump, FrameSequence article) {
        return align(dump, article, weights.of(article));
    }

    public Alignment align(FrameSequence dump, FrameSequence article, StackWeights articleWeights) {
        int n = dump.size();
        int m = article.size();
        if (n == 0 || m == 0) {
            return Alignment.NONE;
        }
        int width = m + 1;
        double[] pairWeight = new double[n * m];
        double[] best = new double[(n + 1) * width];
        boolean any = false;
        for (int i = n - 1; i >= 0; i--) {
            FrameSignature dumpFrame = dump.frame(i);
            for (int j = m - 1; j >= 0; j--) {
                double value = Math.max(best[(i + 1) * width + j], best[i * width + j + 1]);
                double w = pair(dumpFrame, article.frame(j), j, articleWeights);
                if (w > 0) {
                    any = true;
                    w *= weights.position(dump.position(i), article.position(j));
                    pairWeight[i * m + j] = w;
                    value = Math.max(value, w + best[(i + 1) * width + j + 1]);
                }
                best[i * width + j] = value;
            }
        }
        if (!any) {
            return Alignment.NONE;
        }
        List<Alignment.Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double w = pairWeight[i * m + j];
            double here = best[i * width + j];
            if (w > 0 && Math.abs(here - (w + best[(i + 1) * width + j + 1])) < EPSILON) {
                pairs.add(new Alignment.Pair(i, j));
                i++;
                j++;
            } else if (Math.abs(here - best[(i + 1) * width + j]) < EPSILON) {
                i++;
            } else {
                j++;
            }
        }
        double score = best[0];
        double coverage = articleWeights.self() > 0 ? Math.min(1.0, score / articleWeights.self()) : 0;
        return new Alignment(score, coverage, List.copyOf(pairs));
    }

    private static double pair(FrameSignature dumpFrame, FrameSignature articleFrame, int j, StackWeights articleWeights) {
        if (!dumpFrame.module().equals(articleFrame.module())) {
            return 0;
        }
        if (dumpFrame.hasSymbol()) {
            return dumpFrame.symbol().equals(articleFrame.symbol()) ? articleWeights.function()[j] : 0;
        }
        return articleWeights.moduleOnly()[j];
    }
}
