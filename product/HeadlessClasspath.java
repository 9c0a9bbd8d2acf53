import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Build step (run by the product's pom after the product is materialized): writes PRODUCT/headless.classpath, the
 * class path the {@code triage} script starts {@code org.kbtriage.cli.TriageMain} with, one jar a line relative to
 * the product, for the bundles named in headless.bundles, in that order.
 *
 * <p>Signed jars (the Eclipse ones) get an unsigned copy in PRODUCT/headless/: on a plain class path the JDK
 * verifies every signed jar it loads from (a few hundred milliseconds of certificate and digest work per start) and
 * class data sharing leaves their classes out. OSGi does not check signatures, so the workbench's bundles stay as
 * they are, except the two jars the JDK itself loads when the workbench starts: the Equinox launcher (the
 * {@code -jar}) and the framework (loaded by the launcher's class loader). Those are replaced in PRODUCT/plugins/ by
 * unsigned copies (same classes and main manifest), for the same reasons. Fails, naming the bundle, when a bundle has
 * no jar or several.
 *
 * <p>Usage: {@code java HeadlessClasspath.java BUNDLE_LIST PRODUCT_DIR}
 */
public final class HeadlessClasspath {

    /** The bundles whose jars the JDK loads through its own class loaders when the workbench starts. */
    private static final List<String> BOOT_BUNDLES = List.of("org.eclipse.equinox.launcher", "org.eclipse.osgi");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java HeadlessClasspath.java BUNDLE_LIST PRODUCT_DIR");
            System.exit(2);
        }
        Path product = Path.of(args[1]);
        Path unsignedDir = product.resolve("headless");
        for (String bundle : BOOT_BUNDLES) {
            Path jar = bundleJar(product.resolve("plugins"), bundle);
            if (isSigned(jar)) {
                Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
                writeUnsigned(jar, copy);
                Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> classpath = new ArrayList<>();
        for (String bundle : bundles(Path.of(args[0]))) {
            Path jar = bundleJar(product.resolve("plugins"), bundle);
            if (isSigned(jar)) {
                Files.createDirectories(unsignedDir);
                Path copy = unsignedDir.resolve(jar.getFileName());
                writeUnsigned(jar, copy);
                jar = copy;
            }
            classpath.add(product.relativize(jar).toString().replace('\\', '/'));
        }
        Files.write(product.resolve("headless.classpath"), classpath);
        System.out.println("headless.classpath: " + classpath.size() + " jars in " + product);
    }

    /** The bundle names in the list: one a line, {@code #} starts a comment. */
    private static List<String> bundles(Path list) throws IOException {
        List<String> bundles = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            int comment = line.indexOf('#');
            String bundle = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!bundle.isEmpty()) {
                bundles.add(bundle);
            }
        }
        return bundles;
    }

    private static Path bundleJar(Path plugins, String bundle) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, bundle + "_*.jar")) {
            jars.forEach(found::add);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("expected one jar for bundle " + bundle + " in " + plugins + ", found "
                    + found.size() + ": a bundle the headless command needs is missing from the product (add it to a"
                    + " feature) or is not a jar");
        }
        return found.get(0);
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().anyMatch(entry -> isSignatureFile(entry.getName()));
        }
    }

    private static boolean isSignatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    /** A copy without signature files and with only the manifest's main section (the per-entry digests go). */
    private static void writeUnsigned(Path signed, Path copy) throws IOException {
        try (JarFile in = new JarFile(signed.toFile(), false)) {
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().putAll(in.getManifest().getMainAttributes());
            try (OutputStream file = Files.newOutputStream(copy); JarOutputStream out = new JarOutputStream(file, manifest)) {
                for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignatureFile(entry.getName())) {
                        continue;
                    }
                    JarEntry copied = new JarEntry(entry.getName());
                    copied.setTime(entry.getTime());
                    out.putNextEntry(copied);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
    }
}
