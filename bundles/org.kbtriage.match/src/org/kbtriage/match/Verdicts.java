package org.kbtriage.match;

import java.util.List;

import org.kbtriage.match.fix.ApplicabilityCheck;
import org.kbtriage.model.Applicability;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

/** The plain-language sentences of a {@link MatchResult}. */
final class Verdicts {

    private Verdicts() {
    }

    static String verdict(List<Match> matches, boolean noCandidates) {
        if (matches.isEmpty()) {
            return noCandidates
                    ? "No confident match: no KB article's call stack shares a frame with this dump."
                    : "No confident match.";
        }
        Match best = matches.get(0);
        if (best.isConfident()) {
            String text = "Confident match: " + describe(best) + " explains this crash (" + best.getReason() + ").";
            return text + applicabilitySentence(best.getApplicability());
        }
        return "No confident match. The closest article, " + describe(best) + ", is not a confident answer: "
                + best.getReason() + ".";
    }

    static String explanation(Match match, ApplicabilityCheck.Result applicability) {
        StringBuilder text = new StringBuilder(match.getReason()).append('.');
        if (!match.getMatchedFrames().isEmpty()) {
            text.append("\nMatched frames: ");
            List<StackFrame> frames = match.getMatchedFrames();
            for (int i = 0; i < frames.size(); i++) {
                StackFrame frame = frames.get(i);
                text.append(i == 0 ? "" : ", ").append(frame.getModule());
                if (frame.getSymbol() != null) {
                    text.append('!').append(frame.getSymbol());
                }
            }
        }
        for (String detail : applicability.details()) {
            text.append("\nVersions: ").append(detail);
        }
        return text.toString();
    }

    private static String describe(Match match) {
        KbArticle article = match.getArticle();
        String title = article == null ? null : article.getTitle();
        if (title != null && title.startsWith(match.getArticleId() + ":")) {
            title = title.substring(match.getArticleId().length() + 1).strip();
        }
        return title == null || title.isBlank() ? match.getArticleId() : match.getArticleId() + " \"" + title + "\"";
    }

    private static String applicabilitySentence(Applicability applicability) {
        return switch (applicability) {
            case AFFECTED -> " The loaded files are older than the article's fixed versions: the fix applies.";
            case FIXED -> " The loaded files are already at the article's fixed versions: look further if it still crashes.";
            default -> "";
        };
    }
}
