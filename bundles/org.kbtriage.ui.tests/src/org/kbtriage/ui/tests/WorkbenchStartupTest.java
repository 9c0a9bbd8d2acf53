package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.ImageData;
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

    @Test
    void svgIconsOfThePlatformRender() throws Exception {
        // The platform's icons are SVG files (the Properties view's, for one): SWT rasterizes them through the
        // swt.svg fragment (jsvg), which needs no service-loader extender (SPI Fly is installed but not started).
        URL svg = URI.create("platform:/plugin/org.eclipse.ui.views/icons/full/eview16/prop_ps.svg").toURL();
        ImageData data = ImageDescriptor.createFromURL(svg).getImageData(100);
        assertNotNull(data, "the SVG icon was not rasterized: " + svg);
        assertEquals(16, data.width);
        boolean drawn = false;
        for (int y = 0; y < data.height && !drawn; y++) {
            for (int x = 0; x < data.width && !drawn; x++) {
                drawn = data.getAlpha(x, y) > 0;
            }
        }
        assertTrue(drawn, "the rasterized icon is blank");
    }
}
