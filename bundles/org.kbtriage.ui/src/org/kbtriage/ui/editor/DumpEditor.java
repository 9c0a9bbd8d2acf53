package org.kbtriage.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.IUndoManager;
import org.eclipse.jface.text.source.CompositeRuler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.LineNumberRulerColumn;
import org.eclipse.jface.text.source.SourceViewer;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.source.SourceViewerConfiguration;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.MouseAdapter;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.kbtriage.ui.internal.SimpleSelectionProvider;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.TriageErrors;
import org.kbtriage.ui.core.TriageException;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriageService;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.views.ArticleView;

/**
 * A dump file, read-only, with its frames marked: the shown match's frames highlighted, the crashing
 * thread marked, generic frames dimmed. Reading, decoding, parsing, indexing the lines and matching run in
 * a Job; the text then reaches the widget a part at a time between events ({@link DumpDocument}) and only
 * the lines drawn are styled ({@link FrameStyles}), so a 100 MB log does not freeze the window.
 * <p>
 * The editor's selection is the frame under the caret (a {@link StructuredSelection} of one
 * {@link StackFrame}); a frame selected elsewhere (the Frames view) is revealed here.
 */
public final class DumpEditor extends EditorPart {

    public static final String ID = "org.kbtriage.ui.editor.dump";

    private static final RGB BANNER_ERROR = new RGB(190, 0, 0);
    /** Lines shown at once: more than a screen, little enough to set without a pause. */
    private static final int FIRST_LINES = 1_000;
    /** Lines handed to the text widget per event-loop turn afterwards: a few milliseconds of its bookkeeping. */
    private static final int LINES_PER_STEP = 20_000;

    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private final ListenerList<Runnable> analysisListeners = new ListenerList<>();
    private final ISelectionListener frameSelectionListener = this::frameSelectedElsewhere;

    private Label banner;
    private SourceViewer viewer;
    private final FrameStyles frameStyles = new FrameStyles();
    private DumpAnalysis analysis;
    private Match shownMatch;
    private String failure;
    private Job job;
    private TriageService service;
    private final TriageService.KbListener kbListener = status -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> kbChanged(status));
        }
    };

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DumpEditorInput)) {
            throw new PartInitException("The dump editor opens dump files, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        site.setSelectionProvider(selectionProvider);
    }

    @Override
    public DumpEditorInput getEditorInput() {
        return (DumpEditorInput) super.getEditorInput();
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        parent.setLayout(layout);

        banner = new Label(parent, SWT.WRAP);
        banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        CompositeRuler ruler = new CompositeRuler();
        LineNumberRulerColumn lineNumbers = new LineNumberRulerColumn();
        lineNumbers.setForeground(new Color(new RGB(120, 120, 120)));
        ruler.addDecorator(0, lineNumbers);
        viewer = new SourceViewer(parent, ruler, SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI | SWT.BORDER);
        viewer.configure(new Configuration());
        viewer.setEditable(false);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        StyledText text = viewer.getTextWidget();
        text.setFont(JFaceResources.getTextFont());
        lineNumbers.setFont(JFaceResources.getTextFont());
        viewer.setDocument(new Document(""));
        text.addLineStyleListener(frameStyles);
        text.addCaretListener(event -> caretMoved(event.caretOffset));
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseUp(MouseEvent event) {
                if (event.button == 1 && (event.stateMask & SWT.MOD1) != 0) {
                    openArticleAt(new Point(event.x, event.y));
                }
            }
        });
        getSite().getPage().addPostSelectionListener(frameSelectionListener);

        showBanner("Parsing " + getEditorInput().getName() + "…", false);
        service = TriageServices.get();
        service.addKbListener(kbListener);
        startAnalysis();
    }

    private void startAnalysis() {
        DumpEditorInput input = getEditorInput();
        Display display = viewer.getControl().getDisplay();
        DumpAnalyzer analyzer = new DumpAnalyzer(service);
        if (job != null) {
            job.cancel();
        }
        job = TriageJobs.create("Opening " + input.getName(), (IProgressMonitor monitor) -> {
            try {
                DumpAnalysis result = analyzer.analyze(input, monitor);
                display.asyncExec(() -> applyAnalysis(result));
            } catch (TriageException e) {
                display.asyncExec(() -> applyFailure(e.getMessage()));
                throw e;
            }
        });
        job.setUser(false);
        job.schedule();
    }

    /** A new or re-imported KB: match the dump again (a saved session keeps its matches). */
    private void kbChanged(KbStatus status) {
        if (viewer.getControl().isDisposed() || analysis == null || getEditorInput().session() != null) {
            return;
        }
        if (status.isAvailable() && !status.equals(analysis.kbStatus())) {
            showBanner("Matching " + getEditorInput().getName() + " against the new KB index…", false);
            startAnalysis();
        }
    }

    /** Shows the text of a new analysis, its first lines at once and the rest in steps; then the analysis. */
    private void applyAnalysis(DumpAnalysis result) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        frameStyles.show(result);
        DumpDocument document = new DumpDocument(result.text(), FIRST_LINES);
        viewer.setDocument(document);
        showRestOf(result, document);
    }

    private void showRestOf(DumpAnalysis result, DumpDocument document) {
        if (viewer.getControl().isDisposed() || viewer.getDocument() != document) {
            return; // closed, or a newer analysis took over
        }
        if (!document.isComplete()) {
            document.showMoreLines(LINES_PER_STEP);
            viewer.getControl().getDisplay().asyncExec(() -> showRestOf(result, document));
            return;
        }
        analysis = result;
        failure = null;
        showBanner(summary(result), false);
        showMatch(result.confidentMatch());
    }

    private void applyFailure(String message) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        failure = message;
        showBanner(message, true);
        analysisListeners.forEach(Runnable::run);
    }

    private static String summary(DumpAnalysis result) {
        int threads = result.dump().getThreads().size();
        int frames = result.dump().getThreads().stream().mapToInt(t -> t.getFrames().size()).sum();
        String parsed = threads + (threads == 1 ? " thread, " : " threads, ") + frames + (frames == 1 ? " frame" : " frames");
        if (!result.kbStatus().isAvailable()) {
            return parsed + ". Not matched: no KB index (File > Import KB...).";
        }
        Match best = result.confidentMatch();
        if (best == null) {
            return parsed + ". No confident match among " + result.matches().size() + " candidate articles.";
        }
        return parsed + ". Best match: " + best.getArticleId()
                + (best.getArticle() != null && best.getArticle().getTitle() != null ? " " + best.getArticle().getTitle() : "");
    }

    private void showBanner(String message, boolean error) {
        banner.setText(message);
        banner.setForeground(error ? new Color(BANNER_ERROR) : null);
        banner.getParent().layout(true, true);
    }

    /** Redraws the frames whose look changed with the shown match (their bold text changes the line widths). */
    private void applyStyles() {
        if (analysis == null) {
            return;
        }
        StyledText text = viewer.getTextWidget();
        for (StackFrame frame : frameStyles.showMatched(shownMatch == null ? List.of() : shownMatch.getMatchedFrames())) {
            if (FrameIndex.hasPlace(frame, text.getCharCount())) {
                text.redrawRange((int) frame.getStartOffset(), (int) (frame.getEndOffset() - frame.getStartOffset()), true);
            }
        }
    }

    /** Highlights the frames of this match (null: highlight none) and reveals the first of them. */
    public void showMatch(Match match) {
        shownMatch = match;
        applyStyles();
        if (match != null && analysis != null) {
            match.getMatchedFrames().stream().filter(f -> FrameIndex.hasPlace(f, analysis.text().length()))
                    .mapToInt(f -> (int) f.getStartOffset()).min().ifPresent(this::revealNearTop);
        }
        analysisListeners.forEach(Runnable::run);
    }

    /** The frame styles the text shows over the range [start, end) (what the widget is given for its lines). */
    public StyleRange[] frameStylesIn(int start, int end) {
        return frameStyles.stylesIn(start, end);
    }

    /** Scrolls so that the offset's line sits a few lines below the top, with its context above it. */
    private void revealNearTop(int offset) {
        StyledText text = viewer.getTextWidget();
        int line = text.getLineAtOffset(offset);
        int visible = Math.max(1, text.getClientArea().height / Math.max(1, text.getLineHeight()));
        if (line < text.getTopIndex() || line >= text.getTopIndex() + visible) {
            text.setTopIndex(Math.max(0, line - Math.min(8, visible / 3)));
        }
    }

    /** Selects a frame's text and scrolls to it. */
    public void revealFrame(StackFrame frame) {
        if (analysis == null || !FrameIndex.hasPlace(frame, analysis.text().length())) {
            return;
        }
        int start = (int) frame.getStartOffset();
        int length = (int) (frame.getEndOffset() - frame.getStartOffset());
        viewer.revealRange(start, length);
        viewer.setSelectedRange(start, length);
    }

    private void caretMoved(int offset) {
        if (analysis == null) {
            return;
        }
        StackFrame frame = analysis.frameIndex().frameAt(offset);
        Object current = ((IStructuredSelection) selectionProvider.getSelection()).getFirstElement();
        if (frame != current) {
            selectionProvider.setSelection(frame == null ? StructuredSelection.EMPTY : new StructuredSelection(frame));
        }
    }

    private void frameSelectedElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part == this || analysis == null || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        if (structured.getFirstElement() instanceof StackFrame frame && analysis.owns(frame)
                && frame != ((IStructuredSelection) selectionProvider.getSelection()).getFirstElement()) {
            revealFrame(frame);
        }
    }

    private void openArticleAt(Point location) {
        if (analysis == null) {
            return;
        }
        int offset = viewer.getTextWidget().getOffsetAtPoint(location);
        StackFrame frame = offset < 0 ? null : analysis.frameIndex().frameAt(offset);
        if (frame != null) {
            openArticleOf(frame);
        }
    }

    /** Shows the best article that matched the frame in the Article view; false when none matched it. */
    public boolean openArticleOf(StackFrame frame) {
        List<Match> matches = analysis == null ? List.of() : analysis.matchesOf(frame);
        if (matches.isEmpty()) {
            getEditorSite().getActionBars().getStatusLineManager()
                    .setMessage(FrameLabels.qualifiedName(frame) + " matched no KB article.");
            return false;
        }
        Match best = matches.get(0);
        showMatch(best);
        try {
            ArticleView view = (ArticleView) getSite().getPage().showView(ArticleView.ID);
            view.showMatch(best);
        } catch (PartInitException e) {
            TriageErrors.report("Show article", "Cannot open the Article view: " + e.getMessage(), e);
        }
        return true;
    }

    /** What the hover over the text at this offset says (null: no frame there). */
    public String hoverText(int offset) {
        StackFrame frame = analysis == null ? null : analysis.frameIndex().frameAt(offset);
        return frame == null ? null : FrameHover.describe(analysis, frame);
    }

    /** The frame at the caret, or null. */
    public StackFrame frameAtCaret() {
        return analysis == null ? null : analysis.frameIndex().frameAt(viewer.getTextWidget().getCaretOffset());
    }

    /** The analysis, or null while it is still running (or when it failed). */
    public DumpAnalysis getAnalysis() {
        return analysis;
    }

    /** The match whose frames are highlighted, or null. */
    public Match getShownMatch() {
        return shownMatch;
    }

    /** Why the dump could not be opened, or null. */
    public String getFailure() {
        return failure;
    }

    /** The text widget (for the tests and the benchmark, which look at the styles it shows). */
    public StyledText getTextWidget() {
        return viewer.getTextWidget();
    }

    /** Told on the UI thread when the analysis arrives or fails, and when the shown match changes. */
    public void addAnalysisListener(Runnable listener) {
        analysisListeners.add(listener);
    }

    public void removeAnalysisListener(Runnable listener) {
        analysisListeners.remove(listener);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(frameSelectionListener);
        if (service != null) {
            service.removeKbListener(kbListener);
        }
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // read-only
    }

    @Override
    public void doSaveAs() {
        // read-only
    }

    @Override
    public boolean isDirty() {
        return false;
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    /** Read-only text with the frame hover; no presentation reconciler (the frame styles come from {@link FrameStyles}), no undo. */
    private final class Configuration extends SourceViewerConfiguration {

        @Override
        public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
            return null;
        }

        @Override
        public IUndoManager getUndoManager(ISourceViewer sourceViewer) {
            return null; // read-only; an undo manager would also copy every appended part of the text
        }

        @Override
        public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
            return new FrameHover(DumpEditor.this);
        }

        @Override
        public org.eclipse.jface.text.hyperlink.IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
            return null; // Ctrl+click is handled by the editor itself, on frames only
        }
    }
}
