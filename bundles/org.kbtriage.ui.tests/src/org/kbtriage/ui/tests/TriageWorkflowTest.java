package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.core.SearchHit;
import org.kbtriage.ui.editor.DumpEditor;
import org.kbtriage.ui.editor.FrameStyles;
import org.kbtriage.ui.handlers.DumpOpener;
import org.kbtriage.ui.views.ArticleView;
import org.kbtriage.ui.views.KbSearchView;
import org.kbtriage.ui.views.MatchesView;

/** The whole triage on the product's own parser, index and matcher: a dev dump, its article, a KB search. */
class TriageWorkflowTest {

    @BeforeAll
    static void importTheKbSample() {
        KbFixture.ensureImported();
    }

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.waitForTriageJobs();
    }

    private static DumpEditor open(SharedData.Label label) {
        DumpEditor editor = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), label.dump());
        assertNotNull(editor);
        Ui.waitForTriageJobs();
        Ui.waitUntil("the analysis", () -> editor.getAnalysis() != null || editor.getFailure() != null);
        assertNull(editor.getFailure());
        return editor;
    }

    private static List<Point> highlighted(DumpEditor editor) {
        List<Point> ranges = new ArrayList<>();
        for (StyleRange range : editor.frameStylesIn(0, editor.getTextWidget().getCharCount())) {
            if (range.background != null && range.background.getRGB().equals(FrameStyles.MATCHED_BACKGROUND)) {
                ranges.add(new Point(range.start, range.start + range.length));
            }
        }
        return ranges;
    }

    @Test
    void aPositiveDumpHighlightsItsArticlesFramesAndShowsTheResolution() throws Exception {
        SharedData.Label label = SharedData.firstPositive(false);
        DumpEditor editor = open(label);

        List<Match> matches = editor.getAnalysis().matches();
        assertFalse(matches.isEmpty(), "no match for " + label.dump().getFileName());
        Match best = matches.get(0);
        assertTrue(label.acceptable().contains(best.getArticleId()),
                best.getArticleId() + " is not one of " + label.acceptable());
        assertTrue(best.isConfident(), "the best match is not confident: " + best.getReason());
        List<Point> expected = best.getMatchedFrames().stream()
                .map(f -> new Point((int) f.getStartOffset(), (int) f.getEndOffset()))
                .sorted(Comparator.comparingInt(p -> p.x)).toList();
        assertFalse(expected.isEmpty());
        assertEquals(expected, highlighted(editor));

        MatchesView view = (MatchesView) Ui.page().showView(MatchesView.ID);
        Ui.processEvents();
        assertEquals(best.getArticleId(), ((Match) view.getViewer().getElementAt(0)).getArticleId());
        view.getViewer().setSelection(new StructuredSelection(view.getViewer().getElementAt(0)), true);
        Ui.waitForTriageJobs();

        ArticleView article = (ArticleView) Ui.page().findView(ArticleView.ID);
        Ui.waitUntil("the article", () -> article.getArticle() != null && best.getArticleId().equals(article.getArticle().getId()));
        String shown = article.getDisplayedText();
        KbArticle kb = article.getArticle();
        ArticleSection resolution = kb.getSections().stream()
                .filter(s -> s.getName() != null && s.getName().toUpperCase(Locale.ROOT).contains("RESOLUTION")).findFirst()
                .orElse(null);
        if (resolution != null) {
            int at = shown.indexOf(resolution.getName().strip());
            assertTrue(at > 0, "no resolution heading in\n" + shown);
            String firstLine = resolution.getText().strip().lines().findFirst().orElse("").strip();
            assertTrue(shown.contains(firstLine), "the resolution text is not shown: " + firstLine);
            for (ArticleSection other : kb.getSections()) {
                String name = other.getName() == null ? "" : other.getName().toUpperCase(Locale.ROOT);
                if (name.contains("SYMPTOM") || name.contains("CAUSE")) {
                    assertTrue(at < shown.indexOf(other.getName().strip()), "resolution after " + other.getName());
                }
            }
        } else {
            assertTrue(shown.contains(kb.getTitle()), shown);
        }
    }

    @Test
    void aNegativeDumpSaysNoConfidentMatch() throws Exception {
        SharedData.Label label = SharedData.firstNegative().orElseThrow();
        DumpEditor editor = open(label);
        assertNull(editor.getShownMatch());
        assertTrue(highlighted(editor).isEmpty());
        MatchesView view = (MatchesView) Ui.page().showView(MatchesView.ID);
        Ui.processEvents();
        assertTrue(view.getVerdict().startsWith("No confident match"), view.getVerdict());
    }

    @Test
    void theKbSearchFindsAnArticleByACamelCasePartOfAFunctionName() throws Exception {
        // A function printed in the first positive dump's article, searched by its camel-case words, not its name.
        SharedData.Label label = SharedData.firstPositive(false);
        DumpEditor editor = open(label);
        Match best = editor.getAnalysis().matches().get(0);
        String symbol = best.getMatchedFrames().stream().map(StackFrame::getSymbol)
                .filter(s -> s != null && camelParts(s).size() >= 3).findFirst()
                .orElseThrow(() -> new AssertionError("no camel-case function among the matched frames"));
        List<String> parts = camelParts(symbol);
        String query = String.join(" ", parts.subList(1, parts.size()));

        KbSearchView search = (KbSearchView) Ui.page().showView(KbSearchView.ID, null, IWorkbenchPage.VIEW_ACTIVATE);
        search.search(query, "", "");
        Ui.waitForTriageJobs();
        Ui.waitUntil("the search results", () -> !search.getStatusText().startsWith("Searching"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < search.getResults().getTable().getItemCount(); i++) {
            ids.add(((SearchHit) search.getResults().getElementAt(i)).articleId());
        }
        assertTrue(ids.contains(best.getArticleId()), query + " (from " + symbol + ") did not find " + best.getArticleId()
                + " but " + ids);
    }

    @Test
    void theExportedReportNamesTheMatchedArticleInEveryFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        SharedData.Label label = SharedData.firstPositive(false);
        DumpEditor editor = open(label);
        String best = editor.getAnalysis().matches().get(0).getArticleId();
        for (org.kbtriage.report.ReportFormat format : org.kbtriage.report.ReportFormat.values()) {
            java.nio.file.Path target = temp.resolve(format.fileName("report"));
            org.eclipse.core.runtime.jobs.Job job = org.kbtriage.ui.report.ReportExport.export(editor.getAnalysis(), format, target);
            Ui.waitForTriageJobs();
            Ui.waitUntil("the export", () -> job.getResult() != null);
            assertTrue(job.getResult().isOK(), job.getResult().getMessage());
            String report = java.nio.file.Files.readString(target);
            assertTrue(report.contains(best), format + " report does not name " + best);
            assertTrue(report.contains(label.dump().getFileName().toString()), format + " report does not name the dump");
        }
    }

    /** "RtlpFindAndCommitPages" -> [Rtlp, Find, And, Commit, Pages]; "IlineNDISeek" -> [Iline, NDI, Seek]. */
    private static List<String> camelParts(String symbol) {
        String name = symbol.contains("::") ? symbol.substring(symbol.lastIndexOf("::") + 2) : symbol;
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+").matcher(name);
        List<String> parts = new ArrayList<>();
        while (words.find()) {
            parts.add(words.group());
        }
        return parts;
    }
}
