package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriageSession;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.report.BatchReport;
import org.kbtriage.report.ReportContext;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.BatchIndex.Bucket;
import org.kbtriage.report.content.BatchIndex.BucketDump;

/**
 * A batch report over the shared {@code eval/stacks-dev} set, parsed by the real parser with the
 * matcher's skip list: its buckets must agree with where the dumps came from. Each positive dump
 * replays its source article's stack, so two dumps of one article are one crash.
 */
class StacksDevBatchTest {

    @TempDir
    static Path out;

    private static EvalSet set;
    private static BatchIndex index;

    @BeforeAll
    static void reportTheSet() throws IOException {
        set = EvalSet.load("stacks-dev");
        index = run();
    }

    private static BatchIndex run() throws IOException {
        DumpParser parser = new DumpParser();
        BatchReport batch = new BatchReport((dump, monitor) -> {
            TriageSession session = TriageFactory.eINSTANCE.createTriageSession();
            session.setDump(parser.parse(dump, monitor));
            return session;
        });
        ReportContext context = new ReportContext(Instant.now(), null, null, SkipList.defaults()::isGeneric);
        return batch.run(set.folder(), out, ReportFormat.JSON, context, null).index();
    }

    @Test
    void everyDumpOfTheSetGetsAReport() {
        assertEquals(set.labels().size(), index.dumpCount(), "every labelled dump is found, nothing else");
        assertEquals(List.of(), index.failures());
        for (Bucket bucket : index.buckets()) {
            for (BucketDump dump : bucket.dumps()) {
                assertTrue(Files.isRegularFile(out.resolve(dump.report())), dump.report());
            }
        }
    }

    @Test
    void dumpsOfOneArticleShareABucketAndBucketsDoNotMixArticles() {
        Map<String, String> signatureOf = new HashMap<>();
        List<String> mixed = new ArrayList<>();
        for (Bucket bucket : index.buckets()) {
            Set<String> sources = new HashSet<>();
            for (BucketDump dump : bucket.dumps()) {
                signatureOf.put(dump.file(), bucket.signature());
                // A negative is a crash of its own: invented frames that occur nowhere else.
                String source = set.source(dump.file());
                sources.add(source == null ? dump.file() : source);
            }
            if (!compatible(sources)) {
                mixed.add(bucket.signature() + " holds the crashes " + new TreeSet<>(sources));
            }
        }
        assertEquals(List.of(), mixed, "a bucket holds dumps of different crashes");

        Map<String, List<String>> filesBySource = new TreeMap<>();
        set.labels().keySet().forEach(file -> {
            if (set.source(file) != null) {
                filesBySource.computeIfAbsent(set.source(file), s -> new ArrayList<>()).add(file);
            }
        });
        List<String> split = new ArrayList<>();
        int pairs = 0;
        for (var entry : filesBySource.entrySet()) {
            Set<String> signatures = new HashSet<>();
            entry.getValue().forEach(file -> signatures.add(signatureOf.get(file)));
            pairs++;
            if (signatures.size() > 1) {
                split.add(entry.getKey() + " " + entry.getValue() + ": " + signatures);
            }
        }
        System.out.println("stacks-dev: " + index.buckets().size() + " buckets for " + index.dumpCount() + " dumps; "
                + (pairs - split.size()) + " of " + pairs + " articles in one bucket");
        split.forEach(s -> System.out.println("  split: " + s));
        assertEquals(List.of(), split, "dumps of the same article in different buckets");
    }

    /** Sources may share a bucket only when the labels call their stacks near-identical. */
    private static boolean compatible(Set<String> sources) {
        if (sources.size() <= 1) {
            return true;
        }
        for (String a : sources) {
            for (String b : sources) {
                if (!a.equals(b) && !acceptableFor(a).contains(b)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Set<String> acceptableFor(String source) {
        Set<String> ids = new HashSet<>();
        set.labels().values().stream().filter(l -> !l.isEmpty() && l.get(0).equals(source)).forEach(ids::addAll);
        return ids;
    }
}
