package org.kbtriage.ui.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.SearchHit;
import org.kbtriage.ui.core.SearchRequest;
import org.kbtriage.ui.core.SnippetEmphasis;
import org.kbtriage.ui.core.TextRange;
import org.kbtriage.ui.core.TriageErrors;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriageService;
import org.kbtriage.ui.core.TriageServices;

/**
 * Searches the KB like a desktop search tool: a query with history, product and version filters, results
 * with the matching words of each snippet in bold; Enter or a double-click opens the article.
 */
public final class KbSearchView extends ViewPart {

    public static final String ID = "org.kbtriage.ui.views.search";

    private static final int MAX_HITS = 50;
    private static final String MEMENTO_QUERY = "query";
    private static final String MEMENTO_PRODUCT = "product";
    private static final String MEMENTO_VERSION = "version";

    private final TriageService.KbListener kbListener = status -> UiThread.async(this.query, () -> kbChanged(status));

    private Combo query;
    private Text product;
    private Text version;
    private KbMissingBanner kbBanner;
    private Label status;
    private TableViewer results;
    private SearchHistory history;
    private IMemento restoredState;
    private String lastQuery = "";
    private Job searching;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        restoredState = memento;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(MEMENTO_QUERY, query.getText());
        memento.putString(MEMENTO_PRODUCT, product.getText());
        memento.putString(MEMENTO_VERSION, version.getText());
    }

    @Override
    public void createPartControl(Composite parent) {
        history = new SearchHistory();
        GridLayout layout = new GridLayout(4, false);
        parent.setLayout(layout);

        query = new Combo(parent, SWT.DROP_DOWN);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        query.setItems(history.queries().toArray(String[]::new));
        query.setToolTipText("Words, \"an exact phrase\", a function name or part of it (e.g. FindAndCommit)");
        query.addListener(SWT.DefaultSelection, e -> search());
        Button go = new Button(parent, SWT.PUSH);
        go.setText("Search");
        go.addListener(SWT.Selection, e -> search());

        new Label(parent, SWT.NONE).setText("Product:");
        product = new Text(parent, SWT.BORDER);
        product.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        product.setMessage("any");
        product.addListener(SWT.DefaultSelection, e -> search());
        Composite versionBox = new Composite(parent, SWT.NONE);
        versionBox.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout versionLayout = new GridLayout(2, false);
        versionLayout.marginWidth = 0;
        versionLayout.marginHeight = 0;
        versionBox.setLayout(versionLayout);
        new Label(versionBox, SWT.NONE).setText("Version:");
        version = new Text(versionBox, SWT.BORDER);
        version.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        version.setMessage("any");
        version.addListener(SWT.DefaultSelection, e -> search());

        Composite bannerHolder = new Composite(parent, SWT.NONE);
        bannerHolder.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));
        GridLayout bannerLayout = new GridLayout();
        bannerLayout.marginWidth = 0;
        bannerLayout.marginHeight = 0;
        bannerHolder.setLayout(bannerLayout);
        kbBanner = new KbMissingBanner(bannerHolder, getSite());

        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1));

        results = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        results.getTable().setHeaderVisible(true);
        results.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        results.setContentProvider(ArrayContentProvider.getInstance());
        column("Article", 75, hit -> hit.articleId());
        TableViewerColumn result = new TableViewerColumn(results, SWT.LEFT);
        result.getColumn().setText("Title and matching passage");
        result.getColumn().setWidth(560);
        result.setLabelProvider(new HitLabelProvider(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)));
        column("Score", 55, hit -> String.format(Locale.ROOT, "%.2f", hit.score()));
        ColumnWidths.remember(results.getTable(), "search");
        results.addOpenListener(event -> openSelected());
        getSite().setSelectionProvider(results);

        if (restoredState != null) {
            query.setText(nonNull(restoredState.getString(MEMENTO_QUERY)));
            product.setText(nonNull(restoredState.getString(MEMENTO_PRODUCT)));
            version.setText(nonNull(restoredState.getString(MEMENTO_VERSION)));
        }
        TriageService service = TriageServices.get();
        service.addKbListener(kbListener);
        kbChanged(service.kbStatus());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private void column(String title, int width, java.util.function.Function<SearchHit, String> text) {
        TableViewerColumn column = new TableViewerColumn(results, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> nonNull(text.apply((SearchHit) e))));
    }

    private void kbChanged(KbStatus kb) {
        kbBanner.update(kb);
        status.setText(kb.isAvailable() ? kb.describe() : "");
    }

    /** Runs the query in the fields (also what Enter does). */
    public void search() {
        String text = query.getText().strip();
        if (text.isEmpty()) {
            status.setText("Type some words to search for.");
            return;
        }
        List<String> queries = history.add(text);
        query.setItems(queries.toArray(String[]::new));
        query.setText(text);
        lastQuery = text;
        SearchRequest request = new SearchRequest(text, product.getText(), version.getText(), MAX_HITS);
        status.setText("Searching…");
        if (searching != null) {
            searching.cancel();
        }
        searching = TriageJobs.create("Searching the KB for " + text, monitor -> {
            List<SearchHit> hits;
            try {
                hits = TriageServices.get().search(request, monitor);
            } catch (org.kbtriage.ui.core.TriageException e) {
                UiThread.async(query, () -> status.setText(e.getMessage()));
                throw e;
            }
            UiThread.async(query, () -> showHits(request, hits));
        });
        searching.schedule();
    }

    private void showHits(SearchRequest request, List<SearchHit> hits) {
        results.setInput(hits.toArray());
        status.setText(hits.isEmpty() ? "No article matches " + request.query()
                : hits.size() + (hits.size() == 1 ? " article" : " articles") + (hits.size() == MAX_HITS ? " (the best " + MAX_HITS + ")" : ""));
    }

    private void openSelected() {
        if (!(results.getStructuredSelection().getFirstElement() instanceof SearchHit hit)) {
            return;
        }
        try {
            ArticleView view = (ArticleView) getSite().getPage().showView(ArticleView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
            view.showSearchHit(hit, SearchHistory.words(lastQuery));
        } catch (PartInitException e) {
            TriageErrors.report("Open article", "Cannot open the Article view: " + e.getMessage(), e);
        }
    }

    /** Fills the fields with a query (e.g. from a test or another view) and runs it. */
    public void search(String text, String productFilter, String versionFilter) {
        query.setText(text);
        product.setText(productFilter == null ? "" : productFilter);
        version.setText(versionFilter == null ? "" : versionFilter);
        search();
    }

    /** The words of the query whose results a part shows, to highlight in an article. */
    static List<String> queryTerms(IWorkbenchPart part) {
        return part instanceof KbSearchView view ? SearchHistory.words(view.lastQuery) : List.of();
    }

    /** The remembered queries, newest first (as the query field offers them). */
    public List<String> getHistory() {
        return List.of(query.getItems());
    }

    public TableViewer getResults() {
        return results;
    }

    public String getStatusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        query.setFocus();
    }

    @Override
    public void dispose() {
        TriageServices.get().removeKbListener(kbListener);
        if (searching != null) {
            searching.cancel();
        }
        super.dispose();
    }

    /** Two lines per hit: the title in bold, then the passage with the words that matched the query in bold. */
    private static final class HitLabelProvider extends OwnerDrawLabelProvider {

        private static final Color MATCH_BACKGROUND = new Color(new RGB(255, 236, 140));
        private final Font bold;

        HitLabelProvider(Font bold) {
            this.bold = bold;
        }

        private TextLayout layout(Event event, SearchHit hit) {
            String title = hit.title() == null ? "" : hit.title();
            String snippet = hit.snippet().replaceAll("\\s+", " ").strip();
            TextLayout layout = new TextLayout(event.display);
            layout.setText(title + "\n" + snippet);
            layout.setFont(event.gc.getFont());
            layout.setStyle(new TextStyle(bold, null, null), 0, title.length() - 1);
            int offset = title.length() + 1;
            String raw = hit.snippet();
            int lead = raw.length() - raw.stripLeading().length();
            for (TextRange range : SnippetEmphasis.onCollapsedText(raw, hit.emphasis())) {
                int start = offset + range.start() - (lead > 0 ? 1 : 0);
                if (start >= offset && start + range.length() <= offset + snippet.length()) {
                    layout.setStyle(new TextStyle(bold, null, MATCH_BACKGROUND), start, start + range.length() - 1);
                }
            }
            return layout;
        }

        @Override
        protected void measure(Event event, Object element) {
            TextLayout layout = layout(event, (SearchHit) element);
            event.height = Math.max(event.height, layout.getBounds().height + 4);
            layout.dispose();
        }

        @Override
        protected void paint(Event event, Object element) {
            TextLayout layout = layout(event, (SearchHit) element);
            layout.draw(event.gc, event.x + 2, event.y + 2);
            layout.dispose();
        }

        @Override
        public String getToolTipText(Object element) {
            return ((SearchHit) element).snippet();
        }
    }
}
