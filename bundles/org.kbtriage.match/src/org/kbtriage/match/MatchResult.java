package org.kbtriage.match;

import java.util.List;

import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

/**
 * The answer for one dump: ranked matches (best first; confident ones before the others) and a
 * plain-language verdict that says either which article explains the crash or that none does
 * with confidence.
 *
 * @param matches        ranked matches, each with its article set; may be empty
 * @param verdict        one or two sentences for a person
 * @param crashingThread the thread the matching started from; null when the dump has no stack
 */
public record MatchResult(List<Match> matches, String verdict, DumpThread crashingThread) {

    public MatchResult {
        matches = List.copyOf(matches);
    }

    /** True when the best match is confident. */
    public boolean confident() {
        return !matches.isEmpty() && matches.get(0).isConfident();
    }

    /** The best match, or null. */
    public Match best() {
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** The frames of the thread the matching started from (top first); empty when there is none. */
    public List<StackFrame> crashingFrames() {
        return crashingThread == null ? List.of() : List.copyOf(crashingThread.getFrames());
    }
}
