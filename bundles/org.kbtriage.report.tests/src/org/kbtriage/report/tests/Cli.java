package org.kbtriage.report.tests;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.kbtriage.cli.TriageCommand;

/** Runs the {@code triage} command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        int exit = TriageCommand.execute(strings, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}
