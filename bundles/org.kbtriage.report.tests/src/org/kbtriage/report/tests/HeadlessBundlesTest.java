package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kbtriage.cli.TriageCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.resource.Namespace;

/**
 * The triage script starts the headless commands on a plain class path made of the bundles in
 * product/headless.bundles; a bundle missing there only shows when a command loads one of its classes. Here the
 * OSGi resolver says what the command line needs: every bundle its wiring reaches, through required bundles and
 * imported packages, except the OSGi application glue and optional dependencies.
 */
class HeadlessBundlesTest {

    /** Only {@code TriageApplication}, the OSGi entry point, needs these; {@code TriageMain} starts without them. */
    private static final Set<String> OSGI_APPLICATION_ONLY = Set.of("org.eclipse.equinox.app", "org.eclipse.core.runtime");

    @Test
    void theHeadlessClassPathHoldsEveryBundleTheCommandLineNeeds() throws IOException {
        Set<String> listed = listedBundles();
        Set<String> missing = new TreeSet<>(neededBundles());
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), "add to product/headless.bundles: " + missing);
        assertTrue(listed.contains("org.kbtriage.cli"), "the list names the command line itself");
    }

    private static Set<String> neededBundles() {
        Bundle cli = FrameworkUtil.getBundle(TriageCommand.class);
        Set<String> needed = new HashSet<>(Set.of(cli.getSymbolicName()));
        Deque<Bundle> todo = new ArrayDeque<>(Set.of(cli));
        while (!todo.isEmpty()) {
            BundleWiring wiring = todo.pop().adapt(BundleWiring.class);
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                String namespace = wire.getCapability().getNamespace();
                boolean code = namespace.equals(BundleNamespace.BUNDLE_NAMESPACE)
                        || namespace.equals(PackageNamespace.PACKAGE_NAMESPACE);
                boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                        wire.getRequirement().getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                Bundle provider = wire.getProvider().getBundle();
                if (code && !optional && !OSGI_APPLICATION_ONLY.contains(provider.getSymbolicName())
                        && needed.add(provider.getSymbolicName())) {
                    todo.push(provider);
                }
            }
        }
        return needed;
    }

    /** The bundle names in product/headless.bundles: one a line, {@code #} starts a comment. */
    private static Set<String> listedBundles() throws IOException {
        Path list = repositoryRoot().resolve("product/headless.bundles");
        Set<String> listed = new HashSet<>();
        for (String line : Files.readAllLines(list)) {
            int comment = line.indexOf('#');
            String bundle = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!bundle.isEmpty()) {
                listed.add(bundle);
            }
        }
        return listed;
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("product/headless.bundles"))) {
                return dir;
            }
        }
        throw new IllegalStateException("product/headless.bundles not found above " + Path.of("").toAbsolutePath());
    }
}
