package org.kbtriage.match.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/**
 * Finds the call stacks an article prints, for {@code KbImporter.frameExtractor(...)}: the dump
 * parser reads the article text, and the frames of every stack it finds are returned in printed
 * order, each stack's ordinals starting again at 0. That restart is how {@link IndexedArticles}
 * later tells the stacks of one article apart.
 *
 * <p>Articles wrap long lines at 80 columns and put notes between frames; where the parser sees
 * two stacks whose frames are printed within {@value #MAX_GAP_LINES} lines of each other, they are
 * one printed stack and are joined. Stacks of a single frame (a function named in prose) are left out.
 */
public final class ArticleFrameExtractor implements Function<String, List<StackFrame>> {

    /** Frames of one printed stack are at most this many lines apart (a wrapped name, an FPO note, a blank line). */
    static final int MAX_GAP_LINES = 3;

    private final DumpParser parser = new DumpParser();

    @Override
    public List<StackFrame> apply(String articleBody) {
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
            if (stack.size() < 2) {
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
        return last.getLine() > 0 && next.getLine() > last.getLine() && next.getLine() - last.getLine() <= MAX_GAP_LINES;
    }
}
