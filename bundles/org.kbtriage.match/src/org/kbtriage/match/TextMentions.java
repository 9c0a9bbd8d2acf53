package org.kbtriage.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;
import org.kbtriage.model.StackFrame;

/**
 * Finds the articles that name the crashing thread's top application functions in their text.
 * Such a mention is a lead for a person, never a confident match: the article may mention the
 * function for another reason, and its crash may be elsewhere.
 */
final class TextMentions {

    /** How many of the top non-generic functions are searched for. */
    static final int FUNCTIONS_SEARCHED = 3;

    private final ArticleTextSearch search;

    TextMentions(ArticleTextSearch search) {
        this.search = search;
    }

    /** A text lead: the article, the function it names, and the dump frame with that function. */
    record Lead(String articleId, String title, String function, StackFrame frame) {
    }

    List<Lead> leads(FrameSequence crashingThread, int top) throws IOException {
        List<String> phrases = new ArrayList<>();
        List<StackFrame> frames = new ArrayList<>();
        for (int i = 0; i < crashingThread.size() && phrases.size() < FUNCTIONS_SEARCHED; i++) {
            FrameSignature frame = crashingThread.frame(i);
            StackFrame source = crashingThread.source(i);
            if (frame.generic() || !frame.hasSymbol() || source == null || source.getSymbol() == null) {
                continue;
            }
            String phrase = source.getModule() + "!" + source.getSymbol();
            if (!phrases.contains(phrase)) {
                phrases.add(phrase);
                frames.add(source);
            }
        }
        if (phrases.isEmpty()) {
            return List.of();
        }
        List<Lead> leads = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < phrases.size(); p++) {
            for (ArticleTextSearch.Hit hit : search.mentioning(List.of(phrases.get(p)), top)) {
                if (seen.add(hit.articleId())) {
                    leads.add(new Lead(hit.articleId(), hit.title(), phrases.get(p), frames.get(p)));
                }
            }
        }
        return leads;
    }
}
