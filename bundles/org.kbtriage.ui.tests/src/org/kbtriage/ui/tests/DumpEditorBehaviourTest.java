package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.TriageService;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.editor.DumpAnalysis;
import org.kbtriage.ui.editor.DumpEditor;
import org.kbtriage.ui.editor.DumpEditorInput;
import org.kbtriage.ui.editor.DumpEditorInputFactory;
import org.kbtriage.ui.editor.FrameStyles;
import org.kbtriage.ui.handlers.DumpOpener;
import org.kbtriage.ui.handlers.OpenSessionHandler;
import org.kbtriage.ui.handlers.SaveSessionHandler;
import org.kbtriage.ui.views.ArticleView;
import org.kbtriage.ui.views.FramesView;
import org.kbtriage.ui.views.MatchesView;

/**
 * The workbench's own behaviour (highlighting, views in step, errors, sessions) on a dump and articles
 * whose answer is known, with a stand-in for the parser and matcher.
 */
class DumpEditorBehaviourTest {

    private static final String DUMP = """
            Invented debugger log for the workbench tests
            ~0  Id: 1a4.2b8 Suspend: 1 Teb: 7ffde000 Unfrozen
            ChildEBP RetAddr
            0012f8a0 77f5c534 ntdll!RtlpWaitForCriticalSection+0x9e
            0012f8d0 60a0b1c2 INVSRV!QueueFlushPending+0x1c
            0012f900 60a0a111 INVSRV!DispatchWorkItem+0x44
            0012f940 77e8d33b KERNEL32!BaseThreadStart+0x52
            ~1  Id: 1a4.2c0
            0222ff80 60a0c001 INVSRV!IdleLoop+0x10
            0222ffb4 77e8d33b ntdll!KiFastSystemCallRet+0x0
            """;

    @TempDir
    Path temp;

    private TriageService previousService;
    private StubTriageService service;
    private RecordedErrors errors;

    @BeforeEach
    void useStubService() {
        Map<String, Set<String>> articles = new LinkedHashMap<>();
        articles.put("Q100002", Set.of("IdleLoop", "NeverSeenA", "NeverSeenB", "NeverSeenC"));
        articles.put("Q100001", Set.of("QueueFlushPending", "DispatchWorkItem"));
        service = new StubTriageService(articles, Set.of("ntdll", "KERNEL32"),
                KbStatus.available(temp.resolve("index"), 2, null));
        previousService = TriageServices.set(service);
        errors = new RecordedErrors();
    }

    @AfterEach
    void restore() {
        Ui.page().closeAllEditors(false);
        Ui.waitForTriageJobs();
        errors.close();
        TriageServices.set(previousService);
    }

    private DumpEditor open(String text) throws IOException {
        Path file = temp.resolve("invented-" + System.nanoTime() + ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        DumpEditor editor = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
        assertNotNull(editor, "no editor opened");
        Ui.waitForTriageJobs();
        Ui.waitUntil("the analysis", () -> editor.getAnalysis() != null || editor.getFailure() != null);
        return editor;
    }

    private static List<Point> rangesWithBackground(DumpEditor editor, RGB background) {
        List<Point> ranges = new ArrayList<>();
        for (StyleRange range : editor.frameStylesIn(0, editor.getTextWidget().getCharCount())) {
            if (range.background != null && range.background.getRGB().equals(background)) {
                ranges.add(new Point(range.start, range.start + range.length));
            }
        }
        return ranges;
    }

    private static List<Point> offsetsOf(List<StackFrame> frames) {
        return frames.stream().map(f -> new Point((int) f.getStartOffset(), (int) f.getEndOffset())).toList();
    }

    private static StackFrame frame(DumpAnalysis analysis, String symbol) {
        for (DumpThread thread : analysis.dump().getThreads()) {
            for (StackFrame frame : thread.getFrames()) {
                if (symbol.equals(frame.getSymbol())) {
                    return frame;
                }
            }
        }
        throw new AssertionError("no frame " + symbol);
    }

    @Test
    void highlightsTheConfidentMatchesFramesAndListsItFirst() throws Exception {
        DumpEditor editor = open(DUMP);
        DumpAnalysis analysis = editor.getAnalysis();
        Match best = analysis.matches().get(0);
        assertEquals("Q100001", best.getArticleId());
        assertSame(best, editor.getShownMatch());

        assertEquals(offsetsOf(best.getMatchedFrames()), rangesWithBackground(editor, FrameStyles.MATCHED_BACKGROUND));
        String text = editor.getTextWidget().getText();
        for (Point range : rangesWithBackground(editor, FrameStyles.MATCHED_BACKGROUND)) {
            String framed = text.substring(range.x, range.y);
            assertTrue(framed.startsWith("INVSRV!QueueFlushPending") || framed.startsWith("INVSRV!DispatchWorkItem"), framed);
        }
        // The crashing thread's other frames are marked, the other thread's are not.
        List<Point> crashing = rangesWithBackground(editor, FrameStyles.CRASHING_BACKGROUND);
        assertEquals(offsetsOf(List.of(frame(analysis, "RtlpWaitForCriticalSection"), frame(analysis, "BaseThreadStart"))),
                crashing);
        // Generic OS frames are dimmed.
        int genericStart = (int) frame(analysis, "KiFastSystemCallRet").getStartOffset();
        StyleRange generic = editor.frameStylesIn(genericStart, genericStart + 1)[0];
        assertEquals(FrameStyles.GENERIC_FOREGROUND, generic.foreground.getRGB());

        MatchesView matches = (MatchesView) Ui.page().showView(MatchesView.ID);
        Ui.processEvents();
        assertEquals("Q100001", ((Match) matches.getViewer().getElementAt(0)).getArticleId());
        assertTrue(matches.getVerdict().startsWith("Confident match: Q100001"), matches.getVerdict());
    }

    @Test
    void aLargeLogOpensWhileTheEventLoopKeepsRunningAndIsDrawnWithItsFramesMarked() throws Exception {
        // About 25 MB (330,000 lines) of memory-dump output, then the crash.
        String noise = "0012f8a0  00 00 00 00 01 00 00 00-a0 f8 12 00 34 c5 f5 77  ............4..w\n";
        Path file = temp.resolve("large-session.log");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 330_000; i++) {
                out.write(noise);
            }
            out.write(DUMP);
        }
        String content = Files.readString(file, StandardCharsets.UTF_8);

        // A timer that beats whenever the event loop runs, noting the beats that find the text partly handed over.
        DumpEditor[] editor = new DumpEditor[1];
        int[] beatsWhileTextArrives = new int[1];
        Heartbeat heartbeat = new Heartbeat(Display.getCurrent(), 1, () -> {
            int shown = editor[0] == null ? 0 : editor[0].getTextWidget().getCharCount();
            if (shown > 0 && shown < content.length()) {
                beatsWhileTextArrives[0]++;
            }
        });
        try {
            editor[0] = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
            assertNotNull(editor[0]);
            Ui.waitUntil("the analysis", () -> editor[0].getAnalysis() != null || editor[0].getFailure() != null);
        } finally {
            heartbeat.stop();
        }
        assertNull(editor[0].getFailure());
        assertTrue(beatsWhileTextArrives[0] >= 1,
                "the event loop did not run while the text reached the editor (" + heartbeat.beats() + " beats in all)");
        StyledText text = editor[0].getTextWidget();
        assertEquals(content.length(), text.getCharCount());
        assertEquals(content.substring(content.length() - DUMP.length()), text.getTextRange(content.length() - DUMP.length(), DUMP.length()));
        assertEquals(330_000 + DUMP.split("\n").length + 1, text.getLineCount());

        // The confident match's frames are revealed and painted highlighted by the widget itself.
        DumpAnalysis analysis = editor[0].getAnalysis();
        StackFrame matched = frame(analysis, "QueueFlushPending");
        assertSame(analysis.matches().get(0), editor[0].getShownMatch());
        int line = text.getLineAtOffset((int) matched.getStartOffset());
        assertTrue(line >= text.getTopIndex() && line < text.getTopIndex() + text.getClientArea().height / text.getLineHeight(),
                "line " + line + " is not in view from line " + text.getTopIndex());
        Ui.processEvents();
        assertTrue(paints(text, FrameStyles.MATCHED_BACKGROUND), "no matched frame is painted highlighted");
    }

    /** Whether the control, printed into an image, shows this colour somewhere. */
    private static boolean paints(Control control, RGB colour) {
        Point size = control.getSize();
        Image image = new Image(control.getDisplay(), size.x, size.y);
        try {
            GC gc = new GC(image);
            try {
                control.print(gc);
            } finally {
                gc.dispose();
            }
            ImageData data = image.getImageData();
            for (int y = 0; y < data.height; y++) {
                for (int x = 0; x < data.width; x++) {
                    if (data.palette.getRGB(data.getPixel(x, y)).equals(colour)) {
                        return true;
                    }
                }
            }
            return false;
        } finally {
            image.dispose();
        }
    }

    @Test
    void selectingAMatchHighlightsItsFramesAndShowsItsArticleResolutionFirst() throws Exception {
        DumpEditor editor = open(DUMP);
        MatchesView matches = (MatchesView) Ui.page().showView(MatchesView.ID);
        Ui.processEvents();
        Match other = (Match) matches.getViewer().getElementAt(1);
        assertEquals("Q100002", other.getArticleId());

        matches.getViewer().setSelection(new StructuredSelection(other), true);
        Ui.waitForTriageJobs();

        assertSame(other, editor.getShownMatch());
        assertEquals(offsetsOf(other.getMatchedFrames()), rangesWithBackground(editor, FrameStyles.MATCHED_BACKGROUND));
        ArticleView article = (ArticleView) Ui.page().findView(ArticleView.ID);
        String shown = article.getDisplayedText();
        assertTrue(shown.startsWith("Q100002: Invented article Q100002"), shown);
        assertTrue(shown.indexOf("RESOLUTION") < shown.indexOf("SYMPTOMS"), "resolution is not first:\n" + shown);
        assertTrue(shown.indexOf("WORKAROUND") < shown.indexOf("SYMPTOMS"), "workaround is not before the rest:\n" + shown);
        assertTrue(shown.contains("Apply invented service pack Q100002."), shown);
    }

    @Test
    void framesViewAndEditorFollowEachOther() throws Exception {
        DumpEditor editor = open(DUMP);
        DumpAnalysis analysis = editor.getAnalysis();
        FramesView frames = (FramesView) Ui.page().showView(FramesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        Ui.processEvents();

        // The crashing thread comes first.
        TreeItem first = frames.getViewer().getTree().getItem(0);
        assertTrue(first.getText(0).contains("crashing"), first.getText(0));
        // The other thread is closed, and its frames get no tree items until it is opened (only a placeholder).
        TreeItem other = frames.getViewer().getTree().getItem(1);
        assertFalse(other.getExpanded());
        assertTrue(other.getItemCount() == 0 || other.getItemCount() == 1 && other.getItem(0).getData() == null,
                other.getItemCount() + " items under the closed thread");

        // Caret onto a frame in the editor: the Frames view selects it.
        Ui.page().activate(editor);
        StackFrame idle = frame(analysis, "IdleLoop");
        editor.getTextWidget().setCaretOffset((int) idle.getStartOffset() + 3);
        Ui.waitUntil("the Frames view to select IdleLoop",
                () -> ((IStructuredSelection) frames.getViewer().getSelection()).getFirstElement() == idle);

        // A frame selected in the Frames view: the editor selects its text.
        Ui.page().activate(frames);
        StackFrame dispatch = frame(analysis, "DispatchWorkItem");
        frames.getViewer().setSelection(new StructuredSelection(dispatch), true);
        Ui.waitUntil("the editor to select DispatchWorkItem",
                () -> editor.getTextWidget().getSelection().x == dispatch.getStartOffset());
        assertEquals((int) dispatch.getEndOffset(), editor.getTextWidget().getSelection().y);
    }

    @Test
    void saysPlainlyWhenNoMatchIsConfident() throws Exception {
        DumpEditor editor = open(DUMP.replace("QueueFlushPending", "SomethingElse").replace("DispatchWorkItem", "AnotherThing"));
        assertNull(editor.getShownMatch());
        assertTrue(rangesWithBackground(editor, FrameStyles.MATCHED_BACKGROUND).isEmpty());
        MatchesView matches = (MatchesView) Ui.page().showView(MatchesView.ID);
        Ui.processEvents();
        assertTrue(matches.getVerdict().startsWith("No confident match"), matches.getVerdict());
        assertEquals(1, matches.getViewer().getTable().getItemCount());
    }

    @Test
    void anUnreadableFileShowsAnErrorNotACrash() {
        Path missing = temp.resolve("no-such-dump.txt");
        DumpEditor editor = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), missing);
        assertNotNull(editor);
        Ui.waitForTriageJobs();
        Ui.waitUntil("the error", () -> !errors.shown().isEmpty());

        assertNull(editor.getAnalysis());
        assertNotNull(editor.getFailure());
        assertTrue(editor.getFailure().contains("no-such-dump.txt"), editor.getFailure());
        assertTrue(errors.shown().get(0).status().getMessage().contains("no-such-dump.txt"));
        assertFalse(errors.shown().get(0).status().getMessage().contains("\n"), "the message is one line");
        assertTrue(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().isVisible());
    }

    @Test
    void offersToImportAKbWhenThereIsNone() throws Exception {
        // A fresh view, so that it follows this test's service.
        Ui.page().hideView(Ui.page().findView(MatchesView.ID));
        MatchesView matches = (MatchesView) Ui.page().showView(MatchesView.ID);
        service.setStatus(KbStatus.missing(temp.resolve("nowhere")));
        Ui.processEvents();
        assertTrue(matches.isKbMissingShown());
        service.setStatus(KbStatus.available(temp.resolve("index"), 2, null));
        Ui.processEvents();
        assertFalse(matches.isKbMissingShown());
    }

    @Test
    void aDumpOpenedWithoutKbIsMatchedOnceAKbArrives() throws Exception {
        service.setStatus(KbStatus.missing(temp.resolve("index")));
        DumpEditor editor = open(DUMP);
        assertTrue(editor.getAnalysis().matches().isEmpty());
        assertFalse(editor.getAnalysis().kbStatus().isAvailable());

        service.setStatus(KbStatus.available(temp.resolve("index"), 2, java.time.Instant.now()));
        Ui.waitUntil("the new analysis", () -> editor.getAnalysis() != null && !editor.getAnalysis().matches().isEmpty());
        Ui.waitForTriageJobs();
        assertEquals("Q100001", editor.getShownMatch().getArticleId());
    }

    @Test
    void aSavedSessionReopensWithItsMatches() throws Exception {
        DumpEditor editor = open(DUMP);
        Path session = temp.resolve("invented.triage");
        SaveSessionHandler.save(editor.getAnalysis(), session);
        Ui.waitForTriageJobs();
        assertTrue(Files.size(session) > 0);
        List<Point> highlighted = rangesWithBackground(editor, FrameStyles.MATCHED_BACKGROUND);
        Ui.page().closeAllEditors(false);

        OpenSessionHandler.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), session);
        Ui.waitForTriageJobs();
        Ui.waitUntil("the session editor", () -> Ui.page().getActiveEditor() instanceof DumpEditor e && e.getAnalysis() != null);
        DumpEditor reopened = (DumpEditor) Ui.page().getActiveEditor();
        assertEquals(session.toAbsolutePath(), reopened.getEditorInput().session());
        assertEquals(List.of("Q100001", "Q100002"),
                reopened.getAnalysis().matches().stream().map(Match::getArticleId).toList());
        assertEquals(highlighted, rangesWithBackground(reopened, FrameStyles.MATCHED_BACKGROUND));
    }

    @Test
    void theHoverOnAFrameNamesTheArticlesItMatched() throws Exception {
        DumpEditor editor = open(DUMP);
        StackFrame dispatch = frame(editor.getAnalysis(), "DispatchWorkItem");
        String hover = editor.hoverText((int) dispatch.getStartOffset() + 2);
        assertTrue(hover.startsWith("INVSRV!DispatchWorkItem+0x44"), hover);
        assertTrue(hover.contains("Q100001") && hover.contains("crashing thread"), hover);
        String generic = editor.hoverText((int) frame(editor.getAnalysis(), "KiFastSystemCallRet").getStartOffset());
        assertTrue(generic.contains("Generic OS frame") && generic.contains("Matched no KB article"), generic);
        assertNull(editor.hoverText(0), "no frame on the first line");
    }

    @Test
    void f3OnAFrameShowsTheArticleItMatched() throws Exception {
        DumpEditor editor = open(DUMP);
        Ui.page().activate(editor);
        StackFrame idle = frame(editor.getAnalysis(), "IdleLoop");
        editor.getTextWidget().setCaretOffset((int) idle.getStartOffset() + 1);
        Ui.processEvents();
        PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
                .executeCommand(org.kbtriage.ui.handlers.ShowFrameArticleHandler.COMMAND_ID, null);
        Ui.waitForTriageJobs();
        ArticleView article = (ArticleView) Ui.page().findView(ArticleView.ID);
        assertEquals("Q100002", article.getArticle().getId());
        assertEquals("Q100002", editor.getShownMatch().getArticleId());
        assertEquals(offsetsOf(editor.getShownMatch().getMatchedFrames()),
                rangesWithBackground(editor, FrameStyles.MATCHED_BACKGROUND));
    }

    @Test
    void thePropertiesViewHasSomethingToShowForModelObjects() throws Exception {
        DumpEditor editor = open(DUMP);
        StackFrame dispatch = frame(editor.getAnalysis(), "DispatchWorkItem");
        // The stub service reads only the function text; the parser fills the columns (parser tests).
        dispatch.setAddresses(org.kbtriage.model.values.AddressColumns.valueOf("0012f900 60a0a111 00000001"));
        org.eclipse.ui.views.properties.IPropertySource source = org.eclipse.core.runtime.Adapters.adapt(dispatch,
                org.eclipse.ui.views.properties.IPropertySource.class);
        assertNotNull(source);
        Map<String, Object> values = new LinkedHashMap<>();
        for (org.eclipse.ui.views.properties.IPropertyDescriptor descriptor : source.getPropertyDescriptors()) {
            values.put(descriptor.getDisplayName(), source.getPropertyValue(descriptor.getId()));
        }
        assertEquals("DispatchWorkItem", values.get("Symbol"));
        assertEquals("ChildEBP 0012f900  RetAddr 60a0a111  Args 00000001", values.get("Addresses"),
                "the columns as the debugger names them");
        assertEquals(Long.toString(dispatch.getStartOffset()), values.get("Start offset"));
        Match best = editor.getAnalysis().matches().get(0);
        org.eclipse.ui.views.properties.IPropertySource match = org.eclipse.core.runtime.Adapters.adapt(best,
                org.eclipse.ui.views.properties.IPropertySource.class);
        assertNotNull(match);
    }

    @Test
    void theSearchQueryIsRememberedInTheHistory() throws Exception {
        org.kbtriage.ui.views.KbSearchView search = (org.kbtriage.ui.views.KbSearchView) Ui.page()
                .showView(org.kbtriage.ui.views.KbSearchView.ID);
        String query = "QueueFlushPending " + System.nanoTime();
        search.search(query, "", "");
        Ui.waitForTriageJobs();
        assertEquals(query, search.getHistory().get(0));
        search.search("another query", "", "");
        Ui.waitForTriageJobs();
        assertEquals(List.of("another query", query), search.getHistory().subList(0, 2));
    }

    @Test
    void withNoDumpOpenTheViewsSayWhatToDo() throws Exception {
        Ui.page().closeAllEditors(false);
        Ui.page().hideView(Ui.page().findView(FramesView.ID));
        FramesView frames = (FramesView) Ui.page().showView(FramesView.ID);
        Ui.processEvents();
        assertTrue(frames.getMessage().startsWith("Open a dump"), frames.getMessage());

        DumpEditor editor = open(DUMP);
        Ui.processEvents();
        assertEquals("", frames.getMessage());
        Ui.page().closeEditor(editor, false);
        Ui.processEvents();
        assertTrue(frames.getMessage().startsWith("Open a dump"), frames.getMessage());
    }

    @Test
    void anOpenDumpIsRememberedForTheNextStart() {
        DumpEditorInput input = new DumpEditorInput(temp.resolve("some dump.txt"));
        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        input.saveState(memento);
        assertEquals(DumpEditorInputFactory.ID, input.getFactoryId());
        assertEquals(input, new DumpEditorInputFactory().createElement(memento));
    }
}
