package org.kbtriage.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates the dump editors that were open when the workbench last closed. */
public final class DumpEditorInputFactory implements IElementFactory {

    public static final String ID = "org.kbtriage.ui.editor.dumpInputFactory";

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(DumpEditorInput.KEY_PATH);
        if (path == null) {
            return null;
        }
        String session = memento.getString(DumpEditorInput.KEY_SESSION);
        return new DumpEditorInput(Path.of(path), session == null ? null : Path.of(session));
    }
}
