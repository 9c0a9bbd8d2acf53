package org.kbtriage.report.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kbtriage.report.content.TriageReport.DumpSummary;
import org.kbtriage.report.content.TriageReport.ExceptionSummary;
import org.kbtriage.report.content.TriageReport.FrameRow;
import org.kbtriage.report.content.TriageReport.IndexSummary;
import org.kbtriage.report.content.TriageReport.Producer;
import org.kbtriage.report.content.TriageReport;
import org.kbtriage.report.content.TriageReport.ThreadReport;

/** The wording shared by the HTML and Markdown reports, so both say the same thing. */
final class ReportText {

    static final String FRAMES_LEGEND = "Top of the stack first. Highlighted frames are in the stack of a confidently "
            + "matched article; \"Matched by\" also names candidates that are not confident. Generic frames (OS, runtime, "
            + "exception dispatch) are left out of the signature.";

    private ReportText() {
    }

    /** "Matched articles", or "Candidate articles" when none of them is confident. */
    static String matchesHeading(TriageReport report) {
        return report.conclusion().confident() || report.matches().isEmpty() ? "Matched articles" : "Candidate articles";
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    static String producer(Producer producer) {
        return producer.name() + " " + producer.version();
    }

    /** {@code Q123456: title}; a title that already starts with its id (as KB titles do) is not repeated. */
    static String articleLabel(String id, String title) {
        if (title == null || title.isBlank()) {
            return id;
        }
        String bare = id != null && title.startsWith(id + ":") ? title.substring(id.length() + 1).strip() : title.strip();
        return id + ": " + bare;
    }

    /**
     * The lines of a match's explanation that say more than the rest of the report: matchers begin
     * the explanation with the reason itself and list the matched frames, both shown on their own.
     */
    static List<String> explanationDetails(String reason, String explanation) {
        if (explanation == null || explanation.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>(explanation.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        if (reason != null && !lines.isEmpty() && stripPeriod(lines.get(0)).equals(stripPeriod(reason.strip()))) {
            lines.remove(0);
        }
        lines.removeIf(line -> line.startsWith("Matched frames:"));
        return lines;
    }

    private static String stripPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    static String noConfidentMatch(int candidates) {
        String base = "No article in the knowledge base explains this crash with confidence.";
        return candidates == 0 ? base
                : base + " The " + (candidates == 1 ? "candidate" : candidates + " candidates")
                        + " below share some frames or words with the dump but are not strong enough to act on.";
    }

    static String applicability(String applicability) {
        return switch (applicability) {
            case "AFFECTED" -> "the dump loads a file older than the fix: the fix applies";
            case "FIXED" -> "the dump already loads the fixed file versions";
            default -> "whether the fix applies is unknown (the dump lacks the files' versions)";
        };
    }

    static String exception(ExceptionSummary ex) {
        if (ex == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (ex.code() != null) {
            parts.add(ex.code());
        }
        if (ex.description() != null) {
            parts.add(ex.description());
        }
        if (ex.address() != null) {
            parts.add("at " + ex.address());
        }
        if (ex.module() != null) {
            parts.add("in " + ex.module());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    static String process(DumpSummary dump) {
        if (dump.processName() != null) {
            return dump.imageName() == null || dump.imageName().equalsIgnoreCase(dump.processName()) ? dump.processName()
                    : dump.processName() + " (" + dump.imageName() + ")";
        }
        return dump.imageName();
    }

    static String thread(ThreadReport thread) {
        if (thread == null) {
            return "none found";
        }
        List<String> parts = new ArrayList<>();
        parts.add(thread.id() == null || thread.id().isBlank() ? "the only stack in the dump" : "thread " + thread.id());
        if (thread.systemId() != null && !thread.systemId().isBlank()) {
            parts.add("(system id " + thread.systemId() + ")");
        }
        parts.add("— " + thread.frames().size() + (thread.frames().size() == 1 ? " frame" : " frames"));
        if (thread.crashingReason() != null && !thread.crashingReason().isBlank()) {
            parts.add("— " + thread.crashingReason());
        }
        return String.join(" ", parts);
    }

    static String fileFacts(DumpSummary dump) {
        List<String> parts = new ArrayList<>();
        if (dump.sizeBytes() != null) {
            parts.add(dump.sizeBytes() + " bytes");
        }
        if (dump.lineCount() != null) {
            parts.add(dump.lineCount() + " lines");
        }
        if (dump.charset() != null) {
            parts.add(dump.charset());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    static String frameNote(FrameRow frame) {
        List<String> notes = new ArrayList<>();
        if (frame.inSignature()) {
            notes.add("signature");
        }
        if (frame.generic()) {
            notes.add("generic");
        }
        if (frame.inline()) {
            notes.add("inline");
        }
        if (frame.sourceFile() != null) {
            notes.add(frame.sourceFile() + (frame.sourceLine() == null ? "" : ":" + frame.sourceLine()));
        }
        return String.join(", ", notes);
    }

    static String index(IndexSummary index) {
        if (index == null) {
            return "KB index: unknown.";
        }
        StringBuilder text = new StringBuilder("KB index: ");
        if (index.articleCount() != null) {
            text.append(index.articleCount()).append(" articles");
        }
        if (index.builtAt() != null) {
            text.append(index.articleCount() != null ? ", " : "").append("built ").append(index.builtAt());
        }
        if (index.location() != null) {
            text.append(" (").append(index.location()).append(")");
        }
        if (index.description() != null) {
            text.append(index.articleCount() != null || index.builtAt() != null ? "; " : "").append(index.description());
        }
        return text.append('.').toString();
    }
}
