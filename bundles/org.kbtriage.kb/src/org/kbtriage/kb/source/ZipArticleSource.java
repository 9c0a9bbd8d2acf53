package org.kbtriage.kb.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Articles inside a {@code .zip}, read entry after entry in the archive's order. */
public final class ZipArticleSource implements ArticleSource {

    private final Path file;
    private final ZipFile zip;
    private final List<ZipEntry> entries;

    public ZipArticleSource(Path file) throws UnreadableSourceException {
        this.file = file.toAbsolutePath().normalize();
        try {
            this.zip = new ZipFile(this.file.toFile());
        } catch (ZipException e) {
            throw new UnreadableSourceException(this.file + " is not a readable zip archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot open " + this.file + ": " + e.getMessage(), e);
        }
        this.entries = articleEntries(zip);
    }

    private static List<ZipEntry> articleEntries(ZipFile zip) {
        List<ZipEntry> found = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory() && ArticlePaths.isArticle(entry.getName())) {
                found.add(entry);
            }
        }
        return found;
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public void read(Predicate<RawArticle> sink, EntryProblemHandler problems) throws IOException {
        for (ZipEntry entry : entries) {
            byte[] content;
            try (InputStream in = zip.getInputStream(entry)) {
                content = in.readAllBytes();
            } catch (ZipException e) {
                problems.unreadable(entry.getName(), "corrupt zip entry (" + e.getMessage() + ")");
                continue;
            } catch (IOException e) {
                if (!java.nio.file.Files.isReadable(file)) {
                    throw new UnreadableSourceException(file + " can no longer be read: " + e.getMessage(), e);
                }
                problems.unreadable(entry.getName(), "cannot read zip entry (" + e.getMessage() + ")");
                continue;
            }
            if (!sink.test(new RawArticle(location(), entry.getName(), content))) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
