package org.kbtriage.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.kbtriage.ui.core.TriageErrors;

/** Collects the errors the workbench would show in a dialog, so a test can look at them without a modal dialog. */
final class RecordedErrors implements AutoCloseable {

    record Shown(String title, IStatus status) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final TriageErrors.Presenter previous;

    RecordedErrors() {
        previous = TriageErrors.setPresenter((title, status) -> shown.add(new Shown(title, status)));
    }

    List<Shown> shown() {
        return shown;
    }

    @Override
    public void close() {
        TriageErrors.setPresenter(previous);
    }
}
