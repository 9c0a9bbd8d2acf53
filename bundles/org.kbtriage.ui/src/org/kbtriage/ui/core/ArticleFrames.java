package org.kbtriage.ui.core;

import java.util.ArrayList;
import java.util.List;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/** Finds the call stacks an article prints, with the dump parser, so that the index knows their frames. */
final class ArticleFrames {

    private ArticleFrames() {
    }

    /** The frames of every stack printed in the body, stack after stack, each numbered from its top. */
    static List<StackFrame> extract(String body) {
        Dump dump = new DumpParser().parseText(body, "article");
        List<StackFrame> frames = new ArrayList<>();
        for (DumpThread thread : dump.getThreads()) {
            frames.addAll(thread.getFrames());
        }
        return frames;
    }
}
