package org.kbtriage.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.kbtriage.model.StackFrame;

/**
 * Everything a report needs besides the triage session: when it is generated, by which product
 * version, from which KB index, and which stack frames are generic (skipped in signatures).
 *
 * @param generatedAt    the time printed as "generated at"
 * @param productVersion the product version printed in the report
 * @param index          the KB index that produced the matches, or {@code null} when unknown
 * @param genericFrame   true for frames too common to identify a crash (OS, runtime, exception
 *                       dispatch); the matcher's skip list in the product
 */
public record ReportContext(Instant generatedAt, String productVersion, IndexInfo index,
        Predicate<StackFrame> genericFrame) {

    /** The product name printed in every report. */
    public static final String PRODUCT_NAME = "KB Triage Workbench";

    public ReportContext {
        Objects.requireNonNull(generatedAt, "generatedAt");
        productVersion = productVersion == null || productVersion.isBlank() ? ProductVersion.current() : productVersion;
        genericFrame = genericFrame == null ? Signatures.NO_GENERIC_FRAMES : genericFrame;
    }

    /** A context for a report generated now by this product, with no index information and no generic frames. */
    public static ReportContext now() {
        return new ReportContext(Instant.now().truncatedTo(ChronoUnit.SECONDS), null, null, null);
    }

    public Optional<IndexInfo> indexInfo() {
        return Optional.ofNullable(index);
    }

    public ReportContext withIndex(IndexInfo newIndex) {
        return new ReportContext(generatedAt, productVersion, newIndex, genericFrame);
    }

    public ReportContext withGenericFrame(Predicate<StackFrame> newGenericFrame) {
        return new ReportContext(generatedAt, productVersion, index, newGenericFrame);
    }

    public ReportContext withGeneratedAt(Instant newGeneratedAt) {
        return new ReportContext(newGeneratedAt, productVersion, index, genericFrame);
    }

    public ReportContext withProductVersion(String newProductVersion) {
        return new ReportContext(generatedAt, newProductVersion, index, genericFrame);
    }
}
