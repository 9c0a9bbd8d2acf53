package org.kbtriage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.BatchIndex.Failure;
import org.kbtriage.report.content.Timestamps;
import org.kbtriage.report.content.TriageReport;
import org.kbtriage.report.content.TriageReports;
import org.kbtriage.report.io.AtomicFiles;
import org.kbtriage.report.render.Renderer;

/**
 * Triages every dump of a folder and writes one report per dump plus an index page that groups the
 * dumps by signature (see {@link BatchIndex}). A dump that cannot be triaged is listed on the index
 * page with the reason and does not stop the others.
 */
public final class BatchReport {

    /** Turns one dump file into a triage session (parse it, match it against the KB). */
    @FunctionalInterface
    public interface DumpTriage {
        TriageSession triage(Path dump, IProgressMonitor monitor) throws Exception;
    }

    /** The outcome of a batch: where the index page is, and what it says. */
    public record Result(Path indexFile, BatchIndex index) {
        public int reportCount() {
            return index.buckets().stream().mapToInt(BatchIndex.Bucket::count).sum();
        }
    }

    /** The file extensions of dump texts a folder is searched for (debugger logs and Dr. Watson logs). */
    public static final Set<String> DUMP_EXTENSIONS = Set.of("txt", "log");

    /** The base name of the index page; the format adds the extension. */
    public static final String INDEX_NAME = "index";

    private final DumpTriage triage;
    private final ReportWriter writer = new ReportWriter();

    public BatchReport(DumpTriage triage) {
        this.triage = Objects.requireNonNull(triage, "triage");
    }

    /** The dump texts directly in {@code folder} (by {@link #DUMP_EXTENSIONS}), sorted by name. */
    public static List<Path> findDumps(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("Not a folder: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(BatchReport::isDumpName)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    /** Triages the dumps of {@code folder} and writes their reports and the index page into {@code outDir}. */
    public Result run(Path folder, Path outDir, ReportFormat format, ReportContext context, IProgressMonitor monitor)
            throws IOException {
        return run(findDumps(folder), folder.toString(), outDir, format, context, monitor);
    }

    /**
     * Triages the given dumps and writes their reports and the index page into {@code outDir}.
     *
     * @param label what the index page calls the set of dumps (usually their folder)
     * @throws OperationCanceledException when the monitor is cancelled; reports written so far stay
     */
    public Result run(List<Path> dumps, String label, Path outDir, ReportFormat format, ReportContext context,
            IProgressMonitor monitor) throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, "Writing triage reports", dumps.size() * 10 + 1);
        Files.createDirectories(outDir);
        BucketCollector buckets = new BucketCollector();
        List<Failure> failures = new ArrayList<>();
        for (Path dump : dumps) {
            String name = dump.getFileName().toString();
            progress.subTask(name);
            try {
                TriageSession session = triage.triage(dump, progress.split(9));
                if (session == null) {
                    throw new IOException("the dump could not be triaged");
                }
                TriageReport report = TriageReports.build(session, context);
                String reportName = format.fileName(name);
                writer.write(report, format, outDir.resolve(reportName));
                buckets.add(name, reportName, report);
            } catch (OperationCanceledException e) {
                throw e;
            } catch (Exception e) {
                failures.add(new Failure(name, message(e)));
            }
            progress.split(1);
        }
        BatchIndex index = buckets.index(context, label, dumps.size(), failures);
        Path indexFile = outDir.resolve(format.fileName(INDEX_NAME));
        Renderer renderer = Renderer.of(format);
        AtomicFiles.write(indexFile, out -> renderer.index(index, out));
        progress.split(1);
        return new Result(indexFile, index);
    }

    private static boolean isDumpName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && DUMP_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String message(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Keeps what the index page needs of each report, grouped by signature in first-seen order. */
    private static final class BucketCollector {
        private final Map<String, List<Entry>> bySignature = new LinkedHashMap<>();

        void add(String file, String reportName, TriageReport report) {
            TriageReport.Finding top = report.matches().isEmpty() ? null : report.matches().get(0);
            bySignature.computeIfAbsent(report.signature(), s -> new ArrayList<>())
                    .add(new Entry(new BatchIndex.BucketDump(file, reportName, top == null ? null : top.articleId(),
                            top != null && top.confident()), top == null ? null : top.title()));
        }

        BatchIndex index(ReportContext context, String label, int dumpCount, List<Failure> failures) {
            List<BatchIndex.Bucket> buckets = new ArrayList<>();
            bySignature.forEach((signature, entries) -> buckets.add(new BatchIndex.Bucket(signature, entries.size(),
                    commonArticle(entries), entries.stream().map(Entry::dump).toList())));
            buckets.sort(Comparator.comparingInt(BatchIndex.Bucket::count).reversed()
                    .thenComparing(BatchIndex.Bucket::signature));
            TriageReport.IndexSummary indexSummary = context.indexInfo()
                    .map(info -> new TriageReport.IndexSummary(info.articleCount(),
                            Timestamps.format(info.builtAt()), info.location(), null))
                    .orElse(null);
            return new BatchIndex(BatchIndex.SCHEMA_VERSION,
                    Timestamps.format(context.generatedAt()),
                    new TriageReport.Producer(ReportContext.PRODUCT_NAME, context.productVersion()),
                    indexSummary, label, dumpCount, buckets, List.copyOf(failures));
        }

        /** The confident top article most dumps of the bucket agree on (ties: the smaller id), or null. */
        private static BatchIndex.BucketArticle commonArticle(List<Entry> entries) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            Map<String, String> titles = new LinkedHashMap<>();
            for (Entry entry : entries) {
                if (entry.dump().confident()) {
                    votes.merge(entry.dump().topArticleId(), 1, Integer::sum);
                    titles.putIfAbsent(entry.dump().topArticleId(), entry.title());
                }
            }
            return votes.entrySet().stream()
                    .min(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new BatchIndex.BucketArticle(e.getKey(), titles.get(e.getKey()), e.getValue()))
                    .orElse(null);
        }
    }

    private record Entry(BatchIndex.BucketDump dump, String title) {
    }
}
