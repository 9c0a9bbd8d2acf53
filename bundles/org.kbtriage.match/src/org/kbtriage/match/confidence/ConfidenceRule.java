package org.kbtriage.match.confidence;

import java.util.Locale;

/**
 * The calibrated rule that calls a match confident. All of these must hold:
 * <ol>
 * <li><b>anchored</b>: a matched non-generic frame lies within the top three meaningful frames of
 * both the dump thread and the article stack (the crash point is the same, not just some callers);</li>
 * <li>at least one <b>distinctive</b> article frame is matched function to function: frames
 * without symbols, module names and generic OS frames alone never give a confident match;</li>
 * <li>at least two non-generic frames match (a module-only match counts half);</li>
 * <li>enough of the article's distinctive frames: two (or all, when it has fewer), or a module-only
 * heavy match of at least three frames that covers half of them;</li>
 * <li>a share of the distinctive frames of at least a quarter (or three distinctive functions in
 * order, which is rare by chance); for an article about a crash inside the OS, half.</li>
 * </ol>
 * The thresholds were set on the DEV sets and checked against synthetic variants of every
 * article stack (replays, missing symbols, same-module look-alikes, generic-only stacks).
 */
public final class ConfidenceRule {

    static final double MIN_MEANINGFUL = 2.0;
    static final double MIN_SHARE = 0.25;
    static final double MIN_SHARE_OS_ONLY = 0.5;
    static final int STRONG_DISTINCTIVE = 3;

    public Judgement judge(Evidence e, String articleId) {
        String article = articleId;
        if (e.functionsMatched() == 0 && e.modulesMatched() == 0) {
            return new Judgement(false, "only generic OS frames (heap, exception dispatch, thread start, waits, RPC "
                    + "dispatch) in common with " + article);
        }
        if (e.distinctiveMatched() == 0) {
            if (e.functionsMatched() == 0) {
                return new Judgement(false, "same module" + plural(e.matchedModules().size()) + " as " + article + " ("
                        + String.join(", ", e.matchedModules()) + ") but none of its functions");
            }
            return new Judgement(false, e.functionsMatched() + " common frame" + plural(e.functionsMatched())
                    + " of " + String.join(", ", e.matchedModules()) + " shared with " + article
                    + ", but none of its distinctive frames");
        }
        String counted = count(e) + " of " + article;
        if (!e.anchored()) {
            return new Judgement(false, counted + " in order, but not at the crash point");
        }
        boolean enoughFrames = e.meaningfulEvidence() >= MIN_MEANINGFUL
                && (e.distinctiveEvidence() >= Math.min(2, e.distinctiveTotal())
                        || (e.meaningfulEvidence() >= 3 && e.distinctiveShare() >= 0.5));
        boolean enoughShare = e.osOnly()
                ? e.distinctiveShare() >= MIN_SHARE_OS_ONLY
                : e.distinctiveShare() >= MIN_SHARE || e.distinctiveMatched() >= STRONG_DISTINCTIVE;
        if (!enoughFrames || !enoughShare) {
            return new Judgement(false, "only " + counted + " in order at the top of the crashing thread");
        }
        String reason = counted + " in order at the top of the crashing thread";
        if (e.osOnly()) {
            reason += " (the article's crash is inside the operating system)";
        }
        return new Judgement(true, reason);
    }

    private static String count(Evidence e) {
        String what = e.osOnly() ? "distinctive OS frame" : "distinctive frame";
        String text = e.distinctiveMatched() + " of " + e.distinctiveTotal() + " " + what + plural(e.distinctiveTotal());
        if (e.distinctiveByModule() > 0) {
            text += String.format(Locale.ROOT, " (+%d by module only, no symbols)", e.distinctiveByModule());
        }
        return text;
    }

    private static String plural(int count) {
        return count == 1 ? "" : "s";
    }
}
