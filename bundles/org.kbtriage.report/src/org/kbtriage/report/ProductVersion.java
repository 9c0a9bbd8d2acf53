package org.kbtriage.report;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/** The version of the running product, as printed in reports and by {@code triage --version}. */
public final class ProductVersion {

    private static final String UNKNOWN = "development build";

    private ProductVersion() {
    }

    /**
     * The Bundle-Version of this bundle (the product is released as one), or "development build" when it cannot
     * be read. It is read from the manifest of the jar or folder this class was loaded from, which works the same
     * in OSGi and on the plain class path the {@code triage} command starts with.
     */
    public static String current() {
        return bundleVersion(ProductVersion.class).orElse(UNKNOWN);
    }

    static Optional<String> bundleVersion(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            return readManifest(location)
                    .map(manifest -> manifest.getMainAttributes().getValue("Bundle-Version"))
                    .map(String::strip)
                    .filter(version -> !version.isEmpty());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException | IOException e) {
            // Not a file or folder (another kind of class loader): the version is unknown, nothing worse.
            return Optional.empty();
        }
    }

    private static Optional<Manifest> readManifest(Path location) throws IOException {
        if (Files.isDirectory(location)) {
            Path file = location.resolve(JarFile.MANIFEST_NAME);
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Optional.of(new Manifest(in));
            }
        }
        try (JarFile jar = new JarFile(location.toFile(), false)) {
            return Optional.ofNullable(jar.getManifest());
        }
    }
}
