package org.kbtriage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbIndexException;
import org.kbtriage.index.KbQuery;
import org.kbtriage.index.QueryParseException;
import org.kbtriage.index.SearchHit;
import org.kbtriage.index.SearchResults;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code triage search QUERY} and {@code triage search --queries FILE}: searches the offline KB index. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        description = {"Search the offline KB index.",
                "QUERY uses the classic Lucene syntax: words (any may match, articles matching more rank higher), "
                        + "\"exact phrases\", +required, -excluded, AND/OR/NOT, (groups), prefix*, and fields: "
                        + "title:, text:, module:, symbol:, frame:module!symbol, product:, version:, keyword:, tag:.",
                "Identifiers are found whole, by module, by symbol and by camel-case part: "
                        + "MAPI32!MAPIAllocateBuffer+0x28, HrStrAToStrW, Mapi32.dll, 0xC0000005."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:searched (also when nothing matched)", "1:the index is missing or unreadable",
                "2:bad usage or a malformed query"})
public final class SearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "The query (several words are joined with spaces).")
    List<String> words = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "FILE",
            description = "Run every non-empty line of FILE as a query (one start-up for all).")
    Path queriesFile;

    @Option(names = "--json", description = "Write JSON: one object per query (JSON Lines with --queries).")
    boolean json;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "Hits per query (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--product", paramLabel = "P", description = "Only articles of this product (words of its name, e.g. Exchange); repeatable.")
    List<String> products = new ArrayList<>();

    @Option(names = "--version", paramLabel = "V", description = "Only articles listing this version (e.g. 5.5); repeatable.")
    List<String> versions = new ArrayList<>();

    @Option(names = "--keyword", paramLabel = "K", description = "Only articles with this KB keyword (e.g. kbbug); repeatable.")
    List<String> keywords = new ArrayList<>();

    @CommandLine.Mixin
    IndexOption index;

    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (top < 1) {
            err.println("triage: --top must be at least 1");
            return TriageCommand.EXIT_USAGE;
        }
        List<String> queries;
        try {
            queries = queries();
        } catch (IOException e) {
            err.println("triage: cannot read the queries file " + queriesFile + ": " + e.getMessage());
            return TriageCommand.EXIT_USAGE;
        }
        if (queries == null) {
            err.println("triage: give a QUERY or --queries FILE (see triage search --help)");
            return TriageCommand.EXIT_USAGE;
        }
        try (KbIndex kb = KbIndex.open(index.dir())) {
            int exit = 0;
            for (String text : queries) {
                KbQuery query = new KbQuery(text, products, versions, keywords, top);
                try {
                    print(out, text, kb.search(query));
                } catch (QueryParseException e) {
                    err.println("triage: malformed query: " + e.getMessage());
                    if (json && queriesFile != null) {
                        JsonObject failed = new JsonObject();
                        failed.addProperty("query", text);
                        failed.addProperty("error", "malformed query: " + e.getMessage());
                        failed.add("matches", new JsonArray());
                        out.println(gson.toJson(failed));
                    }
                    exit = TriageCommand.EXIT_USAGE;
                }
            }
            return exit;
        } catch (KbIndexException e) {
            err.println("triage: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("triage: cannot close the index: " + e.getMessage());
            return 1;
        }
    }

    /** The queries to run, or null when none was given. */
    private List<String> queries() throws IOException {
        if (queriesFile != null) {
            if (!words.isEmpty()) {
                return null;
            }
            List<String> queries = new ArrayList<>();
            for (String line : Files.readAllLines(queriesFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    queries.add(line.strip());
                }
            }
            return queries;
        }
        return words.isEmpty() ? null : List.of(String.join(" ", words));
    }

    private void print(PrintWriter out, String text, SearchResults results) {
        if (json) {
            JsonObject object = new JsonObject();
            object.addProperty("query", text);
            object.addProperty("total", results.totalHits());
            JsonArray matches = new JsonArray();
            for (SearchHit hit : results.hits()) {
                JsonObject match = new JsonObject();
                match.addProperty("id", hit.id());
                match.addProperty("title", hit.title());
                match.addProperty("score", hit.score());
                match.addProperty("snippet", hit.snippet());
                matches.add(match);
            }
            object.add("matches", matches);
            out.println(gson.toJson(object));
            return;
        }
        if (queriesFile != null) {
            out.println("# " + text);
        }
        if (results.hits().isEmpty()) {
            out.println("No article matches.");
        }
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            out.printf("%2d. %-8s %s  (%.2f)%n", rank++, hit.id(), hit.title(), hit.score());
            if (!hit.snippet().isEmpty()) {
                out.println("    " + hit.snippet());
            }
        }
        if (results.totalHits() > results.hits().size()) {
            out.println("(" + results.totalHits() + " articles match; showing " + results.hits().size() + ")");
        }
        out.flush();
    }
}
