package org.kbtriage.ui.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;

/** The dump's frames that have a place in the text, ordered by offset, to find the frame under the caret. */
public final class FrameIndex {

    private final List<StackFrame> frames;
    private final int[] starts;

    public FrameIndex(Dump dump, int textLength) {
        List<StackFrame> placed = new ArrayList<>();
        for (DumpThread thread : dump.getThreads()) {
            for (StackFrame frame : thread.getFrames()) {
                if (hasPlace(frame, textLength)) {
                    placed.add(frame);
                }
            }
        }
        placed.sort(Comparator.comparingLong(StackFrame::getStartOffset));
        this.frames = List.copyOf(placed);
        this.starts = placed.stream().mapToInt(f -> (int) f.getStartOffset()).toArray();
    }

    /** Whether the frame's offsets point into a text of that length. */
    public static boolean hasPlace(StackFrame frame, int textLength) {
        return frame.getStartOffset() >= 0 && frame.getEndOffset() > frame.getStartOffset()
                && frame.getEndOffset() <= textLength;
    }

    /** The frame whose text holds the offset (its end included, where a caret after the text sits), or null. */
    public StackFrame frameAt(int offset) {
        int candidate = lastStartingAtOrBefore(offset);
        if (candidate < 0) {
            return null;
        }
        StackFrame frame = frames.get(candidate);
        return offset <= frame.getEndOffset() ? frame : null;
    }

    /** The placed frames whose text overlaps the range [start, end), by offset. */
    public List<StackFrame> framesOverlapping(int start, int end) {
        int from = Math.max(0, lastStartingAtOrBefore(start));
        if (from < frames.size() && frames.get(from).getEndOffset() <= start) {
            from++;
        }
        int to = Math.max(from, lastStartingAtOrBefore(end - 1) + 1);
        return frames.subList(from, to);
    }

    /** All placed frames, by offset. */
    public List<StackFrame> frames() {
        return frames;
    }

    /** The index of the last frame that starts at or before the offset, or -1. */
    private int lastStartingAtOrBefore(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int candidate = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                candidate = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate;
    }
}
