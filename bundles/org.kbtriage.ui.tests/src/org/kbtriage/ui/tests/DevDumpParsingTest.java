package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.editor.DumpAnalysis;
import org.kbtriage.ui.editor.DumpEditor;
import org.kbtriage.ui.handlers.DumpOpener;
import org.kbtriage.ui.views.FramesView;

/** Real dev dumps through the product's parser: the editor's text and the frames' offsets agree. */
class DevDumpParsingTest {

    @TempDir
    Path temp;

    @AfterEach
    void closeEditors() {
        Ui.page().closeAllEditors(false);
        Ui.waitForTriageJobs();
    }

    private static DumpEditor open(Path file) {
        DumpEditor editor = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
        assertNotNull(editor, "no editor for " + file);
        Ui.waitForTriageJobs();
        Ui.waitUntil("the analysis of " + file, () -> editor.getAnalysis() != null || editor.getFailure() != null);
        assertNull(editor.getFailure(), "failed: " + editor.getFailure());
        return editor;
    }

    private static void assertFramesPointAtTheirText(DumpEditor editor) {
        DumpAnalysis analysis = editor.getAnalysis();
        String text = editor.getTextWidget().getText();
        int placed = 0;
        for (DumpThread thread : analysis.dump().getThreads()) {
            for (StackFrame frame : thread.getFrames()) {
                if (frame.getStartOffset() < 0 || frame.getSymbol() == null || frame.getSymbol().isEmpty()) {
                    continue;
                }
                String shown = text.substring((int) frame.getStartOffset(), (int) frame.getEndOffset());
                assertTrue(shown.toLowerCase().startsWith(frame.getModule().toLowerCase()),
                        "frame " + frame.getKey() + " points at '" + shown + "'");
                placed++;
            }
        }
        assertTrue(placed > 0, "no frame with a place in the text");
    }

    @Test
    void aPositiveDevDumpShowsItsFramesWhereTheyAre() throws Exception {
        DumpEditor editor = open(SharedData.firstPositive(false).dump());
        assertFramesPointAtTheirText(editor);
        FramesView frames = (FramesView) Ui.page().showView(FramesView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
        Ui.processEvents();
        TreeItem first = frames.getViewer().getTree().getItem(0);
        assertTrue(first.getItemCount() > 0, "the first thread shows no frames");
        boolean anyCrashing = editor.getAnalysis().dump().getThreads().stream().anyMatch(DumpThread::isCrashing);
        if (anyCrashing) {
            assertTrue(first.getText(0).contains("crashing"), first.getText(0));
        }
    }

    @Test
    void aUtf16DumpIsDecodedAsTheParserCountsIt() throws IOException {
        DumpEditor editor = open(SharedData.firstPositive(true).dump());
        assertFalse(editor.getTextWidget().getText().startsWith("\uFEFF"), "the byte-order mark is shown");
        assertFramesPointAtTheirText(editor);
    }

    @Test
    void aBinaryFileIsRefusedWithAClearMessage() throws IOException {
        Path binary = temp.resolve("crash.dmp");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        Files.write(binary, bytes);
        try (RecordedErrors errors = new RecordedErrors()) {
            DumpEditor editor = DumpOpener.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), binary);
            Ui.waitForTriageJobs();
            Ui.waitUntil("the error", () -> !errors.shown().isEmpty());
            assertNotNull(editor.getFailure());
            assertTrue(editor.getFailure().contains("crash.dmp") && editor.getFailure().contains("binary"), editor.getFailure());
        }
    }
}
