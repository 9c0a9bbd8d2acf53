package org.kbtriage.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageSession;
import org.kbtriage.model.io.TriageSessions;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.LoadedDump;
import org.kbtriage.ui.core.TriageException;
import org.kbtriage.ui.core.TriageService;

/** The background half of opening a dump: read, decode, parse, match (or restore a saved session). */
final class DumpAnalyzer {

    private final TriageService service;

    DumpAnalyzer(TriageService service) {
        this.service = service;
    }

    DumpAnalysis analyze(DumpEditorInput input, IProgressMonitor monitor) throws TriageException {
        SubMonitor progress = SubMonitor.convert(monitor, "Opening " + input.getName(), 100);
        if (input.session() != null) {
            return restore(input, progress);
        }
        progress.subTask("Parsing " + input.getName());
        LoadedDump loaded = service.load(input.file(), progress.split(60));
        DumpText text = DumpText.of(loaded.text());
        progress.worked(10);
        KbStatus kb = service.ensureKb(progress.split(0));
        List<Match> matches = List.of();
        if (kb.isAvailable()) {
            progress.subTask("Matching against the KB");
            matches = service.match(loaded.dump(), progress.split(30));
        }
        return new DumpAnalysis(input.file(), text, loaded.dump(), matches, kb, genericFrames(loaded.dump()));
    }

    private DumpAnalysis restore(DumpEditorInput input, SubMonitor progress) throws TriageException {
        TriageSession session;
        try {
            session = TriageSessions.load(input.session());
        } catch (java.io.IOException | RuntimeException e) {
            throw new TriageException("Cannot read the triage session " + input.session() + ": " + e.getMessage(), e);
        }
        progress.worked(10);
        Dump dump = session.getDump();
        if (dump == null) {
            throw new TriageException("The triage session " + input.session() + " holds no dump.");
        }
        Path file = input.file();
        if (!Files.isReadable(file)) {
            throw new TriageException("The dump " + file + " of the session " + input.session().getFileName()
                    + " is not there any more.");
        }
        String text = service.readText(file, progress.split(80));
        return new DumpAnalysis(file, DumpText.of(text), dump, session.getMatches(), service.kbStatus(),
                genericFrames(dump));
    }

    private Set<StackFrame> genericFrames(Dump dump) {
        Set<StackFrame> generic = Collections.newSetFromMap(new IdentityHashMap<>());
        for (DumpThread thread : dump.getThreads()) {
            for (StackFrame frame : thread.getFrames()) {
                if (service.isGeneric(frame)) {
                    generic.add(frame);
                }
            }
        }
        return generic;
    }
}
