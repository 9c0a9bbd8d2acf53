package org.kbtriage.report.content;

import java.util.List;

/**
 * The content of a triage report for one dump, independent of its format. The JSON report is this
 * record serialized (component names are the JSON property names, see
 * {@code schema/triage-report-1.schema.json}); the HTML and Markdown reports render it. Optional
 * values are {@code null} and left out of the JSON.
 */
public record TriageReport(
        int schemaVersion,
        String generatedAt,
        Producer producer,
        IndexSummary index,
        DumpSummary dump,
        String signature,
        ThreadReport crashingThread,
        Conclusion conclusion,
        List<Finding> matches,
        List<ModuleRow> modules) {

    /** The version of the report schema this record follows; bumped on incompatible changes. */
    public static final int SCHEMA_VERSION = 1;

    /** The product and version that wrote a report. */
    public record Producer(String name, String version) {
    }

    /** The KB index that produced the matches; any part may be unknown. */
    public record IndexSummary(Integer articleCount, String builtAt, String location, String description) {
    }

    /** What the dump is: its file, layouts, exception and process. */
    public record DumpSummary(String file, String charset, Long sizeBytes, Integer lineCount, List<String> layouts,
            String processName, String imageName, ExceptionSummary exception, String failureBucketId,
            String analyzeModuleName, String bugcheck, List<Problem> problems) {
    }

    public record ExceptionSummary(String code, String address, String description, String module) {
    }

    /** A problem the parser reported while reading the dump. */
    public record Problem(int line, String severity, String message) {
    }

    /** The crashing thread and its frames, top of the stack first. */
    public record ThreadReport(String id, String systemId, String crashingReason, List<FrameRow> frames) {
    }

    /**
     * One frame of the crashing thread.
     *
     * @param display     the frame as a debugger prints it: {@code module!symbol+offset}
     * @param generic     whether the skip list calls it generic
     * @param inSignature whether it is one of the signature's frames
     * @param matchedBy   the ids of the matched articles, confident or not, whose stacks hold this frame
     * @param confidentlyMatched whether a confident match holds this frame: the frames a report highlights
     */
    public record FrameRow(int ordinal, String module, String symbol, String offset, String display,
            String instructionAddress, String sourceFile, Integer sourceLine, boolean inline, boolean generic,
            boolean inSignature, List<String> matchedBy, boolean confidentlyMatched) {
    }

    /**
     * The verdict: does the top match explain the crash with confidence?
     *
     * @param confident       whether any match is confident
     * @param topArticleId    the best confident match, or {@code null}
     * @param topArticleTitle its title, or {@code null}
     */
    public record Conclusion(boolean confident, String topArticleId, String topArticleTitle) {
    }

    /** One matched article: why it matched, whether its fix applies, and what to do. */
    public record Finding(int rank, String articleId, String title, double score, boolean confident, String reason,
            String explanation, List<String> matchedFrames, String applicability, List<FixCheck> fixedFiles,
            List<Guidance> guidance) {
    }

    /**
     * A file the article's fix replaces, checked against the version loaded in the dump.
     *
     * @param loadedVersion the file version of the loaded module, or {@code null} when the dump has none
     * @param applicability AFFECTED when the loaded version is older than the fix, FIXED when it is at
     *                      least the fix, UNKNOWN otherwise
     */
    public record FixCheck(String fileName, String fixedVersion, String platform, String date, String loadedVersion,
            String applicability) {
    }

    /** A section of the article that tells what to do (cause, resolution, workaround, status). */
    public record Guidance(String section, String text) {
    }

    /** A module loaded in the dumped process. */
    public record ModuleRow(String name, String imageName, String imagePath, String startAddress, String endAddress,
            String fileVersion, String productVersion, String timestamp) {
    }
}
