package org.kbtriage.ui.core;

import java.util.Objects;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.kbtriage.ui.internal.TriageUiPlugin;

/**
 * How the workbench tells the user that something failed: one clear line in a dialog, the details
 * (cause, stack trace) in the error log. Tests replace the {@link Presenter} to see what would be shown
 * without a modal dialog.
 */
public final class TriageErrors {

    /** Shows an error to the user; called on the UI thread. */
    @FunctionalInterface
    public interface Presenter {
        void present(String title, IStatus status);
    }

    private static volatile Presenter presenter = TriageErrors::openDialog;

    private TriageErrors() {
    }

    /** Replaces how errors are shown (for tests); returns the previous presenter. */
    public static Presenter setPresenter(Presenter replacement) {
        Presenter previous = presenter;
        presenter = Objects.requireNonNull(replacement);
        return previous;
    }

    /** Logs the failure and shows it; may be called on any thread. */
    public static void report(String title, String message, Throwable cause) {
        IStatus status = Status.error(message, cause);
        TriageUiPlugin.log().log(status);
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> presenter.present(title, status));
    }

    public static void report(String title, TriageException failure) {
        report(title, failure.getMessage(), failure.getCause() == null ? failure : failure.getCause());
    }

    private static void openDialog(String title, IStatus status) {
        Shell shell = PlatformUI.getWorkbench().getModalDialogShellProvider().getShell();
        ErrorDialog.openError(shell, title, null, status);
    }
}
