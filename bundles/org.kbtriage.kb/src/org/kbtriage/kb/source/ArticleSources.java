package org.kbtriage.kb.source;

import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right kind of {@link ArticleSource} for a path: a folder or a {@code .zip}. */
public final class ArticleSources {

    private ArticleSources() {
    }

    public static ArticleSource open(Path path) throws UnreadableSourceException {
        if (Files.isDirectory(path)) {
            return new FolderArticleSource(path);
        }
        if (!Files.exists(path)) {
            throw new UnreadableSourceException("no such file or folder: " + path);
        }
        if (Files.isRegularFile(path)) {
            return new ZipArticleSource(path);
        }
        throw new UnreadableSourceException("not a folder or a zip archive: " + path);
    }
}
