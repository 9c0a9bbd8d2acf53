package org.kbtriage.ui.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Triage perspective: frames on the left, the dump in the middle, matches and the article beside it. */
public final class TriagePerspective implements IPerspectiveFactory {

    public static final String ID = "org.kbtriage.ui.perspective";
    public static final String FRAMES_VIEW = "org.kbtriage.ui.views.frames";
    public static final String MATCHES_VIEW = "org.kbtriage.ui.views.matches";
    public static final String ARTICLE_VIEW = "org.kbtriage.ui.views.article";
    public static final String SEARCH_VIEW = "org.kbtriage.ui.views.search";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        layout.addView(FRAMES_VIEW, IPageLayout.LEFT, 0.25f, editorArea);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.62f, editorArea);
        right.addView(ARTICLE_VIEW);

        // Matches and search results below the dump, so the article they select stays in sight on the right.
        // Properties opens there on demand (Window > Show View): its tab's SVG icon alone would load and
        // rasterize the SVG library at start-up.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(MATCHES_VIEW);
        bottom.addView(SEARCH_VIEW);
        bottom.addPlaceholder(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder("org.eclipse.pde.runtime.LogView");

        layout.addShowViewShortcut(FRAMES_VIEW);
        layout.addShowViewShortcut(MATCHES_VIEW);
        layout.addShowViewShortcut(ARTICLE_VIEW);
        layout.addShowViewShortcut(SEARCH_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
    }
}
