package org.kbtriage.ui.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.kbtriage.ui.internal.TriageUiPlugin;

/**
 * A dump file anywhere on disk (no workspace), optionally opened from a saved triage session. Persistable,
 * so the workbench reopens it at the next start ({@link DumpEditorInputFactory}).
 */
public final class DumpEditorInput extends PlatformObject implements IPathEditorInput, IPersistableElement {

    static final String KEY_PATH = "path";
    static final String KEY_SESSION = "session";

    private final Path file;
    private final Path session;

    public DumpEditorInput(Path file) {
        this(file, null);
    }

    /** @param session a saved triage session holding the dump's analysis, or null to analyze the file */
    public DumpEditorInput(Path file, Path session) {
        this.file = Objects.requireNonNull(file).toAbsolutePath().normalize();
        this.session = session == null ? null : session.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** The triage session the editor was opened from, or null. */
    public Path session() {
        return session;
    }

    @Override
    public IPath getPath() {
        return IPath.fromPath(file);
    }

    @Override
    public boolean exists() {
        // Called on the UI thread for the history lists: no disk access here; the editor reports a missing file.
        return true;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ResourceLocator.imageDescriptorFromBundle(TriageUiPlugin.ID, "icons/dump16.png")
                .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }

    @Override
    public String getName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return session == null ? file.toString() : file + " (session " + session.getFileName() + ")";
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_PATH, file.toString());
        if (session != null) {
            memento.putString(KEY_SESSION, session.toString());
        }
    }

    @Override
    public String getFactoryId() {
        return DumpEditorInputFactory.ID;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DumpEditorInput input && file.equals(input.file) && Objects.equals(session, input.session);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, session);
    }

    @Override
    public String toString() {
        return getToolTipText();
    }
}
