package org.kbtriage.ui.core;

/** A failure with a message fit to show a user in one line; the cause keeps the details for the log. */
public final class TriageException extends Exception {

    private static final long serialVersionUID = 1L;

    public TriageException(String message) {
        super(message);
    }

    public TriageException(String message, Throwable cause) {
        super(message, cause);
    }
}
