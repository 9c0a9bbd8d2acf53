package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.kbtriage.ui.app.TriagePerspective;

class WorkbenchStartupTest {

    @Test
    void windowOpensOnTheTriagePerspectiveWithItsViews() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window came up");
        assertTrue(window.getShell().isVisible(), "the window is not visible");
        IWorkbenchPage page = window.getActivePage();
        assertNotNull(page, "the window has no page");
        assertEquals(TriagePerspective.ID, page.getPerspective().getId());
        for (String viewId : new String[] {TriagePerspective.FRAMES_VIEW, TriagePerspective.MATCHES_VIEW,
                TriagePerspective.ARTICLE_VIEW}) {
            assertNotNull(page.findView(viewId), "view did not come up: " + viewId);
        }
    }
}
