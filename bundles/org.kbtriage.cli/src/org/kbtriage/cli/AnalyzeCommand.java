package org.kbtriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbIndexException;
import org.kbtriage.match.DumpMatcher;
import org.kbtriage.match.MatchResult;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.Dump;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code triage analyze FILE... [--json] [--top N] [--index DIR]}: matches crash dumps to the KB
 * articles that explain them. One start-up serves any number of files; a folder stands for the
 * files in it.
 */
@Command(name = "analyze",
        description = {"Match crash dumps to the KB articles that explain them and show the fix, or say plainly that "
                + "no article matches with confidence."},
        mixinStandardHelpOptions = true)
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Dump text files (WinDbg, !analyze, Dr. Watson, lm); a folder means every file in it.")
    List<Path> inputs;

    @Option(names = "--json", description = "Print one JSON object per file (JSON Lines) instead of a report.")
    boolean json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Report at most N articles per dump (default ${DEFAULT-VALUE}).")
    int top;

    @CommandLine.Mixin
    IndexOption index;

    @CommandLine.Mixin
    SkipListOption skipListOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1) {
            err.println("triage: --top must be at least 1");
            return TriageCommand.EXIT_USAGE;
        }
        List<Path> files = new ArrayList<>();
        Map<Path, String> unusable = new LinkedHashMap<>();
        expand(files, unusable);
        boolean inputProblem = !unusable.isEmpty();

        Optional<SkipList> skipList = skipListOption.load(err);
        if (skipList.isEmpty()) {
            return TriageCommand.EXIT_USAGE;
        }
        try (KbIndex kb = KbIndex.open(index.dir())) {
            DumpMatcher matcher = new DumpMatcher(kb, skipList.get());
            AnalysisOutput output = json ? new JsonAnalysisOutput(out, GSON) : new ReportAnalysisOutput(out);
            DumpParser parser = new DumpParser();
            unusable.forEach((input, problem) -> {
                err.println("triage: " + input + ": " + problem);
                output.failed(input, problem);
            });
            for (Path file : files) {
                try {
                    Dump dump = parser.parse(file, null);
                    MatchResult result = matcher.match(dump, top);
                    output.write(file, dump, result);
                } catch (DumpReadException e) {
                    err.println("triage: " + e.getMessage()); // the message names the file
                    output.failed(file, e.getMessage());
                    inputProblem = true;
                }
                out.flush();
            }
        } catch (KbIndexException e) {
            // The message names the problem (no index, outdated, corrupt) and the triage index command that fixes it.
            err.println("triage: " + e.getMessage());
            return TriageCommand.EXIT_USAGE;
        }
        return inputProblem ? 1 : 0;
    }

    /**
     * Folders become their files (sorted, hidden ones skipped); a path that does not exist, or a
     * folder without files, goes to {@code unusable} with what is wrong with it.
     */
    private void expand(List<Path> files, Map<Path, String> unusable) throws IOException {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                int before = files.size();
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                }
                if (files.size() == before) {
                    unusable.put(input, "no files in this folder");
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                unusable.put(input, "no such file or folder");
            }
        }
    }

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
}
