package org.kbtriage.index;

/** A search text that the query syntax cannot parse; the message says where and why. */
public final class QueryParseException extends Exception {

    private static final long serialVersionUID = 1L;

    public QueryParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
