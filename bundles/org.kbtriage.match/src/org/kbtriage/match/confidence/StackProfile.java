package org.kbtriage.match.confidence;

import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;
import org.kbtriage.match.frames.SystemModules;
import org.kbtriage.match.stacks.FrameStatistics;

/**
 * Which frames of an article stack single the article out: its <em>distinctive</em> frames.
 * <ul>
 * <li>Normally the application frames (not generic, not in a core OS module, with a symbol),
 * keeping only the rare ones (printed by at most {@link #rareDocFreq(int)} articles) when there
 * are at least two: {@code store!EcRpc} sits under thirty Exchange crashes and explains none of
 * them. A stack with fewer rare frames keeps its common application frames too, so that one
 * missing frame does not leave nothing to match.</li>
 * <li>When the stack has no application frame with a symbol (the crash is inside the OS), the
 * non-generic OS frames printed by at most two articles; such a stack is {@link #osOnly()} and
 * needs a larger share of them to match (see {@link ConfidenceRule}).</li>
 * </ul>
 */
public final class StackProfile {

    private static final int OS_RARE_DOC_FREQ = 2;
    private static final int MIN_RARE = 2;

    private final boolean[] distinctive;
    private final int distinctiveCount;
    private final boolean osOnly;

    private StackProfile(boolean[] distinctive, boolean osOnly) {
        this.distinctive = distinctive;
        this.osOnly = osOnly;
        int count = 0;
        for (boolean d : distinctive) {
            if (d) {
                count++;
            }
        }
        this.distinctiveCount = count;
    }

    /** Frames printed by more articles than this are common, not distinctive: 2% of the articles, at least 3. */
    public static int rareDocFreq(int articleCount) {
        return Math.max(3, (int) (0.02 * articleCount));
    }

    public static StackProfile of(FrameSequence stack, FrameStatistics statistics, SystemModules systemModules) {
        int n = stack.size();
        boolean[] application = new boolean[n];
        boolean[] rare = new boolean[n];
        boolean anyApplication = false;
        int rareCount = 0;
        int rareLimit = rareDocFreq(statistics.articleCount());
        for (int j = 0; j < n; j++) {
            FrameSignature frame = stack.frame(j);
            if (frame.generic() || !frame.hasSymbol() || systemModules.contains(frame.module())) {
                continue;
            }
            application[j] = true;
            anyApplication = true;
            if (statistics.frameDocFreq(frame.key()) <= rareLimit) {
                rare[j] = true;
                rareCount++;
            }
        }
        if (anyApplication) {
            return new StackProfile(rareCount >= MIN_RARE ? rare : application, false);
        }
        boolean[] osFrames = new boolean[n];
        for (int j = 0; j < n; j++) {
            FrameSignature frame = stack.frame(j);
            osFrames[j] = !frame.generic() && frame.hasSymbol()
                    && statistics.frameDocFreq(frame.key()) <= OS_RARE_DOC_FREQ;
        }
        return new StackProfile(osFrames, true);
    }

    public boolean isDistinctive(int index) {
        return distinctive[index];
    }

    public int distinctiveCount() {
        return distinctiveCount;
    }

    /** True when the stack has no application frame: the article is about a crash inside the OS. */
    public boolean osOnly() {
        return osOnly;
    }
}
