package org.kbtriage.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.kbtriage.model.StackFrame;

/**
 * How the dump editor marks frames: the shown match's frames strongly, the crashing thread's frames
 * lightly, generic OS frames dimmed, every other recognised frame in a quiet colour. Only frame ranges
 * get a style; the rest of the text keeps the widget's default.
 */
public final class FrameStyles {

    public static final RGB MATCHED_BACKGROUND = new RGB(255, 196, 64);
    public static final RGB CRASHING_BACKGROUND = new RGB(255, 232, 232);
    public static final RGB GENERIC_FOREGROUND = new RGB(150, 150, 150);
    public static final RGB FRAME_FOREGROUND = new RGB(0, 64, 140);

    private static final Color MATCHED_BG = new Color(MATCHED_BACKGROUND);
    private static final Color CRASHING_BG = new Color(CRASHING_BACKGROUND);
    private static final Color GENERIC_FG = new Color(GENERIC_FOREGROUND);
    private static final Color FRAME_FG = new Color(FRAME_FOREGROUND);
    private static final Color BLACK = new Color(new RGB(0, 0, 0));

    private FrameStyles() {
    }

    /** The presentation of every placed frame of the analysis, with the given frames as the matched ones. */
    public static TextPresentation presentation(DumpAnalysis analysis, Set<StackFrame> matched) {
        List<StackFrame> frames = analysis.frameIndex().frames();
        List<StyleRange> ranges = new ArrayList<>(frames.size());
        int lastEnd = -1;
        for (StackFrame frame : frames) {
            int start = (int) frame.getStartOffset();
            if (start < lastEnd) {
                continue; // overlapping frames (should not happen): keep the first
            }
            ranges.add(style(analysis, frame, matched.contains(frame)));
            lastEnd = (int) frame.getEndOffset();
        }
        TextPresentation presentation = new TextPresentation(Math.max(1, ranges.size()));
        ranges.forEach(presentation::addStyleRange);
        return presentation;
    }

    private static StyleRange style(DumpAnalysis analysis, StackFrame frame, boolean matched) {
        int start = (int) frame.getStartOffset();
        StyleRange range = new StyleRange();
        range.start = start;
        range.length = (int) frame.getEndOffset() - start;
        if (matched) {
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
