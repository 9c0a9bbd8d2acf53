package org.kbtriage.parser;

import java.nio.file.Path;

/**
 * A dump file could not be read as text: it is empty, binary, or the file system failed. The
 * message names the file and says what is wrong, ready to show to a user as it is.
 */
public final class DumpReadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public DumpReadException(Path file, String problem) {
        this(file, problem, null);
    }

    public DumpReadException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file that could not be read. */
    public Path getFile() {
        return file;
    }
}
