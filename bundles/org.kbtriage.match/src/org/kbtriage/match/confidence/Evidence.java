package org.kbtriage.match.confidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kbtriage.match.align.Alignment;
import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;
import org.kbtriage.match.frames.SystemModules;

/**
 * What an alignment of a dump thread with an article stack proves, in counts a person can check.
 *
 * @param distinctiveMatched   distinctive article frames matched by a dump frame with the same function
 * @param distinctiveByModule  distinctive article frames matched only by module (dump frame without symbols)
 * @param distinctiveTotal     the article stack's distinctive frames
 * @param functionsMatched     non-generic frames matched function to function (distinctive or not)
 * @param modulesMatched       non-generic application frames matched by module only
 * @param anchored             a non-generic pair lies within the top {@value #ANCHOR_DEPTH} meaningful frames of both
 * @param osOnly               the article stack has no application frames (see {@link StackProfile})
 * @param matchedModules       the modules of the matched non-generic frames, in order
 * @param matchedFunctions     the keys ({@code module!function}) of the non-generic frames matched function to function
 */
public record Evidence(int distinctiveMatched, int distinctiveByModule, int distinctiveTotal,
        int functionsMatched, int modulesMatched, boolean anchored, boolean osOnly, List<String> matchedModules,
        Set<String> matchedFunctions) {

    /** How deep (in non-generic frames) the crash point may sit in either stack and still count as "the top". */
    public static final int ANCHOR_DEPTH = 3;

    public static Evidence of(Alignment alignment, FrameSequence dump, FrameSequence article, StackProfile profile,
            SystemModules systemModules) {
        int distinctiveMatched = 0;
        int distinctiveByModule = 0;
        int functionsMatched = 0;
        int modulesMatched = 0;
        boolean anchored = false;
        List<String> modules = new ArrayList<>();
        Set<String> functions = new HashSet<>();
        for (Alignment.Pair pair : alignment.pairs()) {
            FrameSignature dumpFrame = dump.frame(pair.dumpIndex());
            FrameSignature articleFrame = article.frame(pair.articleIndex());
            if (dumpFrame.generic() || articleFrame.generic()) {
                continue;
            }
            if (!modules.contains(dumpFrame.module())) {
                modules.add(dumpFrame.module());
            }
            if (dump.position(pair.dumpIndex()) < ANCHOR_DEPTH && article.position(pair.articleIndex()) < ANCHOR_DEPTH) {
                anchored = true;
            }
            if (dumpFrame.hasSymbol()) {
                functionsMatched++;
                functions.add(dumpFrame.key());
                if (profile.isDistinctive(pair.articleIndex())) {
                    distinctiveMatched++;
                }
            } else {
                if (!systemModules.contains(dumpFrame.module())) {
                    modulesMatched++;
                }
                if (profile.isDistinctive(pair.articleIndex())) {
                    distinctiveByModule++;
                }
            }
        }
        return new Evidence(distinctiveMatched, distinctiveByModule, profile.distinctiveCount(), functionsMatched,
                modulesMatched, anchored, profile.osOnly(), List.copyOf(modules), Set.copyOf(functions));
    }

    /** Matched distinctive frames, a module-only match counting half. */
    public double distinctiveEvidence() {
        return distinctiveMatched + 0.5 * distinctiveByModule;
    }

    /** The share of the article's distinctive frames the dump shows, in [0, 1]. */
    public double distinctiveShare() {
        return distinctiveTotal == 0 ? 0 : Math.min(1.0, distinctiveEvidence() / distinctiveTotal);
    }

    /** Matched non-generic frames, a module-only application match counting half. */
    public double meaningfulEvidence() {
        return functionsMatched + 0.5 * modulesMatched;
    }
}
