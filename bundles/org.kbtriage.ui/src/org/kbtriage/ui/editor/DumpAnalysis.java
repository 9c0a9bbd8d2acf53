package org.kbtriage.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.core.KbStatus;

/** Everything known about an open dump: its text, its model, the ranked articles and which frames they matched. */
public final class DumpAnalysis {

    private final Path file;
    private final DumpText text;
    private final Dump dump;
    private final List<Match> matches;
    private final KbStatus kbStatus;
    private final FrameIndex frameIndex;
    private final Set<StackFrame> genericFrames;
    private final Map<StackFrame, List<Match>> matchesByFrame = new IdentityHashMap<>();

    public DumpAnalysis(Path file, DumpText text, Dump dump, List<Match> matches, KbStatus kbStatus,
            Set<StackFrame> genericFrames) {
        this.file = file;
        this.text = text;
        this.dump = dump;
        this.matches = List.copyOf(matches);
        this.kbStatus = kbStatus;
        this.genericFrames = Collections.unmodifiableSet(genericFrames);
        this.frameIndex = new FrameIndex(dump, text.length());
        for (Match match : this.matches) {
            for (StackFrame frame : match.getMatchedFrames()) {
                matchesByFrame.computeIfAbsent(frame, f -> new ArrayList<>()).add(match);
            }
        }
    }

    public Path file() {
        return file;
    }

    /** The dump's whole text, which the frame offsets index. */
    public DumpText text() {
        return text;
    }

    public Dump dump() {
        return dump;
    }

    /** Ranked, best first. */
    public List<Match> matches() {
        return matches;
    }

    /** The state of the KB when the dump was matched (MISSING: it could not be matched). */
    public KbStatus kbStatus() {
        return kbStatus;
    }

    public FrameIndex frameIndex() {
        return frameIndex;
    }

    public boolean isGeneric(StackFrame frame) {
        return genericFrames.contains(frame);
    }

    /** The matches that used this frame, best first. */
    public List<Match> matchesOf(StackFrame frame) {
        return matchesByFrame.getOrDefault(frame, List.of());
    }

    /** The best match if it is confident, else null: "no confident match". */
    public Match confidentMatch() {
        return matches.isEmpty() || !matches.get(0).isConfident() ? null : matches.get(0);
    }

    /** Threads with the crashing one first, the others in dump order. */
    public List<DumpThread> threadsCrashingFirst() {
        List<DumpThread> threads = new ArrayList<>(dump.getThreads());
        threads.sort((a, b) -> Boolean.compare(b.isCrashing(), a.isCrashing()));
        return threads;
    }

    public boolean isCrashingFrame(StackFrame frame) {
        return frame.eContainer() instanceof DumpThread thread && thread.isCrashing();
    }

    /** Whether the object (a frame, thread, module...) belongs to this dump's model. */
    public boolean owns(Object element) {
        if (!(element instanceof org.eclipse.emf.ecore.EObject object)) {
            return false;
        }
        return org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(dump, object);
    }
}
