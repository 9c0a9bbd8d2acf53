package org.kbtriage.index.internal;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Checks an index directory before use (a "CheckIndex-lite": a commit point exists, it opens, every segment's
 * files are there with intact headers and footers, the schema version matches) and clears a broken one.
 */
public final class IndexDirectories {

    /** What a directory holds. */
    public enum State {
        /** No index files at all. */
        EMPTY,
        /** A readable index with the current schema. */
        CURRENT,
        /** A readable index built with another schema version. */
        OUTDATED,
        /** Index files without a commit point (an import that never finished), or a commit that fails to open. */
        BROKEN
    }

    /** The state and, unless {@link State#CURRENT} or {@link State#EMPTY}, why. */
    public record Health(State state, String reason) {
    }

    private IndexDirectories() {
    }

    public static Health check(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return hasIndexFiles(directory)
                        ? new Health(State.BROKEN, "index files without a commit point (an import that did not finish)")
                        : new Health(State.EMPTY, "");
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            String schema = commit.getUserData().get(IndexSchema.COMMIT_SCHEMA);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                if (reader.maxDoc() > 0) {
                    // Reading one stored document proves the stored-fields files decode.
                    reader.storedFields().document(reader.maxDoc() - 1);
                }
            }
            if (!IndexSchema.VERSION.equals(schema)) {
                return new Health(State.OUTDATED, "built with index schema " + (schema == null ? "(none)" : schema)
                        + ", this version uses schema " + IndexSchema.VERSION);
            }
            return new Health(State.CURRENT, "");
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                | NoSuchFileException | FileNotFoundException | EOFException e) {
            return new Health(State.BROKEN, describe(e));
        } catch (IOException | RuntimeException e) {
            return new Health(State.BROKEN, describe(e));
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return e.getClass().getSimpleName() + ": " + message;
    }

    /** Whether the directory holds files with Lucene index names. */
    public static boolean hasIndexFiles(Directory directory) throws IOException {
        for (String file : directory.listAll()) {
            if (isIndexFile(file)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Deletes the index files of a broken index. Only files with Lucene index names are touched, so a
     * mistaken {@code --index} folder loses nothing else.
     */
    public static void clear(Directory directory, Consumer<String> warnings) throws IOException {
        for (String file : directory.listAll()) {
            if (isIndexFile(file) && !file.equals("write.lock")) {
                try {
                    directory.deleteFile(file);
                } catch (IOException e) {
                    warnings.accept("could not delete the old index file " + file + ": " + e.getMessage());
                }
            }
        }
    }

    private static boolean isIndexFile(String file) {
        return file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches();
    }

    /** The commit user data of the latest commit. */
    public static Map<String, String> commitData(Directory directory) throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }
}
