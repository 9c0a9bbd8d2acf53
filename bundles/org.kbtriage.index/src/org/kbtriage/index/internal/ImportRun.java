package org.kbtriage.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.kb.ArticleParser;
import org.kbtriage.kb.MalformedArticleException;
import org.kbtriage.kb.source.ArticleSource;
import org.kbtriage.kb.source.RawArticle;
import org.kbtriage.model.KbArticle;

/**
 * One import: reads every source sequentially on the calling thread and hands the article files to a pool
 * that hashes, parses and indexes them into the shared {@link IndexWriter}. When the pool's queue is full the
 * reading thread waits: it never runs an import itself, which would make the JIT compile the whole pipeline
 * into the reading loop a second time.
 */
public final class ImportRun {

    private static final int QUEUE_PER_THREAD = 64;

    private final IndexWriter writer;
    private final ArticleParser parser;
    private final int threads;
    private final List<String> warnings;
    private final AtomicInteger added = new AtomicInteger();
    private final AtomicInteger changed = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private int removed;
    private final AtomicReference<IOException> writeFailure = new AtomicReference<>();
    private final ThreadLocal<MessageDigest> digests = ThreadLocal.withInitial(ImportRun::sha1);

    public ImportRun(IndexWriter writer, ArticleParser parser, int threads, List<String> warnings) {
        this.writer = writer;
        this.parser = parser;
        this.threads = threads;
        this.warnings = warnings;
    }

    /**
     * Imports all sources. {@code indexed} maps the uids already indexed from these sources to their digests;
     * those not seen again are deleted, except for a source that had unreadable entries.
     */
    public void importAll(List<ArticleSource> sources, Map<String, String> indexed, SubMonitor progress)
            throws IOException {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD), ImportRun::waitForRoom);
        Set<String> seen = new HashSet<>();
        Set<String> incompleteSources = new HashSet<>();
        try {
            for (ArticleSource source : sources) {
                progress.subTask(source.location());
                source.read(raw -> {
                    progress.split(1);
                    if (writeFailure.get() != null) {
                        return false;
                    }
                    String uid = ArticleDocuments.uid(raw.source(), raw.path());
                    if (seen.add(uid)) {
                        pool.execute(() -> importOne(raw, uid, indexed.get(uid)));
                    } else {
                        warnings.add(uid + ": listed twice in the source; the second copy is ignored");
                    }
                    return true;
                }, (path, reason) -> {
                    incompleteSources.add(source.location());
                    skipped.incrementAndGet();
                    warnings.add(ArticleDocuments.uid(source.location(), path) + ": skipped, " + reason);
                });
            }
            // Write the in-memory segments on every pool thread; a commit would write them one by one.
            for (int i = 0; i < threads; i++) {
                pool.execute(this::flushBuffers);
            }
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
        if (writeFailure.get() != null) {
            throw writeFailure.get();
        }
        deleteVanished(indexed, seen, incompleteSources);
    }

    private void flushBuffers() {
        try {
            while (writeFailure.get() == null && writer.flushNextBuffer()) {
                // Each call writes one pending segment.
            }
        } catch (IOException e) {
            writeFailure.compareAndSet(null, e);
        }
    }

    /** Blocks the reading thread until the pool's queue has room for the task. */
    private static void waitForRoom(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("the import pool is shut down");
        }
        try {
            pool.getQueue().put(task);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException("the import was interrupted");
        }
    }

    private void deleteVanished(Map<String, String> indexed, Set<String> seen, Set<String> incompleteSources)
            throws IOException {
        for (String uid : indexed.keySet()) {
            if (seen.contains(uid)) {
                continue;
            }
            String source = uid.substring(0, uid.indexOf("!/"));
            if (incompleteSources.contains(source)) {
                continue;
            }
            writer.deleteDocuments(new Term(IndexSchema.UID, uid));
            removed++;
        }
        if (!incompleteSources.isEmpty()) {
            warnings.add("articles missing from " + incompleteSources
                    + " were kept in the index because some entries could not be read");
        }
    }

    private void importOne(RawArticle raw, String uid, String previousHash) {
        try {
            MessageDigest digest = digests.get();
            digest.reset();
            String hash = HexFormat.of().formatHex(digest.digest(raw.content()));
            if (hash.equals(previousHash)) {
                unchanged.incrementAndGet();
                return;
            }
            KbArticle article;
            try {
                article = parser.parse(raw);
            } catch (MalformedArticleException e) {
                skip(uid, previousHash, "skipped, " + stripPath(e.getMessage(), raw.path()));
                return;
            } catch (RuntimeException e) {
                skip(uid, previousHash, "skipped, the article could not be read (" + e + ")");
                return;
            }
            Document doc = ArticleDocuments.toDocument(article, raw.source(), raw.path(), hash);
            if (previousHash == null) {
                // Not in the index yet: an update would buffer a delete per article for nothing, and applying
                // 60,000 of them costs more than a few percent of a full import.
                writer.addDocument(doc);
                added.incrementAndGet();
            } else {
                writer.updateDocument(new Term(IndexSchema.UID, uid), doc);
                changed.incrementAndGet();
            }
        } catch (IOException e) {
            writeFailure.compareAndSet(null, e);
        } catch (UncheckedIOException e) {
            writeFailure.compareAndSet(null, e.getCause());
        }
    }

    private void skip(String uid, String previousHash, String why) throws IOException {
        skipped.incrementAndGet();
        if (previousHash != null) {
            // The file is still there but no longer readable: its old version would be stale.
            writer.deleteDocuments(new Term(IndexSchema.UID, uid));
            warnings.add(uid + ": " + why + " (its previous version was removed from the index)");
        } else {
            warnings.add(uid + ": " + why);
        }
    }

    private static String stripPath(String message, String path) {
        return message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message;
    }

    private static void awaitQuietly(ThreadPoolExecutor pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-1", e);
        }
    }

    public int added() {
        return added.get();
    }

    public int changed() {
        return changed.get();
    }

    public int unchanged() {
        return unchanged.get();
    }

    public int skipped() {
        return skipped.get();
    }

    public int removed() {
        return removed;
    }
}
