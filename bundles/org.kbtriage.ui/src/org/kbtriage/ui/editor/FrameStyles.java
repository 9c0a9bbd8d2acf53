package org.kbtriage.ui.editor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.kbtriage.model.StackFrame;

/**
 * How the dump editor marks frames: the shown match's frames strongly, the crashing thread's frames
 * lightly, generic OS frames dimmed, every other recognised frame in a quiet colour. Only frame ranges
 * get a style; the rest of the text keeps the widget's default.
 * <p>
 * The text widget asks for the styles of each line it draws, so a 100 MB log costs nothing up front and
 * changing the shown match restyles only the frames whose look changed.
 */
public final class FrameStyles implements LineStyleListener {

    public static final RGB MATCHED_BACKGROUND = new RGB(255, 196, 64);
    public static final RGB CRASHING_BACKGROUND = new RGB(255, 232, 232);
    public static final RGB GENERIC_FOREGROUND = new RGB(150, 150, 150);
    public static final RGB FRAME_FOREGROUND = new RGB(0, 64, 140);

    private static final Color MATCHED_BG = new Color(MATCHED_BACKGROUND);
    private static final Color CRASHING_BG = new Color(CRASHING_BACKGROUND);
    private static final Color GENERIC_FG = new Color(GENERIC_FOREGROUND);
    private static final Color FRAME_FG = new Color(FRAME_FOREGROUND);
    private static final Color BLACK = new Color(new RGB(0, 0, 0));
    private static final StyleRange[] NONE = new StyleRange[0];

    private DumpAnalysis analysis;
    private Set<StackFrame> matched = Set.of();

    /** Styles the frames of this analysis (null: none), with no match shown. */
    void show(DumpAnalysis newAnalysis) {
        analysis = newAnalysis;
        matched = Set.of();
    }

    /** Marks these frames as the shown match's; returns the frames whose look changed. */
    Set<StackFrame> showMatched(List<StackFrame> frames) {
        Set<StackFrame> newMatched = Collections.newSetFromMap(new IdentityHashMap<>());
        newMatched.addAll(frames);
        Set<StackFrame> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        matched.stream().filter(f -> !newMatched.contains(f)).forEach(changed::add);
        newMatched.stream().filter(f -> !matched.contains(f)).forEach(changed::add);
        matched = newMatched;
        return changed;
    }

    @Override
    public void lineGetStyle(LineStyleEvent event) {
        event.styles = stylesIn(event.lineOffset, event.lineOffset + event.lineText.length());
    }

    /** The styles of the frames in the text range [start, end), clipped to it, by offset. */
    public StyleRange[] stylesIn(int start, int end) {
        if (analysis == null || end <= start) {
            return NONE;
        }
        List<StyleRange> ranges = new ArrayList<>();
        int lastEnd = -1;
        for (StackFrame frame : analysis.frameIndex().framesOverlapping(start, end)) {
            int frameStart = (int) frame.getStartOffset();
            if (frameStart < lastEnd) {
                continue; // overlapping frames (should not happen): keep the first
            }
            lastEnd = (int) frame.getEndOffset();
            StyleRange range = style(frame);
            range.start = Math.max(start, frameStart);
            range.length = Math.min(end, lastEnd) - range.start;
            ranges.add(range);
        }
        return ranges.toArray(NONE);
    }

    private StyleRange style(StackFrame frame) {
        StyleRange range = new StyleRange();
        if (matched.contains(frame)) {
            range.background = MATCHED_BG;
            range.foreground = BLACK;
            range.fontStyle = SWT.BOLD;
            return range;
        }
        range.foreground = analysis.isGeneric(frame) ? GENERIC_FG : FRAME_FG;
        if (analysis.isCrashingFrame(frame)) {
            range.background = CRASHING_BG;
        }
        return range;
    }
}
