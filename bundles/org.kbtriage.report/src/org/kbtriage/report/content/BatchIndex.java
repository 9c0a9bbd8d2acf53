package org.kbtriage.report.content;

import java.util.List;

import org.kbtriage.report.content.TriageReport.IndexSummary;
import org.kbtriage.report.content.TriageReport.Producer;

/**
 * The index page of a batch report: the dumps of a folder grouped by crash signature, like a small
 * crash-stats page. Serialized as JSON it follows {@code schema/triage-batch-1.schema.json}.
 *
 * @param folder    the folder the dumps were read from
 * @param dumpCount how many dumps were found, reported or not
 * @param buckets   the signatures, most frequent first
 * @param failures  the dumps that could not be triaged, and why
 */
public record BatchIndex(
        int schemaVersion,
        String generatedAt,
        Producer producer,
        IndexSummary index,
        String folder,
        int dumpCount,
        List<Bucket> buckets,
        List<Failure> failures) {

    /** The version of the index schema this record follows. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * The dumps that share a signature.
     *
     * @param article the most common confident top article among them, or {@code null} when none
     *                has a confident match
     */
    public record Bucket(String signature, int count, BucketArticle article, List<BucketDump> dumps) {
    }

    /**
     * @param dumps how many dumps of the bucket have this article as their confident top match
     */
    public record BucketArticle(String id, String title, int dumps) {
    }

    /**
     * One dump in a bucket.
     *
     * @param report       the report's file name, relative to the index
     * @param topArticleId the top match, confident or not, or {@code null} without matches
     */
    public record BucketDump(String file, String report, String topArticleId, boolean confident) {
    }

    public record Failure(String file, String error) {
    }
}
