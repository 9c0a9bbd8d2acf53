package org.kbtriage.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.kbtriage.model.Applicability;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.LoadedDump;
import org.kbtriage.ui.core.SearchHit;
import org.kbtriage.ui.core.SearchRequest;
import org.kbtriage.ui.core.TriageException;
import org.kbtriage.ui.core.TriageService;

/**
 * A stand-in for the parser, index and matcher, to test the workbench's own behaviour on inputs whose
 * answer is known: each "~N" line starts thread N (the first one crashing), each MODULE!Symbol+0xNN is a
 * frame, and an article matches the frames whose symbol it names.
 */
final class StubTriageService implements TriageService {

    private static final Pattern FRAME = Pattern.compile("([A-Za-z0-9_]+)!([A-Za-z0-9_]+)\\+(0x[0-9a-fA-F]+)");
    private static final Pattern THREAD = Pattern.compile("(?m)^~(\\d+)");
    private static final TriageFactory F = TriageFactory.eINSTANCE;

    private final Map<String, Set<String>> articleSymbols;
    private final Set<String> genericModules;
    private final List<KbListener> listeners = new CopyOnWriteArrayList<>();
    private volatile KbStatus status;

    StubTriageService(Map<String, Set<String>> articleSymbols, Set<String> genericModules, KbStatus status) {
        this.articleSymbols = articleSymbols;
        this.genericModules = genericModules;
        this.status = status;
    }

    @Override
    public LoadedDump load(Path file, IProgressMonitor monitor) throws TriageException {
        String text = readText(file, monitor);
        Dump dump = F.createDump();
        dump.setSourceFile(file.toString());
        DumpThread thread = null;
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher threadStart = THREAD.matcher(lines[i]);
            if (threadStart.lookingAt()) {
                thread = F.createDumpThread();
                thread.setId(threadStart.group(1));
                thread.setCrashing(dump.getThreads().isEmpty());
                dump.getThreads().add(thread);
            }
            Matcher frame = FRAME.matcher(lines[i]);
            if (frame.find() && thread != null) {
                StackFrame f = F.createStackFrame();
                f.setOrdinal(thread.getFrames().size());
                f.setModule(frame.group(1));
                f.setSymbol(frame.group(2));
                f.setOffset(frame.group(3));
                f.setLine(i + 1);
                f.setStartOffset(offset + frame.start());
                f.setEndOffset(offset + frame.end());
                f.setKey(frame.group(1).toLowerCase() + "!" + frame.group(2));
                thread.getFrames().add(f);
            }
            offset += lines[i].length() + 1;
        }
        return new LoadedDump(file, text, dump);
    }

    @Override
    public String readText(Path file, IProgressMonitor monitor) throws TriageException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TriageException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Match> match(Dump dump, IProgressMonitor monitor) {
        List<Match> matches = new ArrayList<>();
        for (Map.Entry<String, Set<String>> article : articleSymbols.entrySet()) {
            Match match = F.createMatch();
            match.setArticleId(article.getKey());
            match.setArticle(article(article.getKey()));
            for (DumpThread thread : dump.getThreads()) {
                for (StackFrame frame : thread.getFrames()) {
                    if (article.getValue().contains(frame.getSymbol())) {
                        match.getMatchedFrames().add(frame);
                    }
                }
            }
            if (!match.getMatchedFrames().isEmpty()) {
                match.setScore(match.getMatchedFrames().size() / (double) article.getValue().size());
                match.setConfident(match.getScore() >= 0.75);
                match.setApplicability(Applicability.UNKNOWN);
                match.setReason(match.getMatchedFrames().size() + " frames in common");
                matches.add(match);
            }
        }
        matches.sort((a, b) -> Double.compare(b.getScore(), a.getScore()));
        for (int i = 0; i < matches.size(); i++) {
            matches.get(i).setRank(i + 1);
        }
        return matches;
    }

    @Override
    public boolean isGeneric(StackFrame frame) {
        return genericModules.contains(frame.getModule());
    }

    @Override
    public KbStatus kbStatus() {
        return status;
    }

    @Override
    public KbStatus ensureKb(IProgressMonitor monitor) {
        return status;
    }

    @Override
    public KbStatus refreshKb(IProgressMonitor monitor) {
        listeners.forEach(l -> l.kbChanged(status));
        return status;
    }

    void setStatus(KbStatus newStatus) {
        status = newStatus;
        listeners.forEach(l -> l.kbChanged(newStatus));
    }

    @Override
    public List<SearchHit> search(SearchRequest request, IProgressMonitor monitor) {
        return List.of();
    }

    @Override
    public KbArticle article(String id, IProgressMonitor monitor) {
        return article(id);
    }

    static KbArticle article(String id) {
        KbArticle article = F.createKbArticle();
        article.setId(id);
        article.setTitle("Invented article " + id);
        article.getProducts().add("Invented Server");
        article.getVersions().add("1.0");
        article.getSections().add(section("SYMPTOMS", "The service stops responding."));
        article.getSections().add(section("CAUSE", "A race in the invented component."));
        article.getSections().add(section("RESOLUTION", "Apply invented service pack " + id + "."));
        article.getSections().add(section("WORKAROUND", "Restart the invented service."));
        return article;
    }

    private static ArticleSection section(String name, String text) {
        ArticleSection section = F.createArticleSection();
        section.setName(name);
        section.setText(text);
        return section;
    }

    @Override
    public String importKb(Path source, IProgressMonitor monitor) {
        return "nothing imported";
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
