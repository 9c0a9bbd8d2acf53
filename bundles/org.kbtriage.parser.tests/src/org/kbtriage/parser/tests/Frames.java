package org.kbtriage.parser.tests;

import java.util.List;
import java.util.stream.Collectors;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;

/** Small queries on a parsed dump, for readable assertions. */
final class Frames {

    private Frames() {
    }

    static DumpThread crashing(Dump dump) {
        List<DumpThread> crashing = dump.getThreads().stream().filter(DumpThread::isCrashing).toList();
        if (crashing.size() != 1) {
            throw new AssertionError("expected one crashing thread, found " + crashing.size() + " in " + describe(dump));
        }
        return crashing.get(0);
    }

    static List<String> keys(DumpThread thread) {
        return thread.getFrames().stream().map(StackFrame::getKey).toList();
    }

    /** The text a frame's offsets cover. */
    static String covered(String text, StackFrame frame) {
        return text.substring((int) frame.getStartOffset(), (int) frame.getEndOffset());
    }

    static String describe(Dump dump) {
        return dump.getThreads().stream()
                .map(t -> t.getId() + (t.isCrashing() ? "*" : "") + keys(t))
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
