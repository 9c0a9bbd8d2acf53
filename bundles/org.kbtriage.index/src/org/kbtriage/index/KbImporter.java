package org.kbtriage.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.index.analysis.KbAnalyzers;
import org.kbtriage.index.internal.ImportRun;
import org.kbtriage.index.internal.IndexDirectories;
import org.kbtriage.index.internal.IndexSchema;
import org.kbtriage.index.internal.IndexedFiles;
import org.kbtriage.kb.ArticleParser;
import org.kbtriage.kb.ArticleStackFrames;
import org.kbtriage.kb.source.ArticleSource;
import org.kbtriage.kb.source.ArticleSources;
import org.kbtriage.model.StackFrame;

/**
 * Imports KB articles from folders and {@code .zip} archives into the index in a directory.
 *
 * <p>Imports are incremental per source: files whose bytes are unchanged are skipped, changed ones replaced,
 * and articles that disappeared from a source imported again are removed; articles of sources not named in
 * this import stay. An index built with another schema version, or found corrupt or half-written, is rebuilt
 * from scratch with a warning. A malformed article is skipped with a warning naming it. Article files are
 * parsed on all cores into one {@link IndexWriter}; cancelling through the monitor rolls the index back to
 * its previous commit.
 */
public final class KbImporter {

    /**
     * The in-memory segments are written once they hold this much. With 256 MB nothing was written until the
     * whole KB was in memory, and the two segments were then written at the end, by code the JIT had not seen
     * yet, while nothing else was left to run beside it. At 64 MB a full import writes five segments as it goes
     * (the terms hashes stay smaller too): about 10% less CPU over interleaved runs, a lower peak heap, and
     * still too few segments for the merge policy to merge.
     */
    private static final double RAM_BUFFER_MB = 64;

    private final Path indexDir;
    private Function<String, List<StackFrame>> frameExtractor = new ArticleStackFrames();
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    public KbImporter(Path indexDir) {
        this.indexDir = Objects.requireNonNull(indexDir, "indexDir");
    }

    /**
     * How call-stack frames are found in an article body; the default is {@link ArticleStackFrames} (the dump
     * parser), {@link ArticleParser#NO_FRAMES} turns frames off. Called from several threads at once.
     */
    public KbImporter frameExtractor(Function<String, List<StackFrame>> extractor) {
        this.frameExtractor = Objects.requireNonNull(extractor, "extractor");
        return this;
    }

    /** How many threads parse articles (default: one per core). */
    public KbImporter threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = count;
        return this;
    }

    /**
     * Imports the sources (folders or zip archives of {@code README.md} / {@code .TXT} articles).
     *
     * @param monitor progress and cancellation; may be null
     * @throws KbIndexException when the index directory cannot be written (locked by another process, no space)
     * @throws org.kbtriage.kb.source.UnreadableSourceException when a source is missing or not a readable zip
     * @throws OperationCanceledException when cancelled; the index is as before the import
     */
    public ImportReport importSources(List<Path> sources, IProgressMonitor monitor) throws IOException {
        Instant started = Instant.now();
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        List<ArticleSource> opened = new ArrayList<>();
        try {
            for (Path source : sources) {
                opened.add(ArticleSources.open(source));
            }
            int total = opened.stream().mapToInt(ArticleSource::size).sum();
            SubMonitor progress = SubMonitor.convert(monitor, "Importing KB articles", total + 1);
            try {
                Files.createDirectories(indexDir);
            } catch (IOException e) {
                throw new KbIndexException("cannot create the index folder " + indexDir + ": " + e.getMessage(), e);
            }
            try (Directory directory = FSDirectory.open(indexDir)) {
                boolean rebuild = prepare(directory, warnings);
                try (IndexWriter writer = openWriter(directory, rebuild)) {
                    ImportRun run = new ImportRun(writer, new ArticleParser(frameExtractor), threads, warnings);
                    Set<String> sourceNames = new HashSet<>();
                    opened.forEach(s -> sourceNames.add(s.location()));
                    Map<String, String> indexed = rebuild ? new HashMap<>() : IndexedFiles.hashes(writer, sourceNames);
                    try {
                        run.importAll(opened, indexed, progress);
                    } catch (IOException | RuntimeException e) {
                        writer.rollback();
                        throw e;
                    }
                    writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA, IndexSchema.VERSION,
                            IndexSchema.COMMIT_BUILT_AT, Instant.now().toString()).entrySet());
                    writer.commit();
                    progress.worked(1);
                    int count = writer.getDocStats().numDocs;
                    return new ImportReport(run.added(), run.changed(), run.removed(), run.unchanged(), run.skipped(),
                            rebuild, count, warnings, Duration.between(started, Instant.now()));
                } catch (LockObtainFailedException e) {
                    throw new KbIndexException("the index " + indexDir + " is being written by another process ("
                            + e.getMessage() + ")", e);
                }
            }
        } finally {
            for (ArticleSource source : opened) {
                try {
                    source.close();
                } catch (IOException e) {
                    warnings.add("could not close " + source.location() + ": " + e.getMessage());
                }
            }
        }
    }

    /** Returns whether the index must be built from scratch; clears a broken one. */
    private boolean prepare(Directory directory, List<String> warnings) throws IOException {
        IndexDirectories.Health health = IndexDirectories.check(directory);
        switch (health.state()) {
            case EMPTY:
                return true;
            case CURRENT:
                return false;
            case OUTDATED:
                warnings.add("the index " + indexDir + " was " + health.reason() + ": rebuilding it from scratch");
                return true;
            case BROKEN:
            default:
                warnings.add("the index " + indexDir + " is corrupt or incomplete (" + health.reason()
                        + "): rebuilding it from scratch");
                IndexDirectories.clear(directory, warnings::add);
                return true;
        }
    }

    private static IndexWriter openWriter(Directory directory, boolean create) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(KbAnalyzers.forIndexing())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }
}
