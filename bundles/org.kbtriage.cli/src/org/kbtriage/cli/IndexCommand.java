package org.kbtriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.kbtriage.index.ImportReport;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndexException;
import org.kbtriage.kb.source.UnreadableSourceException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code triage index --kb PATH...}: imports KB articles into the offline index. */
@Command(name = "index",
        mixinStandardHelpOptions = true,
        description = {"Import KB articles into the offline search index.",
                "A source is a folder or a .zip of articles in either form: Jekyll kb/NNN/QNNNNNN/README.md or "
                        + "plain QNNNNNN.TXT. Importing again is incremental: only added, changed and removed "
                        + "articles of the named sources are updated. A corrupt or outdated index is rebuilt."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported (articles that could not be read are skipped with a warning)",
                "1:the index could not be written", "2:a source is missing or not a readable folder or zip"})
public final class IndexCommand implements Callable<Integer> {

    private static final int MAX_WARNINGS_SHOWN = 20;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--kb", required = true, paramLabel = "PATH",
            description = "A folder or .zip of KB articles; repeat for several sources.")
    List<Path> sources;

    @CommandLine.Mixin
    IndexOption index;

    @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: one per core).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = index.dir();
        KbImporter importer = new KbImporter(dir);
        if (threads != null) {
            if (threads < 1) {
                err.println("triage: --threads must be at least 1");
                return TriageCommand.EXIT_USAGE;
            }
            importer.threads(threads);
        }
        out.println("Importing " + String.join(", ", sources.stream().map(Path::toString).toList()) + " into " + dir);
        ImportReport report;
        try {
            report = importer.importSources(sources, new ProgressLines(out));
        } catch (UnreadableSourceException e) {
            err.println("triage: " + e.getMessage());
            return TriageCommand.EXIT_USAGE;
        } catch (KbIndexException e) {
            err.println("triage: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("triage: the import failed: " + e.getMessage());
            return 1;
        }
        List<String> warnings = report.warnings();
        for (String warning : warnings.subList(0, Math.min(warnings.size(), MAX_WARNINGS_SHOWN))) {
            err.println("triage: warning: " + warning);
        }
        if (warnings.size() > MAX_WARNINGS_SHOWN) {
            err.println("triage: warning: ... and " + (warnings.size() - MAX_WARNINGS_SHOWN) + " more");
        }
        out.printf("%s in %.1f s: %d added, %d changed, %d removed, %d unchanged, %d skipped; the index holds %d articles.%n",
                report.rebuilt() ? "Built the index" : "Updated the index", report.elapsed().toMillis() / 1000.0,
                report.added(), report.changed(), report.removed(), report.unchanged(), report.skipped(),
                report.articleCount());
        return 0;
    }
}
