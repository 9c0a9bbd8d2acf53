package org.kbtriage.ui.editor;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

/** Tells, over a frame in the dump text, which KB articles it matched. */
final class FrameHover implements ITextHover {

    private final DumpEditor editor;

    FrameHover(DumpEditor editor) {
        this.editor = editor;
    }

    @Override
    public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
        StackFrame frame = frameAt(offset);
        return frame == null ? null
                : new Region((int) frame.getStartOffset(), (int) (frame.getEndOffset() - frame.getStartOffset()));
    }

    @Override
    @SuppressWarnings("deprecation") // ITextHoverExtension2 is only needed for rich hovers
    public String getHoverInfo(ITextViewer textViewer, IRegion region) {
        StackFrame frame = frameAt(region.getOffset());
        DumpAnalysis analysis = editor.getAnalysis();
        return frame == null || analysis == null ? null : describe(analysis, frame);
    }

    private StackFrame frameAt(int offset) {
        DumpAnalysis analysis = editor.getAnalysis();
        return analysis == null ? null : analysis.frameIndex().frameAt(offset);
    }

    static String describe(DumpAnalysis analysis, StackFrame frame) {
        StringBuilder text = new StringBuilder(FrameLabels.qualifiedName(frame));
        if (frame.eContainer() instanceof DumpThread thread) {
            text.append("\nFrame ").append(frame.getOrdinal()).append(" of thread ")
                    .append(thread.getId() == null ? "?" : thread.getId())
                    .append(thread.isCrashing() ? " (crashing thread)" : "");
        }
        if (analysis.isGeneric(frame)) {
            text.append("\nGeneric OS frame: it says little about the crash.");
        }
        List<Match> matches = analysis.matchesOf(frame);
        if (matches.isEmpty()) {
            text.append("\nMatched no KB article.");
        } else {
            text.append("\nMatched:");
            for (Match match : matches) {
                text.append("\n  ").append(match.getArticleId());
                if (match.getArticle() != null && match.getArticle().getTitle() != null) {
                    text.append("  ").append(match.getArticle().getTitle());
                }
                text.append(String.format(Locale.ROOT, "  (rank %d, score %.2f%s)", match.getRank(), match.getScore(),
                        match.isConfident() ? ", confident" : ""));
            }
            text.append("\nCtrl+click or F3 opens the best article.");
        }
        return text.toString();
    }
}
