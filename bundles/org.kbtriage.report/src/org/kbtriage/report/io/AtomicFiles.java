package org.kbtriage.report.io;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Random;

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

    private static final Random RANDOM = new SecureRandom();

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
        Path tmp = createTemporary(dir, absolute.getFileName().toString());
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

    /**
     * A new, empty hidden file beside the target. Unlike {@link Files#createTempFile} it gets the
     * ordinary permissions of a new file (umask), which the report keeps after the rename.
     */
    private static Path createTemporary(Path dir, String targetName) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path candidate = dir.resolve("." + targetName + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 100) {
                    throw taken;
                }
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
