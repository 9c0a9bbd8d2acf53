package org.kbtriage.cli;

/**
 * The plain-Java entry point of {@code triage COMMAND ...}: the same command line as {@link TriageApplication},
 * started without OSGi from the class path of product jars that the build lists in {@code headless.classpath}.
 * No headless command needs the OSGi framework, and starting Equinox costs more than a whole
 * {@code triage analyze}.
 */
public final class TriageMain {

    /** Exit code when the installation itself is broken, as the {@code triage} script uses it. */
    private static final int EXIT_BROKEN_INSTALLATION = 3;

    private TriageMain() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            exitCode = TriageCommand.execute(args);
        } catch (LinkageError e) {
            // A jar missing from headless.classpath: name the class rather than print a stack trace.
            System.err.println("triage: the product is incomplete (" + e + "); rebuild it with: ./mvnw -DskipTests verify");
            exitCode = EXIT_BROKEN_INSTALLATION;
        }
        System.exit(exitCode);
    }
}
