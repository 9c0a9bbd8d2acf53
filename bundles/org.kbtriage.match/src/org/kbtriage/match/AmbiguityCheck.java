package org.kbtriage.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kbtriage.match.confidence.Evidence;
import org.kbtriage.match.stacks.StackCatalog;

/**
 * A confident match must single its article out. When the dump lacks some of the article's
 * distinctive functions (missing, or shown without symbols), and another article prints every
 * function the dump does show, at its own crash point too, and scores nearly as well, the dump
 * cannot tell the two apart: the match is not confident. A dump that shows all of the article's
 * distinctive functions is never ambiguous (what it lacks are the rival's frames, which speaks
 * for the article). Articles whose stacks are near-identical ({@value #NEAR_IDENTICAL} Jaccard
 * over their functions) describe the same crash and are not rivals.
 */
final class AmbiguityCheck {

    static final double NEAR_IDENTICAL = 0.8;

    /**
     * A rival scores at least this share of the match's score. A longer article printing the same
     * top frames scores lower only for what the dump does not show; 0.8 let stacks cut below the
     * shared frames (truncated, or reached from another caller) pass as confident.
     */
    static final double RIVAL_SCORE_SHARE = 0.7;

    private final StackCatalog catalog;

    AmbiguityCheck(StackCatalog catalog) {
        this.catalog = catalog;
    }

    /** The candidates, the ambiguous confident ones withdrawn to not confident with the reason why. */
    List<Candidate> withdrawAmbiguous(List<Candidate> candidates) {
        List<Candidate> result = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            Candidate rival = candidate.tier() == Candidate.Tier.CONFIDENT ? rival(candidate, candidates) : null;
            if (rival == null) {
                result.add(candidate);
            } else {
                result.add(candidate.withdrawn(candidate.judgement().reason() + ", but " + rival.articleId()
                        + " prints the same frames at its crash point too; the frames that would tell them apart are "
                        + "missing or have no symbols"));
            }
        }
        return result;
    }

    private Candidate rival(Candidate confident, List<Candidate> candidates) {
        Evidence own = confident.evidence();
        if (own.distinctiveMatched() >= own.distinctiveTotal()) {
            return null;
        }
        Set<String> matched = own.matchedFunctions();
        Set<String> ownFunctions = catalog.articleFunctions(confident.articleId());
        for (Candidate other : candidates) {
            Evidence evidence = other.evidence();
            if (other == confident || evidence == null || !other.crashingThread() || !evidence.anchored()
                    || other.score() < RIVAL_SCORE_SHARE * confident.score()) {
                continue;
            }
            Set<String> theirs = catalog.articleFunctions(other.articleId());
            if (theirs.containsAll(matched) && jaccard(ownFunctions, theirs) < NEAR_IDENTICAL) {
                return other;
            }
        }
        return null;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        int shared = 0;
        for (String key : a) {
            if (b.contains(key)) {
                shared++;
            }
        }
        return (double) shared / union.size();
    }
}
