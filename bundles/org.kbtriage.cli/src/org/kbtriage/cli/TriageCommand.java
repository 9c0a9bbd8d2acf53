package org.kbtriage.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.kbtriage.report.ProductVersion;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code triage} command line: the top-level command and the registry of its sub-commands. Two entry points
 * run it: {@link TriageMain} on a plain class path (what the {@code triage} script starts) and
 * {@link TriageApplication} in OSGi.
 */
@Command(name = "triage",
        mixinStandardHelpOptions = true,
        versionProvider = TriageCommand.BundleVersion.class,
        description = {"Triage crash-dump text (WinDbg, !analyze, Dr. Watson) against an offline knowledge base.",
                "Run without a command to open the KB Triage Workbench window."},
        subcommands = {CommandLine.HelpCommand.class, ParseCommand.class, IndexCommand.class, SearchCommand.class,
                AnalyzeCommand.class, ReportCommand.class})
public final class TriageCommand implements Runnable {

    /** Exit code for bad usage or bad input the user can fix. */
    public static final int EXIT_USAGE = 2;

    /**
     * Lucene logs a performance hint about the incubating Vector API on every start; on a command
     * line whose standard error carries only real errors that hint is noise. Held in a field
     * because java.util.logging keeps loggers weakly.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line with standard output and error; returns the process exit code. */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return execute(args, out, err);
    }

    /** Runs the command line against the given writers; tests use this entry point. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TriageCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((ex, cl, parseResult) -> {
            // A user never sees a stack trace: the message names what went wrong.
            cl.getErr().println("triage: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Reports the version of the installed product (its bundles' version). */
    static final class BundleVersion implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"KB Triage Workbench " + ProductVersion.current(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
