package org.kbtriage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage parse FILE... [--json]}: parses crash-dump text files and shows what was read:
 * the crashing thread's frames (or, with {@code --json}, one JSON object per file with every
 * thread, module and problem). A file that cannot be read is reported and the others still
 * parsed; the exit code is then 1.
 */
@Command(name = "parse",
        description = {"Parse crash-dump text (WinDbg k/kb/kv/kn, ~*kb, !analyze -v, Dr. Watson logs, lm/lmv)",
                "and show the threads, frames, modules and exception found."})
public final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Dump text files to parse.")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON Lines: one object per file.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Gson gson = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DumpParser parser = new DumpParser();
        boolean failed = false;
        for (Path file : files) {
            try {
                Dump dump = parser.parse(file, null);
                if (json) {
                    out.println(gson.toJson(DumpJson.of(file.toString(), dump)));
                } else {
                    printSummary(out, file, dump);
                }
            } catch (DumpReadException e) {
                failed = true;
                if (json) {
                    out.println(gson.toJson(DumpJson.error(file.toString(), e.getMessage())));
                } else {
                    err.println("triage: " + e.getMessage());
                }
            }
            out.flush();
        }
        return failed ? 1 : 0;
    }

    private static void printSummary(PrintWriter out, Path file, Dump dump) {
        long frames = dump.getThreads().stream().mapToLong(t -> t.getFrames().size()).sum();
        out.printf("%s (%s; %s): %d thread(s), %d frame(s), %d module(s)%n", file, dump.getCharset(),
                String.join(", ", dump.getLayouts().stream().map(Object::toString).toList()), dump.getThreads().size(), frames,
                dump.getModules().size());
        ExceptionRecord exception = dump.getException();
        if (exception != null) {
            out.printf("  exception %s%s%s%s%n", Optional.ofNullable(exception.getCode()).orElse("?"),
                    exception.getDescription() == null ? "" : " " + exception.getDescription(),
                    exception.getAddress() == null ? "" : " at " + exception.getAddress(),
                    exception.getModule() == null ? "" : " in " + exception.getModule());
        }
        Optional<DumpThread> crashing = dump.getThreads().stream().filter(DumpThread::isCrashing).findFirst();
        crashing.ifPresent(thread -> {
            out.printf("  crashing thread %s (%s):%n", thread.getId(), thread.getCrashingReason());
            for (StackFrame frame : thread.getFrames()) {
                out.printf("    %02x %-60s line %d%n", frame.getOrdinal(), frameText(frame), frame.getLine());
            }
        });
        for (ParseProblem problem : dump.getProblems()) {
            out.printf("  %s%s: %s%n", problem.getSeverity(), problem.getLine() > 0 ? " line " + problem.getLine() : "",
                    problem.getMessage());
        }
    }

    private static String frameText(StackFrame frame) {
        if (frame.getModule() == null) {
            return frame.getInstructionAddress() == null ? "?" : frame.getInstructionAddress();
        }
        StringBuilder text = new StringBuilder(frame.getModule());
        if (frame.getSymbol() != null) {
            text.append('!').append(frame.getSymbol());
        }
        if (frame.getOffset() != null) {
            text.append('+').append(frame.getOffset());
        }
        if (frame.isInline()) {
            text.append(" (inline)");
        }
        return text.toString();
    }
}
