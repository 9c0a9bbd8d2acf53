package org.kbtriage.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/**
 * The default frame extractor: the dump parser reads the article text, and the frames of every stack it
 * finds (each of at least two frames, so a function named in prose is no stack) are returned in printed
 * order, each stack's ordinals starting again at 0 so the stacks of one article can be told apart.
 *
 * <p>Articles wrap long lines at 80 columns and put notes between frames; where the parser sees two
 * stacks whose frames are printed within {@value #MAX_GAP_LINES} lines of each other, they are one
 * printed stack and are joined.
 *
 * <p>Only text holding a {@code module!symbol}-shaped token is parsed: every stack the KB prints has one, and
 * skipping the 99% of articles without it halves the import time.
 */
public final class ArticleStackFrames implements Function<String, List<StackFrame>> {

    private static final int MIN_STACK_FRAMES = 2;

    /** Frames of one printed stack are at most this many lines apart (a wrapped name, an FPO note, a blank line). */
    static final int MAX_GAP_LINES = 3;

    private final DumpParser parser = new DumpParser();

    @Override
    public List<StackFrame> apply(String articleBody) {
        if (!mayHoldFrames(articleBody)) {
            return List.of();
        }
        Dump dump = parser.parseText(articleBody, "article");
        List<List<StackFrame>> stacks = new ArrayList<>();
        for (DumpThread thread : dump.getThreads()) {
            List<StackFrame> frames = new ArrayList<>(thread.getFrames());
            if (frames.isEmpty()) {
                continue;
            }
            List<StackFrame> previous = stacks.isEmpty() ? null : stacks.get(stacks.size() - 1);
            if (previous != null && continues(previous.get(previous.size() - 1), frames.get(0))) {
                previous.addAll(frames);
            } else {
                stacks.add(frames);
            }
        }
        List<StackFrame> result = new ArrayList<>();
        for (List<StackFrame> stack : stacks) {
            if (stack.size() < MIN_STACK_FRAMES) {
                continue;
            }
            for (int i = 0; i < stack.size(); i++) {
                stack.get(i).setOrdinal(i);
            }
            result.addAll(stack);
        }
        return result;
    }

    private static boolean continues(StackFrame last, StackFrame next) {
        return last.getLine() > 0 && next.getLine() > last.getLine()
                && next.getLine() - last.getLine() <= MAX_GAP_LINES;
    }

    /** Whether the text has a {@code !} between a letter or digit and a symbol start ({@code drax400!<no symbols>}). */
    static boolean mayHoldFrames(String text) {
        for (int bang = text.indexOf('!'); bang >= 0; bang = text.indexOf('!', bang + 1)) {
            if (bang > 0 && bang + 1 < text.length() && Character.isLetterOrDigit(text.charAt(bang - 1))) {
                char next = text.charAt(bang + 1);
                if (Character.isLetter(next) || next == '_' || next == '?' || next == '<' || next == '@') {
                    return true;
                }
            }
        }
        return false;
    }
}
