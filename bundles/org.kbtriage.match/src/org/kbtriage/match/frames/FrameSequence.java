package org.kbtriage.match.frames;

import java.util.Arrays;
import java.util.List;

import org.kbtriage.model.StackFrame;

/**
 * A normalized stack, top (crash point) first: canonical frames with recursion collapsed, each
 * with its position among the non-generic frames (generic frames do not push the meaningful ones
 * down) and, for a dump, the model frame it came from. Immutable.
 */
public final class FrameSequence {

    private final FrameSignature[] frames;
    private final int[] positions;
    private final StackFrame[] sources;
    private final int meaningfulCount;

    FrameSequence(List<FrameSignature> frames, List<StackFrame> sources) {
        this.frames = frames.toArray(FrameSignature[]::new);
        this.sources = sources.toArray(StackFrame[]::new);
        this.positions = new int[this.frames.length];
        int position = 0;
        for (int i = 0; i < this.frames.length; i++) {
            positions[i] = position;
            if (!this.frames[i].generic()) {
                position++;
            }
        }
        this.meaningfulCount = position;
    }

    public int size() {
        return frames.length;
    }

    public boolean isEmpty() {
        return frames.length == 0;
    }

    public FrameSignature frame(int index) {
        return frames[index];
    }

    /** How many non-generic frames are above this one. */
    public int position(int index) {
        return positions[index];
    }

    /** The dump's model frame behind this entry; null for article stacks. */
    public StackFrame source(int index) {
        return sources[index];
    }

    /** The number of non-generic frames. */
    public int meaningfulCount() {
        return meaningfulCount;
    }

    public List<FrameSignature> frames() {
        return List.of(frames);
    }

    @Override
    public String toString() {
        return Arrays.toString(frames);
    }
}
