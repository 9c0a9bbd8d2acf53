package org.kbtriage.ui.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kbtriage.model.Dump;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriageSession;

/**
 * A self-contained copy of a triage (dump, ranked matches, their articles) to save or report, taken on
 * the UI thread so that a job may write it while the editor goes on using its own model.
 */
public final class TriageSessionSnapshot {

    private TriageSessionSnapshot() {
    }

    public static TriageSession of(Dump dump, List<Match> matches, String indexDescription) {
        Set<KbArticle> articles = new LinkedHashSet<>();
        for (Match match : matches) {
            if (match.getArticle() != null) {
                articles.add(match.getArticle());
            }
        }
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Dump dumpCopy = (Dump) copier.copy(dump);
        Collection<Match> matchCopies = copier.copyAll(matches);
        Collection<KbArticle> articleCopies = copier.copyAll(new ArrayList<>(articles));
        copier.copyReferences();

        TriageSession session = TriageFactory.eINSTANCE.createTriageSession();
        session.setDump(dumpCopy);
        session.getMatches().addAll(matchCopies);
        session.getArticles().addAll(articleCopies);
        session.setIndexDescription(indexDescription);
        session.setCreated(new Date());
        return session;
    }
}
