package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;

/**
 * Walks every dump of the DEV evaluation sets: each must yield a crashing thread with
 * {@code module!symbol} frames, and for positives that thread must hold the stack of the source
 * KB article (parsed from the article itself with the same parser): at least half of the
 * article's application frames, or all the frames the hard set says it kept.
 */
class EvalDumpsTest {

    /** OS modules whose frames occur in many articles; an article's own frames are the others. */
    private static final Set<String> GENERIC_MODULES = Set.of("ntdll", "kernel32", "rpcrt4", "nt", "ntoskrnl",
            "ntkrnlmp", "ntkrnlpa", "hal", "halmps", "user32", "gdi32", "advapi32", "msvcrt", "ole32");

    private final DumpParser parser = new DumpParser();
    private final Map<String, Dump> articles = new HashMap<>();

    @Test
    void everyDevDumpHasItsCrashingStack() throws Exception {
        check("stacks-dev");
    }

    @Test
    void everyHardDevDumpHasItsCrashingStack() throws Exception {
        check("stacks-hard-dev");
    }

    private void check(String set) throws IOException, DumpReadException {
        Path shared = SharedData.root();
        Path folder = shared.resolve("eval").resolve(set);
        Map<String, String> sources = readSources(folder.resolve("labels.tsv"));
        Map<String, Integer> keptFrames = readKeptFrames(folder.resolve("meta.jsonl"));
        List<String> failures = new ArrayList<>();
        int dumps = 0;
        int compared = 0;
        int fullyMatched = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path file : files) {
            dumps++;
            Dump dump = parser.parse(file, null);
            DumpThread crashing = dump.getThreads().stream().filter(DumpThread::isCrashing).findFirst().orElse(null);
            String name = file.getFileName().toString();
            if (crashing == null || crashing.getFrames().stream().noneMatch(f -> f.getSymbol() != null)) {
                failures.add(name + ": no crashing thread with module!symbol frames " + Frames.describe(dump));
                continue;
            }
            Path article = articlePath(shared, sources.get(name));
            if (article == null) {
                continue;
            }
            compared++;
            Coverage coverage = coverage(crashing, article(article));
            int required = keptFrames.containsKey(name) ? Math.min(keptFrames.get(name), coverage.articleKeys)
                    : (coverage.articleKeys + 1) / 2;
            if (coverage.covered < required) {
                failures.add(name + ": crashing thread covers " + coverage.covered + " of " + coverage.articleKeys
                        + " frames of " + sources.get(name) + ", missing " + coverage.missing);
            }
            if (coverage.exact == coverage.articleKeys) {
                fullyMatched++;
            }
        }
        System.out.printf(Locale.ROOT, "%s: %d dumps, %d compared with their source article, %d fully matched (%.1f%%)%n",
                set, dumps, compared, fullyMatched, compared == 0 ? 0 : 100.0 * fullyMatched / compared);
        assertTrue(dumps > 0, "no dumps in " + folder);
        assertEquals(List.of(), failures);
    }

    private record Coverage(int articleKeys, int covered, int exact, List<String> missing) {
    }

    /**
     * Compares with the article stack that overlaps most. A frame counts as covered when its key
     * is in the crashing thread, or when the dump shows that module without symbols.
     */
    private static Coverage coverage(DumpThread crashing, Dump article) {
        Set<String> keys = new HashSet<>();
        Set<String> symbolLessModules = new HashSet<>();
        for (StackFrame frame : crashing.getFrames()) {
            if (frame.getSymbol() != null) {
                keys.add(frame.getKey());
            } else if (frame.getKey() != null) {
                symbolLessModules.add(frame.getKey());
            }
        }
        Coverage best = new Coverage(0, 0, 0, List.of());
        double bestShare = -1;
        for (DumpThread thread : article.getThreads()) {
            Set<String> articleKeys = applicationKeys(thread);
            if (articleKeys.isEmpty()) {
                continue;
            }
            int covered = 0;
            int exact = 0;
            List<String> missing = new ArrayList<>();
            for (String key : articleKeys) {
                if (keys.contains(key)) {
                    covered++;
                    exact++;
                } else if (symbolLessModules.contains(key.substring(0, key.indexOf('!')))) {
                    covered++;
                } else {
                    missing.add(key);
                }
            }
            double share = covered / (double) articleKeys.size();
            if (share > bestShare) {
                bestShare = share;
                best = new Coverage(articleKeys.size(), covered, exact, missing);
            }
        }
        return best;
    }

    /** The article's own frames; all its frames when it shows only generic OS frames. */
    private static Set<String> applicationKeys(DumpThread thread) {
        Set<String> all = new LinkedHashSet<>();
        Set<String> application = new LinkedHashSet<>();
        for (StackFrame frame : thread.getFrames()) {
            if (frame.getSymbol() == null) {
                continue;
            }
            all.add(frame.getKey());
            if (!GENERIC_MODULES.contains(frame.getKey().substring(0, frame.getKey().indexOf('!')))) {
                application.add(frame.getKey());
            }
        }
        return application.isEmpty() ? all : application;
    }

    private Dump article(Path path) throws IOException {
        Dump dump = articles.get(path.toString());
        if (dump == null) {
            dump = parser.parseText(Files.readString(path), path.toString());
            articles.put(path.toString(), dump);
        }
        return dump;
    }

    private static Path articlePath(Path shared, String id) {
        if (id == null || !id.startsWith("Q") || id.length() < 4) {
            return null;
        }
        Path path = shared.resolve("kb/sample/kb").resolve(id.substring(1, 4)).resolve(id).resolve("README.md");
        return Files.exists(path) ? path : null;
    }

    /** file -> source article id (the first acceptable id), for positives. */
    private static Map<String, String> readSources(Path labels) throws IOException {
        Map<String, String> sources = new HashMap<>();
        for (String line : Files.readAllLines(labels)) {
            String[] columns = line.split("\t");
            if (columns.length == 2 && !columns[1].equals("NONE")) {
                sources.put(columns[0], columns[1].split(",")[0]);
            }
        }
        return sources;
    }

    /** file -> article frames kept, for hard dumps that replaced the rest of the article's stack. */
    private static Map<String, Integer> readKeptFrames(Path meta) throws IOException {
        Map<String, Integer> kept = new HashMap<>();
        if (!Files.exists(meta)) {
            return kept;
        }
        for (String line : Files.readAllLines(meta)) {
            String file = jsonValue(line, "file");
            String distinctive = jsonValue(line, "kept_distinctive");
            if (file != null && distinctive != null) {
                kept.put(file, Integer.parseInt(distinctive));
            }
        }
        return kept;
    }

    /** A string or number value of a flat JSON object line (enough for meta.jsonl). */
    private static String jsonValue(String line, String name) {
        String key = "\"" + name + "\": ";
        int at = line.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        if (line.charAt(start) == '"') {
            return line.substring(start + 1, line.indexOf('"', start + 1));
        }
        int end = start;
        while (end < line.length() && Character.isDigit(line.charAt(end))) {
            end++;
        }
        return line.substring(start, end);
    }
}
