package org.kbtriage.report.io;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a text file all at once or not at all: the text goes to a temporary file in the target's
 * folder, which is synced and then renamed over the target. An interrupted or failed write leaves
 * an existing file as it was and no partial file behind.
 */
public final class AtomicFiles {

    /** Writes the content of a file; may fail part-way. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} in UTF-8 from {@code content}, replacing it atomically. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null) {
            throw new IOException("Cannot write " + absolute + ": it has no parent folder");
        }
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
        boolean moved = false;
        try {
            try (FileOutputStream file = new FileOutputStream(tmp.toFile());
                    Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8))) {
                content.writeTo(out);
                out.flush();
                file.getFD().sync();
            }
            move(tmp, absolute);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on file systems without rename (some network shares).
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
