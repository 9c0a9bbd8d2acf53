package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.kbtriage.report.content.BatchIndex;
import org.kbtriage.report.content.BatchIndex.Bucket;
import org.kbtriage.report.content.BatchIndex.BucketDump;

import com.google.gson.Gson;

/**
 * {@code triage report eval/stacks-dev --out DIR --format json}: the real parser, skip list and
 * matcher over an index of the KB sample, in one start-up. The buckets must agree with where the
 * dumps came from: each positive dump replays its source article's stack, so two dumps of one
 * article are one crash, and dumps of different articles are different crashes.
 */
class StacksDevBatchTest {

    @TempDir
    static Path out;

    private static EvalSet set;
    private static BatchIndex index;

    @BeforeAll
    static void reportTheSet() throws IOException {
        set = EvalSet.load("stacks-dev");
        Path indexDir = SampleIndex.dir();
        long started = System.nanoTime();
        Cli cli = Cli.run("report", set.folder(), "--out", out, "--format", "json", "--index", indexDir);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(0, cli.exitCode(), cli.err());
        String json = Files.readString(out.resolve("index.json"));
        assertEquals(List.of(), JsonSchemas.errors(JsonSchemas.BATCH, json));
        index = new Gson().fromJson(json, BatchIndex.class);
        System.out.println("stacks-dev: " + index.dumpCount() + " dumps reported in " + millis + " ms; " + cli.out().strip());
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

    @Test
    void aBucketsMatchedArticleIsOneItsDumpsAccept() {
        int withArticle = 0;
        List<String> wrong = new ArrayList<>();
        for (Bucket bucket : index.buckets()) {
            if (bucket.article() == null) {
                continue;
            }
            withArticle++;
            for (BucketDump dump : bucket.dumps()) {
                List<String> acceptable = set.labels().get(dump.file());
                if (!acceptable.contains(bucket.article().id())) {
                    wrong.add(dump.file() + " (acceptable " + acceptable + ") in a bucket matched to " + bucket.article().id());
                }
            }
        }
        System.out.println("stacks-dev: " + withArticle + " of " + index.buckets().size()
                + " buckets have a confident article; " + wrong.size() + " dumps disagree with theirs");
        assertEquals(List.of(), wrong);
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
