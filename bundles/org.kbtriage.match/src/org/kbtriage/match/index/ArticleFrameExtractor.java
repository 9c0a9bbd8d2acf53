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
 * later tells the stacks of one article apart; stacks of a single frame (a function named in
 * prose) are left out.
 */
public final class ArticleFrameExtractor implements Function<String, List<StackFrame>> {

    private final DumpParser parser = new DumpParser();

    @Override
    public List<StackFrame> apply(String articleBody) {
        Dump dump = parser.parseText(articleBody, "article");
        List<StackFrame> frames = new ArrayList<>();
        for (DumpThread thread : dump.getThreads()) {
            List<StackFrame> stack = new ArrayList<>(thread.getFrames());
            if (stack.size() < 2) {
                continue;
            }
            for (int i = 0; i < stack.size(); i++) {
                stack.get(i).setOrdinal(i);
            }
            frames.addAll(stack);
        }
        return frames;
    }
}
