package org.kbtriage.kb.source;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Predicate;

/** A folder or archive of KB article files, read sequentially. */
public interface ArticleSource extends Closeable {

    /** A stable name for this source (its absolute, normalized path); the index keeps articles per source. */
    String location();

    /** How many article files {@link #read} will offer; known before reading, for progress. */
    int size();

    /**
     * Offers every article file to {@code sink}, in a stable order, until the sink returns false.
     * An entry that cannot be read is reported to {@code problems} and skipped.
     *
     * @throws IOException when the source as a whole cannot be read any more
     */
    void read(Predicate<RawArticle> sink, EntryProblemHandler problems) throws IOException;

    /** Receives entries that could not be read, with the reason. */
    @FunctionalInterface
    interface EntryProblemHandler {
        void unreadable(String path, String reason);
    }
}
