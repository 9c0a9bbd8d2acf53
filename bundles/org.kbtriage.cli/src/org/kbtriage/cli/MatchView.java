package org.kbtriage.cli;

import java.util.List;

import org.kbtriage.match.fix.ArticleFix;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

/** What the analyze outputs show of one match, drawn from the match and its article. */
record MatchView(String id, String title, double score, boolean confident, String reason, List<String> matchedFrames,
        String fix, String workaround, List<FixedFile> fixedFiles, String applicability) {

    static MatchView of(Match match) {
        KbArticle article = match.getArticle();
        return new MatchView(match.getArticleId(), title(match), match.getScore(), match.isConfident(), match.getReason(),
                match.getMatchedFrames().stream().map(MatchView::frameText).toList(),
                ArticleFix.resolution(article), ArticleFix.workaround(article),
                article == null ? List.of() : List.copyOf(article.getFixedFiles()),
                match.getApplicability().getLiteral());
    }

    /** The title without the article number the KB repeats in front of it. */
    private static String title(Match match) {
        String title = match.getArticle() == null ? null : match.getArticle().getTitle();
        if (title != null && title.startsWith(match.getArticleId() + ":")) {
            title = title.substring(match.getArticleId().length() + 1).strip();
        }
        return title;
    }

    /** A frame as the debugger printed it: {@code MODULE!Symbol+0x28} or {@code MODULE+0x1234}. */
    static String frameText(StackFrame frame) {
        StringBuilder text = new StringBuilder(frame.getModule() == null ? "?" : frame.getModule());
        if (frame.getSymbol() != null && !frame.getSymbol().isEmpty()) {
            text.append('!').append(frame.getSymbol());
        }
        if (frame.getOffset() != null && !frame.getOffset().isEmpty()) {
            text.append('+').append(frame.getOffset());
        }
        return text.toString();
    }
}
