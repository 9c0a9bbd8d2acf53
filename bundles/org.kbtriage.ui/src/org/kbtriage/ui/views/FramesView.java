package org.kbtriage.ui.views;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.part.ViewPart;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.ui.editor.DumpAnalysis;
import org.kbtriage.ui.editor.DumpEditor;
import org.kbtriage.ui.editor.FrameStyles;

/**
 * The current dump's threads (the crashing one first) and their frames. Selecting a frame reveals it in
 * the dump editor; moving the editor's caret onto a frame selects it here.
 */
public final class FramesView extends ViewPart {

    public static final String ID = "org.kbtriage.ui.views.frames";

    private static final String MEMENTO_HIDE_GENERIC = "hideGeneric";
    private static final Color MATCHED = new Color(FrameStyles.MATCHED_BACKGROUND);
    private static final Color GENERIC = new Color(FrameStyles.GENERIC_FOREGROUND);

    private final ISelectionListener editorSelectionListener = this::selectionChangedElsewhere;

    private Label message;
    private TreeViewer viewer;
    private DumpEditorTracker tracker;
    private DumpAnalysis shown;
    private boolean hideGeneric;
    private IAction hideGenericAction;

    @Override
    public void init(IViewSite site, IMemento memento) throws PartInitException {
        super.init(site, memento);
        hideGeneric = memento != null && Boolean.TRUE.equals(memento.getBoolean(MEMENTO_HIDE_GENERIC));
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putBoolean(MEMENTO_HIDE_GENERIC, hideGeneric);
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout();
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        message = new Label(parent, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ThreadsAndFrames());
        addColumn("#", 150, SWT.LEFT, e -> e instanceof DumpThread t ? threadLabel(t) : Integer.toString(((StackFrame) e).getOrdinal()));
        addColumn("Module", 85, SWT.LEFT, e -> e instanceof StackFrame f ? nonNull(f.getModule()) : "");
        addColumn("Symbol", 200, SWT.LEFT, e -> e instanceof StackFrame f ? nonNull(f.getSymbol()) : "");
        addColumn("Offset", 70, SWT.LEFT, e -> e instanceof StackFrame f ? nonNull(f.getOffset()) : "");
        addColumn("Matched", 60, SWT.CENTER, e -> e instanceof StackFrame f ? matchedMark(f) : "");
        ColumnWidths.remember(viewer.getTree(), "frames");
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return !(hideGeneric && element instanceof StackFrame f && shown != null && shown.isGeneric(f));
            }
        });
        viewer.addDoubleClickListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof StackFrame f
                    && tracker.current() != null) {
                tracker.current().openArticleOf(f);
            }
        });
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPostSelectionListener(editorSelectionListener);

        hideGenericAction = new Action("Hide Generic Frames", IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                hideGeneric = isChecked();
                viewer.refresh();
            }
        };
        hideGenericAction.setChecked(hideGeneric);
        getViewSite().getActionBars().getMenuManager().add(hideGenericAction);

        tracker = new DumpEditorTracker(getSite().getPage(), this::show);
    }

    private void addColumn(String title, int width, int alignment, java.util.function.Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setMoveable(true);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }

            @Override
            public Color getForeground(Object element) {
                return element instanceof StackFrame f && shown != null && shown.isGeneric(f) ? GENERIC : null;
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof StackFrame f && isShownMatchFrame(f) ? MATCHED : null;
            }

            @Override
            public Font getFont(Object element) {
                return element instanceof DumpThread t && t.isCrashing()
                        ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return element instanceof DumpThread t && t.getCrashingReason() != null ? t.getCrashingReason() : null;
            }
        });
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String threadLabel(DumpThread thread) {
        String id = thread.getId() == null || thread.getId().isEmpty() ? "?" : thread.getId();
        return "Thread " + id + (thread.isCrashing() ? " (crashing)" : "");
    }

    private String matchedMark(StackFrame frame) {
        if (shown == null) {
            return "";
        }
        List<Match> matches = shown.matchesOf(frame);
        if (isShownMatchFrame(frame)) {
            return "\u25CF"; // the highlighted match's frame
        }
        return matches.isEmpty() ? "" : "\u25CB"; // matched by another candidate
    }

    private boolean isShownMatchFrame(StackFrame frame) {
        DumpEditor editor = tracker == null ? null : tracker.current();
        Match match = editor == null ? null : editor.getShownMatch();
        return match != null && match.getMatchedFrames().contains(frame);
    }

    private void show(DumpEditor editor) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        DumpAnalysis analysis = editor == null ? null : editor.getAnalysis();
        if (analysis != shown) {
            shown = analysis;
            viewer.setInput(analysis);
            if (analysis != null) {
                // Only the crashing thread (else the first) open: the tree makes items for the frames of
                // open threads only, which matters for a long log with thousands of threads.
                List<DumpThread> threads = analysis.threadsCrashingFirst();
                List<DumpThread> open = threads.stream().filter(DumpThread::isCrashing).toList();
                viewer.setExpandedElements((open.isEmpty() ? threads.stream().limit(1).toList() : open).toArray());
            }
        } else {
            viewer.refresh();
        }
        message.setText(messageFor(editor, analysis));
        ((GridData) message.getLayoutData()).exclude = message.getText().isEmpty();
        message.setVisible(!message.getText().isEmpty());
        message.getParent().layout(true, true);
    }

    private static String messageFor(DumpEditor editor, DumpAnalysis analysis) {
        if (editor == null) {
            return "Open a dump (File > Open Dump...) to see its threads and frames.";
        }
        if (editor.getFailure() != null) {
            return editor.getFailure();
        }
        if (analysis == null) {
            return "Parsing " + editor.getEditorInput().getName() + "…";
        }
        return analysis.dump().getThreads().isEmpty() ? "No stack frames were found in this file." : "";
    }

    private void selectionChangedElsewhere(IWorkbenchPart part, ISelection selection) {
        if (part != tracker.current() || shown == null || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        if (first instanceof StackFrame frame && shown.owns(frame)) {
            if (((IStructuredSelection) viewer.getSelection()).getFirstElement() != frame) {
                viewer.setSelection(new StructuredSelection(frame), true);
            }
        }
    }

    /** The line above the tree ("Open a dump...", "Parsing...", a failure); empty when frames are shown. */
    public String getMessage() {
        return message.getText();
    }

    /** The tree (for tests). */
    public TreeViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(editorSelectionListener);
        if (tracker != null) {
            tracker.dispose();
        }
        super.dispose();
    }

    private static final class ThreadsAndFrames implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof DumpAnalysis analysis ? analysis.threadsCrashingFirst().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof DumpThread thread ? thread.getFrames().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof StackFrame frame ? frame.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof DumpThread thread && !thread.getFrames().isEmpty();
        }
    }
}
