package org.kbtriage.ui.views;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.kbtriage.model.Match;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.TriageErrors;
import org.kbtriage.ui.core.TriageService;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.editor.DumpAnalysis;
import org.kbtriage.ui.editor.DumpEditor;

/**
 * The KB articles ranked for the current dump. Says plainly when none is a confident match. Selecting a
 * match highlights its frames in the dump editor and shows the article.
 */
public final class MatchesView extends ViewPart {

    public static final String ID = "org.kbtriage.ui.views.matches";

    private static final Color NO_CONFIDENT_BACKGROUND = new Color(new RGB(255, 244, 206));
    private static final Color CONFIDENT_BACKGROUND = new Color(new RGB(220, 245, 220));

    private final TriageService.KbListener kbListener = status -> UiThread.async(this.viewerControl(), () -> kbChanged(status));

    private KbMissingBanner kbBanner;
    private Label verdict;
    private TableViewer viewer;
    private DumpEditorTracker tracker;
    private DumpAnalysis shown;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        kbBanner = new KbMissingBanner(parent, getSite());
        verdict = new Label(parent, SWT.WRAP);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        verdict.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));

        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        addColumn("Rank", 45, SWT.RIGHT, m -> Integer.toString(m.getRank()));
        addColumn("Article", 80, SWT.LEFT, Match::getArticleId);
        addColumn("Title", 380, SWT.LEFT, m -> m.getArticle() == null || m.getArticle().getTitle() == null ? "" : m.getArticle().getTitle());
        addColumn("Score", 60, SWT.RIGHT, m -> String.format(Locale.ROOT, "%.2f", m.getScore()));
        addColumn("Confident", 70, SWT.CENTER, m -> m.isConfident() ? "\u2714" : "");
        addColumn("Applies", 80, SWT.LEFT, m -> m.getApplicability() == null ? "" : m.getApplicability().getLiteral().toLowerCase(Locale.ROOT));
        addColumn("Frames", 55, SWT.RIGHT, m -> Integer.toString(m.getMatchedFrames().size()));
        ColumnWidths.remember(viewer.getTable(), "matches");
        viewer.addSelectionChangedListener(event -> matchSelected(event.getStructuredSelection()));
        viewer.addOpenListener(event -> showArticleView(true));
        getSite().setSelectionProvider(viewer);

        TriageService service = TriageServices.get();
        service.addKbListener(kbListener);
        kbBanner.update(service.kbStatus());
        tracker = new DumpEditorTracker(getSite().getPage(), this::show);
    }

    private Composite viewerControl() {
        return viewer.getTable();
    }

    private void addColumn(String title, int width, int alignment, Function<Match, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = text.apply((Match) element);
                return value == null ? "" : value;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((Match) element).getReason();
            }
        });
    }

    private void kbChanged(KbStatus status) {
        kbBanner.update(status);
        show(tracker.current());
    }

    private void show(DumpEditor editor) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        DumpAnalysis analysis = editor == null ? null : editor.getAnalysis();
        if (analysis != shown) {
            shown = analysis;
            viewer.setInput(analysis == null ? new Match[0] : analysis.matches().toArray());
        }
        Match highlighted = editor == null ? null : editor.getShownMatch();
        if (highlighted != null && ((IStructuredSelection) viewer.getSelection()).getFirstElement() != highlighted) {
            viewer.setSelection(new StructuredSelection(highlighted), true);
        }
        showVerdict(editor, analysis);
    }

    private void showVerdict(DumpEditor editor, DumpAnalysis analysis) {
        String text;
        Color background = null;
        if (editor == null) {
            text = "Open a dump (File > Open Dump...) to see the KB articles that match it.";
        } else if (editor.getFailure() != null) {
            text = editor.getFailure();
        } else if (analysis == null) {
            text = "Parsing and matching " + editor.getEditorInput().getName() + "…";
        } else if (!analysis.kbStatus().isAvailable()) {
            text = "This dump was not matched: there was no KB index when it was opened.";
        } else if (analysis.confidentMatch() == null) {
            text = "No confident match." + (analysis.matches().isEmpty() ? " No KB article shares this dump's frames."
                    : " The articles below share some frames, but none explains this crash with confidence.");
            background = NO_CONFIDENT_BACKGROUND;
        } else {
            Match best = analysis.confidentMatch();
            text = "Confident match: " + best.getArticleId()
                    + (best.getArticle() != null && best.getArticle().getTitle() != null ? " \u2014 " + best.getArticle().getTitle() : "");
            background = CONFIDENT_BACKGROUND;
        }
        verdict.setText(text);
        verdict.setBackground(background);
        verdict.getParent().layout(true, true);
    }

    private void matchSelected(IStructuredSelection selection) {
        DumpEditor editor = tracker.current();
        if (!(selection.getFirstElement() instanceof Match match) || editor == null) {
            return;
        }
        if (editor.getShownMatch() != match) {
            editor.showMatch(match);
        }
        showArticleView(false).ifPresent(view -> view.showMatch(match));
    }

    private java.util.Optional<ArticleView> showArticleView(boolean activate) {
        try {
            return java.util.Optional.of((ArticleView) getSite().getPage().showView(ArticleView.ID, null,
                    activate ? org.eclipse.ui.IWorkbenchPage.VIEW_ACTIVATE : org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE));
        } catch (PartInitException e) {
            TriageErrors.report("Show article", "Cannot open the Article view: " + e.getMessage(), e);
            return java.util.Optional.empty();
        }
    }

    /** The verdict line ("No confident match", "Confident match: ..."), for tests. */
    public String getVerdict() {
        return verdict.getText();
    }

    /** Whether the "no KB index, import one" banner is showing, for tests. */
    public boolean isKbMissingShown() {
        return kbBanner.isShowing();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        TriageServices.get().removeKbListener(kbListener);
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }
}
