package org.kbtriage.ui.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.index.ImportReport;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbIndexException;
import org.kbtriage.index.KbQuery;
import org.kbtriage.index.QueryParseException;
import org.kbtriage.match.DumpMatcher;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;
import org.kbtriage.ui.internal.TriageUiPlugin;

/** The service the product runs with: the parser, the KB index and the matcher of the other bundles. */
final class DefaultTriageService implements TriageService {

    private final TriagePreferences preferences;
    private final List<KbListener> listeners = new CopyOnWriteArrayList<>();
    private final Object kbLock = new Object();
    private volatile KbStatus status;
    private volatile SkipList skipList = SkipList.defaults();
    private KbIndex index;
    private DumpMatcher matcher;

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
    public List<Match> match(Dump dump, IProgressMonitor monitor) throws TriageException {
        DumpMatcher current = matcher(monitor);
        if (current == null) {
            return List.of();
        }
        try {
            List<Match> matches = new ArrayList<>(current.match(dump, preferences.matchCount()).matches());
            double threshold = preferences.confidenceThreshold();
            for (Match match : matches) {
                if (match.isConfident() && match.getScore() < threshold) {
                    match.setConfident(false);
                    match.setReason(match.getReason() + " (score below the confidence threshold " + threshold + ")");
                }
            }
            return matches;
        } catch (IOException e) {
            throw new TriageException("Cannot match against the KB index: " + e.getMessage(), e);
        }
    }

    /** The matcher over the open index, built on first use (it reads every article stack once). */
    private DumpMatcher matcher(IProgressMonitor monitor) throws TriageException {
        synchronized (kbLock) {
            if (index == null) {
                return null;
            }
            if (matcher == null) {
                SubMonitor.convert(monitor, "Loading the article stacks", SubMonitor.UNKNOWN);
                try {
                    matcher = new DumpMatcher(index, skipList);
                } catch (IOException e) {
                    throw new TriageException("Cannot read the article stacks of the KB index: " + e.getMessage(), e);
                }
            }
            return matcher;
        }
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
    public KbStatus ensureKb(IProgressMonitor monitor) {
        synchronized (kbLock) {
            return status.state() == KbStatus.State.UNKNOWN ? refreshKb(monitor) : status;
        }
    }

    @Override
    public KbStatus refreshKb(IProgressMonitor monitor) {
        KbStatus newStatus;
        synchronized (kbLock) {
            skipList = loadSkipList();
            closeIndex();
            Path location = preferences.indexLocation();
            if (isEmptyOrMissing(location)) {
                newStatus = KbStatus.missing(location);
            } else {
                try {
                    index = KbIndex.open(location);
                    newStatus = KbStatus.available(location, index.articleCount(), index.builtAt());
                } catch (KbIndexException e) {
                    TriageUiPlugin.log().warn("The KB index at " + location + " cannot be opened: " + e.getMessage());
                    newStatus = KbStatus.broken(location, e.getMessage());
                }
            }
        }
        setStatus(newStatus);
        return newStatus;
    }

    private static boolean isEmptyOrMissing(Path location) {
        if (!Files.isDirectory(location)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false; // let opening it say what is wrong
        }
    }

    private void closeIndex() {
        matcher = null;
        if (index != null) {
            try {
                index.close();
            } catch (IOException e) {
                TriageUiPlugin.log().warn("Closing the KB index: " + e.getMessage());
            }
            index = null;
        }
    }

    private KbIndex openIndex() throws TriageException {
        synchronized (kbLock) {
            ensureKb(null);
            if (index == null) {
                throw new TriageException(status.describe());
            }
            return index;
        }
    }

    @Override
    public List<SearchHit> search(SearchRequest request, IProgressMonitor monitor) throws TriageException {
        KbQuery query = KbQuery.of(request.query()).withTop(request.maxHits());
        if (!request.product().isEmpty()) {
            query = query.withProducts(List.of(request.product()));
        }
        if (!request.version().isEmpty()) {
            query = query.withVersions(List.of(request.version()));
        }
        try {
            return openIndex().search(query).hits().stream().map(DefaultTriageService::toHit).toList();
        } catch (QueryParseException e) {
            throw new TriageException("Cannot understand the query: " + e.getMessage(), e);
        }
    }

    private static SearchHit toHit(org.kbtriage.index.SearchHit hit) {
        List<TextRange> emphasis = hit.highlights().stream()
                .map(r -> new TextRange(r.start(), r.end() - r.start())).toList();
        return new SearchHit(hit.id(), hit.title(), hit.score(), hit.plainSnippet(), emphasis);
    }

    @Override
    public KbArticle article(String id, IProgressMonitor monitor) throws TriageException {
        return openIndex().article(id).orElseThrow(() -> new TriageException("The KB index holds no article " + id + "."));
    }

    @Override
    public String importKb(Path source, IProgressMonitor monitor) throws TriageException {
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + source.getFileName(), 100);
        Path location = preferences.indexLocation();
        ImportReport report;
        try {
            Files.createDirectories(location);
            report = new KbImporter(location).importSources(List.of(source), progress.split(95));
        } catch (IOException e) {
            throw new TriageException("Cannot import the KB from " + source + ": " + e.getMessage(), e);
        }
        report.warnings().forEach(w -> TriageUiPlugin.log().warn(w));
        refreshKb(progress.split(5));
        return String.format("Imported %d new and %d changed articles from %s (%d unchanged, %d skipped); the index holds %d.",
                report.added(), report.changed(), source.getFileName(), report.unchanged(), report.skipped(),
                report.articleCount());
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
