package org.kbtriage.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kbtriage.match.align.Alignment;
import org.kbtriage.match.confidence.Evidence;
import org.kbtriage.match.confidence.Judgement;
import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.model.StackFrame;

/**
 * One article considered for a dump, before it becomes a {@code Match}: how it was found, how
 * it scores, what the confidence rule said, and which dump frames it matched. {@code evidence}
 * is null for a text lead; {@code crashingThread} is false when another thread matched.
 */
record Candidate(String articleId, String title, Tier tier, double score, Judgement judgement,
        List<StackFrame> matchedFrames, Evidence evidence, boolean crashingThread) {

    /** Kinds of evidence, strongest first; a weaker kind never outranks a stronger one. */
    enum Tier {
        /** The confidence rule holds. */
        CONFIDENT,
        /** Non-generic frames align, but not enough for confidence. */
        STACK,
        /** The article names a crashing function in its text; it prints no stack that aligns. */
        TEXT,
        /** Only generic OS frames align. */
        GENERIC
    }

    /** Best first: by tier, then score; ties by article id so the order is stable. */
    static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::tier)
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
            .thenComparing(Candidate::articleId);

    /** The same candidate, no longer confident, for this reason. */
    Candidate withdrawn(String reason) {
        return new Candidate(articleId, title, Tier.STACK, score, new Judgement(false, reason), matchedFrames, evidence, crashingThread);
    }

    /** The dump frames behind an alignment's pairs; the generic ones only when nothing else matched. */
    static List<StackFrame> matchedFrames(Alignment alignment, FrameSequence frames) {
        List<StackFrame> meaningful = new ArrayList<>();
        List<StackFrame> all = new ArrayList<>();
        for (Alignment.Pair pair : alignment.pairs()) {
            StackFrame frame = frames.source(pair.dumpIndex());
            if (frame == null) {
                continue;
            }
            all.add(frame);
            if (!frames.frame(pair.dumpIndex()).generic()) {
                meaningful.add(frame);
            }
        }
        return meaningful.isEmpty() ? all : meaningful;
    }
}
