package org.kbtriage.kb.source;

import java.io.IOException;

/** A folder or archive that cannot be read as a source of articles (missing, not a zip, corrupt). */
public final class UnreadableSourceException extends IOException {

    private static final long serialVersionUID = 1L;

    public UnreadableSourceException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableSourceException(String message) {
        super(message);
    }
}
