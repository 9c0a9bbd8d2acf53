package org.kbtriage.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.core.SearchHit;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.internal.SimpleSelectionProvider;

/**
 * One KB article, readable: title, products and versions, resolution and workaround first, then the other
 * sections and the fixed files, with the terms that made it match highlighted. Follows the selected match
 * or search result; plain styled text (no browser widget).
 */
public final class ArticleView extends ViewPart {

    public static final String ID = "org.kbtriage.ui.views.article";

    private static final String MEMENTO_ARTICLE = "article";
    private static final String MEMENTO_TERMS = "terms";

    private final ISelectionListener selectionListener = this::selectionChanged;
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();

    private StyledText text;
    private ArticleRenderer renderer;
    private KbArticle article;
    private List<String> terms = List.of();
    private String pendingId;
    private Job loading;
    private IMemento restoredState;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        restoredState = memento;
    }

    @Override
    public void createPartControl(Composite parent) {
        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setMargins(8, 6, 8, 6);
        text.setCaret(null);
        renderer = new ArticleRenderer(JFaceResources.getFontRegistry().getBold(JFaceResources.HEADER_FONT),
                JFaceResources.getTextFont());
        text.setText("Select a match or a search result to read the article.");
        getSite().setSelectionProvider(selectionProvider);
        getSite().getPage().addPostSelectionListener(selectionListener);
        if (restoredState != null && restoredState.getString(MEMENTO_ARTICLE) != null) {
            String terms = restoredState.getString(MEMENTO_TERMS);
            showArticle(restoredState.getString(MEMENTO_ARTICLE), terms == null ? List.of() : List.of(terms.split("\n")),
                    null);
        }
    }

    @Override
    public void saveState(IMemento memento) {
        String id = article != null ? article.getId() : pendingId;
        if (id != null) {
            memento.putString(MEMENTO_ARTICLE, id);
            memento.putString(MEMENTO_TERMS, String.join("\n", terms));
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof Match match) {
            showMatch(match);
        } else if (first instanceof SearchHit hit) {
            showSearchHit(hit, KbSearchView.queryTerms(part));
        }
    }

    /** Shows a match's article with its matched frames' names highlighted. */
    public void showMatch(Match match) {
        Set<String> matchedTerms = new LinkedHashSet<>();
        for (StackFrame frame : match.getMatchedFrames()) {
            if (frame.getSymbol() != null && !frame.getSymbol().isBlank()) {
                matchedTerms.add(frame.getSymbol());
            }
        }
        String context = String.format(Locale.ROOT, "Match #%d, score %.2f%s, %d matched frames%s", match.getRank(),
                match.getScore(), match.isConfident() ? " (confident)" : " (not confident)", match.getMatchedFrames().size(),
                match.getReason() == null || match.getReason().isBlank() ? "" : ": " + match.getReason());
        KbArticle known = match.getArticle();
        if (known != null && !known.getSections().isEmpty()) {
            show(known, new ArrayList<>(matchedTerms), context);
        } else {
            showArticle(match.getArticleId(), new ArrayList<>(matchedTerms), context);
        }
    }

    void showSearchHit(SearchHit hit, List<String> queryTerms) {
        showArticle(hit.articleId(), queryTerms, null);
    }

    /** Loads an article from the KB index (in a job) and shows it with these terms highlighted. */
    public void showArticle(String id, List<String> highlight, String context) {
        if (article != null && id.equals(article.getId()) && highlight.equals(terms)) {
            return;
        }
        if (loading != null) {
            loading.cancel();
        }
        pendingId = id;
        text.setText("Loading " + id + "…");
        text.setStyleRanges(new org.eclipse.swt.custom.StyleRange[0]);
        loading = TriageJobs.create("Loading article " + id, monitor -> {
            KbArticle loaded = TriageServices.get().article(id, monitor);
            UiThread.async(text, () -> {
                if (id.equals(pendingId)) {
                    show(loaded, highlight, context);
                }
            });
        });
        loading.schedule();
    }

    private void show(KbArticle shown, List<String> highlight, String context) {
        article = shown;
        pendingId = null;
        terms = List.copyOf(highlight);
        ArticleRenderer.Rendered rendered = renderer.render(shown, context, highlight);
        text.setText(rendered.text());
        text.setStyleRanges(rendered.styles());
        text.setTopIndex(0);
        selectionProvider.setSelection(new StructuredSelection(shown));
    }

    /** The article shown, or null. */
    public KbArticle getArticle() {
        return article;
    }

    /** The text as shown (for tests and accessibility tools). */
    public String getDisplayedText() {
        return text.getText();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        if (loading != null) {
            loading.cancel();
        }
        super.dispose();
    }
}
