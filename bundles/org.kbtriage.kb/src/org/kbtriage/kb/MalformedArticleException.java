package org.kbtriage.kb;

/** An article file that cannot be read as a KB article; the message names the file and the defect. */
public final class MalformedArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String path;

    public MalformedArticleException(String path, String defect) {
        super(path + ": " + defect);
        this.path = path;
    }

    /** The article's path inside its source (folder or zip). */
    public String path() {
        return path;
    }
}
