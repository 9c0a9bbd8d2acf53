package org.kbtriage.ui.core;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

/**
 * What the workbench needs from the parser, the KB index and the matcher. Every method may do I/O or
 * long computation: call them from Jobs ({@link TriageJobs}), never from the UI thread — except
 * {@link #kbStatus()} and {@link #isGeneric(StackFrame)}, which only read memory.
 */
public interface TriageService {

    /** Reads, decodes and parses a dump file. */
    LoadedDump load(Path file, IProgressMonitor monitor) throws TriageException;

    /** Reads and decodes a dump file to the text its frame offsets count in (no parsing). */
    String readText(Path file, IProgressMonitor monitor) throws TriageException;

    /** Ranks the KB articles that explain a dump, best first; empty when there is no KB index. */
    List<Match> match(Dump dump, IProgressMonitor monitor) throws TriageException;

    /** Whether a frame is a generic OS frame that says little about a crash (shown dimmed). */
    boolean isGeneric(StackFrame frame);

    /** The last known state of the KB index (checked by {@link #refreshKb(IProgressMonitor)}). */
    KbStatus kbStatus();

    /** The KB state, looking at the index first if nobody has yet (waits for a look already under way). */
    KbStatus ensureKb(IProgressMonitor monitor);

    /** Looks at (and opens) the KB index at the configured location; tells the listeners. */
    KbStatus refreshKb(IProgressMonitor monitor);

    List<SearchHit> search(SearchRequest request, IProgressMonitor monitor) throws TriageException;

    /** The whole article with its sections, fixed files and frames. */
    KbArticle article(String id, IProgressMonitor monitor) throws TriageException;

    /**
     * Imports KB articles from a folder or a zip into the index (new and changed articles replace theirs) and
     * reopens it; returns a one-line summary for the user.
     */
    String importKb(Path source, IProgressMonitor monitor) throws TriageException;

    void addKbListener(KbListener listener);

    void removeKbListener(KbListener listener);

    /** Told, on any thread, when the KB index changed state (opened, imported, missing). */
    @FunctionalInterface
    interface KbListener {
        void kbChanged(KbStatus status);
    }
}
