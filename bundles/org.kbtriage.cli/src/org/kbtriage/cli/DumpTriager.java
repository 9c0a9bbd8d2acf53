package org.kbtriage.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.kbtriage.index.KbIndex;
import org.kbtriage.match.DumpMatcher;
import org.kbtriage.match.MatchResult;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriageSession;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;
import org.kbtriage.report.IndexInfo;
import org.kbtriage.report.ReportContext;

/**
 * Parses dumps and matches them against an open KB index into triage sessions: the whole triage of
 * one dump, set up once and reused for every dump of a batch.
 */
final class DumpTriager implements Closeable {

    private final Path indexDir;
    private final KbIndex index;
    private final DumpMatcher matcher;
    private final DumpParser parser = new DumpParser();
    private final int top;

    private DumpTriager(Path indexDir, KbIndex index, DumpMatcher matcher, int top) {
        this.indexDir = indexDir;
        this.index = index;
        this.matcher = matcher;
        this.top = top;
    }

    /** Opens the index and builds the matcher over its article stacks, with this skip list of generic frames. */
    static DumpTriager open(Path indexDir, SkipList skipList, int top) throws IOException {
        KbIndex index = KbIndex.open(indexDir);
        try {
            DumpMatcher matcher = new DumpMatcher(index, skipList);
            return new DumpTriager(indexDir, index, matcher, top);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The report context for reports of this triage: the index, the skip list, now. */
    ReportContext reportContext() {
        return ReportContext.now()
                .withIndex(new IndexInfo(index.articleCount(), index.builtAt(), indexDir.toAbsolutePath().toString()))
                .withGenericFrame(matcher.skipList()::isGeneric);
    }

    /** Parses the dump and matches it; the session holds the dump, the ranked matches and their articles. */
    TriageSession triage(Path dumpFile, IProgressMonitor monitor) throws IOException, DumpReadException {
        Dump dump = parser.parse(dumpFile, monitor);
        MatchResult result = matcher.match(dump, top);
        TriageSession session = TriageFactory.eINSTANCE.createTriageSession();
        session.setCreated(new Date());
        session.setDump(dump);
        session.setIndexDescription("KB index " + indexDir.toAbsolutePath());
        Set<String> articleIds = new HashSet<>();
        for (Match match : result.matches()) {
            KbArticle article = match.getArticle();
            if (article != null && article.eContainer() == null && articleIds.add(article.getId())) {
                session.getArticles().add(article);
            }
            session.getMatches().add(match);
        }
        return session;
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
