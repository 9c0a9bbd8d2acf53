package org.kbtriage.index;

import java.io.IOException;

/** The index cannot be used: missing, corrupt, locked, or built with another schema. The message says which. */
public class KbIndexException extends IOException {

    private static final long serialVersionUID = 1L;

    public KbIndexException(String message) {
        super(message);
    }

    public KbIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
