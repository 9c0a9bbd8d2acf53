package org.kbtriage.ui.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;

/** The service the product runs with: the parser, the KB index and the matcher of the other bundles. */
final class DefaultTriageService implements TriageService {

    private final TriagePreferences preferences;
    private final List<KbListener> listeners = new CopyOnWriteArrayList<>();
    private volatile KbStatus status;
    private volatile SkipList skipList = SkipList.defaults();

    DefaultTriageService(TriagePreferences preferences) {
        this.preferences = preferences;
        this.status = KbStatus.unknown(preferences.indexLocation());
    }

    @Override
    public LoadedDump load(Path file, IProgressMonitor monitor) throws TriageException {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 100);
        Dump dump;
        try {
            dump = new DumpParser().parse(file, progress.split(70));
        } catch (DumpReadException e) {
            throw new TriageException(e.getMessage(), e);
        }
        return new LoadedDump(file, readText(file, progress.split(30)), dump);
    }

    @Override
    public String readText(Path file, IProgressMonitor monitor) throws TriageException {
        try {
            return DecodedText.read(file);
        } catch (IOException | OutOfMemoryError e) {
            throw new TriageException("Cannot read " + file + ": " + (e.getMessage() == null ? e : e.getMessage()), e);
        }
    }

    @Override
    public List<Match> match(Dump dump, IProgressMonitor monitor) {
        return List.of();
    }

    @Override
    public boolean isGeneric(StackFrame frame) {
        return skipList.isGeneric(frame);
    }

    @Override
    public KbStatus kbStatus() {
        return status;
    }

    @Override
    public KbStatus refreshKb(IProgressMonitor monitor) {
        skipList = loadSkipList();
        Path location = preferences.indexLocation();
        setStatus(KbStatus.missing(location));
        return status;
    }

    @Override
    public List<SearchHit> search(SearchRequest request, IProgressMonitor monitor) throws TriageException {
        throw new TriageException("There is no KB index to search yet.");
    }

    @Override
    public KbArticle article(String id, IProgressMonitor monitor) throws TriageException {
        throw new TriageException("There is no KB index to read article " + id + " from.");
    }

    @Override
    public void importKb(Path source, IProgressMonitor monitor) throws TriageException {
        throw new TriageException("Importing a KB is not available in this build.");
    }

    private SkipList loadSkipList() {
        Path rules = preferences.skipListFile();
        if (rules == null) {
            return SkipList.defaults();
        }
        try {
            return SkipList.defaults().withOverrides(rules);
        } catch (IOException | RuntimeException e) {
            TriageErrors.report("Skip list", "Cannot read the skip-list rules " + rules + " (" + e.getMessage()
                    + "); the built-in rules are used.", e);
            return SkipList.defaults();
        }
    }

    private void setStatus(KbStatus newStatus) {
        status = newStatus;
        listeners.forEach(l -> l.kbChanged(newStatus));
    }

    @Override
    public void addKbListener(KbListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeKbListener(KbListener listener) {
        listeners.remove(listener);
    }
}
