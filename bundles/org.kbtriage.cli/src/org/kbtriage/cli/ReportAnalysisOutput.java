package org.kbtriage.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.kbtriage.match.MatchResult;
import org.kbtriage.match.fix.ApplicabilityCheck;
import org.kbtriage.model.Dump;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

/**
 * The readable report: per file the crashing thread's top frames, the verdict, and for the best
 * match why it matched, the fix or workaround, the fixed files and whether they apply; then the
 * other candidates in a line each.
 */
final class ReportAnalysisOutput implements AnalysisOutput {

    private static final int FRAMES_SHOWN = 8;
    private static final int TEXT_LINES_SHOWN = 12;

    private final PrintWriter out;
    private boolean first = true;

    ReportAnalysisOutput(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(Path file, Dump dump, MatchResult result) {
        header(file);
        List<StackFrame> frames = result.crashingFrames();
        if (!frames.isEmpty()) {
            out.println("Crashing thread (" + frames.size() + " frame" + (frames.size() == 1 ? "" : "s") + "):");
            frames.stream().limit(FRAMES_SHOWN).forEach(f -> out.println("    " + MatchView.frameText(f)));
            if (frames.size() > FRAMES_SHOWN) {
                out.println("    ... " + (frames.size() - FRAMES_SHOWN) + " more");
            }
        }
        out.println();
        out.println(result.verdict());
        List<Match> matches = result.matches();
        if (result.confident()) {
            details(MatchView.of(matches.get(0)), dump, matches.get(0));
        }
        int firstOther = result.confident() ? 1 : 0;
        if (matches.size() > firstOther) {
            out.println();
            out.println(result.confident() ? "Other candidates:" : "Closest articles (none confident):");
            for (Match match : matches.subList(firstOther, matches.size())) {
                MatchView view = MatchView.of(match);
                out.printf("  %d. %s %s (score %.2f%s): %s%n", match.getRank(), view.id(), quoted(view.title()),
                        view.score(), view.confident() ? ", confident" : "", view.reason());
            }
        }
    }

    @Override
    public void failed(Path file, String message) {
        header(file);
        out.println("Not analyzed: " + message);
    }

    private void header(Path file) {
        if (!first) {
            out.println();
        }
        first = false;
        out.println("== " + file);
    }

    private void details(MatchView view, Dump dump, Match match) {
        out.println();
        out.println(view.id() + " " + quoted(view.title()));
        out.println("  Why: " + view.reason());
        if (!view.matchedFrames().isEmpty()) {
            out.println("  Matched frames: " + String.join(", ", view.matchedFrames()));
        }
        block("Fix", view.fix());
        block("Workaround", view.workaround());
        if (!view.fixedFiles().isEmpty()) {
            out.println("  Fixed files: " + view.fixedFiles().stream().map(ReportAnalysisOutput::fixedFile)
                    .collect(Collectors.joining(", ")));
        }
        out.println("  Applies to this dump: " + view.applicability());
        if (match.getArticle() != null) {
            ApplicabilityCheck.assess(dump.getModules(), match.getArticle().getFixedFiles()).details()
                    .forEach(detail -> out.println("    " + detail));
        }
        if (view.fix() == null && view.workaround() == null) {
            out.println("  The article has no RESOLUTION or WORKAROUND section; read it in full.");
        }
    }

    private void block(String label, String text) {
        if (text == null) {
            return;
        }
        out.println("  " + label + ":");
        List<String> lines = text.lines().toList();
        lines.stream().limit(TEXT_LINES_SHOWN).forEach(line -> out.println("    " + line));
        if (lines.size() > TEXT_LINES_SHOWN) {
            out.println("    ... (" + (lines.size() - TEXT_LINES_SHOWN) + " more lines in the article)");
        }
    }

    private static String fixedFile(FixedFile file) {
        String text = file.getFileName() + " " + (file.getVersion() == null ? "" : file.getVersion());
        return file.getPlatform() == null || file.getPlatform().isEmpty() ? text.strip() : text.strip() + " (" + file.getPlatform() + ")";
    }

    private static String quoted(String title) {
        return title == null || title.isEmpty() ? "" : "\"" + title + "\"";
    }
}
