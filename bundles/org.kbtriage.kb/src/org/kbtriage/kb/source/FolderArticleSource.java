package org.kbtriage.kb.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Articles in a folder tree, read in sorted path order. */
public final class FolderArticleSource implements ArticleSource {

    private final Path root;
    private final List<Path> files;

    public FolderArticleSource(Path folder) throws UnreadableSourceException {
        this.root = folder.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            this.files = walk.filter(Files::isRegularFile)
                    .filter(p -> ArticlePaths.isArticle(relative(p)))
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadableSourceException("cannot list the folder " + root + ": " + e.getMessage(), e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public void read(Predicate<RawArticle> sink, EntryProblemHandler problems) throws IOException {
        for (Path file : files) {
            byte[] content;
            try {
                content = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.unreadable(relative(file), "cannot read the file (" + e.getMessage() + ")");
                continue;
            }
            if (!sink.test(new RawArticle(location(), relative(file), content))) {
                return;
            }
        }
    }

    @Override
    public void close() {
        // Nothing is held open between reads.
    }
}
