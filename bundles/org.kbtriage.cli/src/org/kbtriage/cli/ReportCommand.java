package org.kbtriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.kbtriage.index.KbIndexException;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.TriageSession;
import org.kbtriage.parser.DumpReadException;
import org.kbtriage.report.BatchReport;
import org.kbtriage.report.ReportContext;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.ReportWriter;
import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.TriageReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage report FILE|DIR [--format html|md|json] [--out PATH] [--index DIR] [--top N]}: the
 * triage report of one dump, or of every dump in a folder with an index page that groups them by
 * crash signature.
 */
@Command(name = "report",
        description = {"Write the triage report of a crash dump as HTML, Markdown or JSON: summary, signature, "
                + "crashing thread with matched frames, matched articles with the fix and whether it applies, modules.",
                "Given a folder, report every dump in it (*.txt, *.log) and write an index page (index.html, index.md "
                        + "or index.json) that groups the dumps by crash signature."},
        mixinStandardHelpOptions = true)
public final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "A dump text file, or a folder of them.")
    Path input;

    @Option(names = "--format", paramLabel = "html|md|json",
            description = "Report format (default: from the --out file name's extension, else html).")
    String formatName;

    @Option(names = "--out", paramLabel = "PATH",
            description = "The report file (default: standard output); for a folder, the folder for the reports (required).")
    Path out;

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    SkipListOption skipListOption;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5",
            description = "Report at most N matched articles per dump (default ${DEFAULT-VALUE}).")
    int top;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean batch = Files.isDirectory(input);
        String problem = usageProblem(batch);
        if (problem != null) {
            err.println("triage: " + problem);
            return TriageCommand.EXIT_USAGE;
        }
        ReportFormat format = format().orElseThrow();
        Optional<SkipList> skipList = skipListOption.load(err);
        if (skipList.isEmpty()) {
            return TriageCommand.EXIT_USAGE;
        }
        try (DumpTriager triager = DumpTriager.open(index.dir(), skipList.get(), top)) {
            return batch ? reportFolder(triager, format) : reportFile(triager, format);
        } catch (KbIndexException e) {
            // The index names the folder and how to build it.
            err.println("triage: " + e.getMessage());
            return TriageCommand.EXIT_USAGE;
        }
    }

    private String usageProblem(boolean batch) {
        if (top < 1) {
            return "--top must be at least 1";
        }
        if (!Files.exists(input)) {
            return input + ": no such file or folder";
        }
        if (formatName != null && ReportFormat.fromName(formatName).isEmpty()) {
            return "unknown report format '" + formatName + "'; use html, md or json";
        }
        if (batch) {
            if (out == null) {
                return "reporting the folder " + input + " needs --out DIR for the reports";
            }
            if (Files.exists(out) && !Files.isDirectory(out)) {
                return "--out " + out + " is a file; a folder's reports go into a folder";
            }
        } else if (out != null && Files.isDirectory(out)) {
            return "--out " + out + " is a folder; give the report's file name";
        }
        return null;
    }

    private Optional<ReportFormat> format() {
        if (formatName != null) {
            return ReportFormat.fromName(formatName);
        }
        if (out != null && !Files.isDirectory(input)) {
            return ReportFormat.fromFileName(out.getFileName().toString()).or(() -> Optional.of(ReportFormat.HTML));
        }
        return Optional.of(ReportFormat.HTML);
    }

    private int reportFile(DumpTriager triager, ReportFormat format) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        TriageSession session;
        try {
            session = triager.triage(input, null);
        } catch (DumpReadException e) {
            spec.commandLine().getErr().println("triage: " + e.getMessage()); // the message names the file
            return TriageCommand.EXIT_USAGE;
        }
        ReportContext context = triager.reportContext();
        ReportWriter writer = new ReportWriter();
        if (out == null) {
            writer.write(session, format, stdout, context);
            return 0;
        }
        TriageReport report = writer.content(session, context);
        writer.write(report, format, out);
        stdout.println("Wrote " + out + " (" + verdict(report) + "; signature " + report.signature() + ")");
        return 0;
    }

    private int reportFolder(DumpTriager triager, ReportFormat format) throws IOException {
        BatchReport.Result result = new BatchReport(triager::triage)
                .run(input, out, format, triager.reportContext(), null);
        BatchIndex index = result.index();
        PrintWriter err = spec.commandLine().getErr();
        index.failures().forEach(f -> err.println("triage: " + f.file() + ": " + f.error()));
        long confident = index.buckets().stream().flatMap(b -> b.dumps().stream()).filter(BatchIndex.BucketDump::confident).count();
        spec.commandLine().getOut().println("Reported " + result.reportCount() + " of " + index.dumpCount() + " dumps in "
                + index.buckets().size() + " signature buckets (" + confident + " with a confident match): "
                + result.indexFile());
        return index.failures().isEmpty() ? 0 : 1;
    }

    private static String verdict(TriageReport report) {
        return report.conclusion().confident() ? "confident match " + report.conclusion().topArticleId() : "no confident match";
    }
}
