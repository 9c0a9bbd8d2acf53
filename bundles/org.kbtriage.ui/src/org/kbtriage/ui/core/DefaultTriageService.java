package org.kbtriage.ui.core;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;

/** The service the product runs with: the parser, the KB index and the matcher of the other bundles. */
final class DefaultTriageService implements TriageService {

    private final TriagePreferences preferences;
    private final List<KbListener> listeners = new CopyOnWriteArrayList<>();
    private volatile KbStatus status;

    DefaultTriageService(TriagePreferences preferences) {
        this.preferences = preferences;
        this.status = KbStatus.unknown(preferences.indexLocation());
    }

    @Override
    public LoadedDump load(Path file, IProgressMonitor monitor) throws TriageException {
        // TODO(parser): DumpParser + TextDecoding once the parser bundle lands.
        try {
            byte[] bytes = Files.readAllBytes(file);
            Charset charset = bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                    ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
            String text = new String(bytes, charset);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            Dump dump = TriageFactory.eINSTANCE.createDump();
            dump.setSourceFile(file.toString());
            dump.setSizeBytes(bytes.length);
            dump.setCharset(charset.name());
            return new LoadedDump(file, text, dump);
        } catch (IOException e) {
            throw new TriageException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String readText(Path file, IProgressMonitor monitor) throws TriageException {
        return load(file, monitor).text();
    }

    @Override
    public List<Match> match(Dump dump, IProgressMonitor monitor) {
        return List.of();
    }

    @Override
    public boolean isGeneric(StackFrame frame) {
        return false;
    }

    @Override
    public KbStatus kbStatus() {
        return status;
    }

    @Override
    public KbStatus refreshKb(IProgressMonitor monitor) {
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
