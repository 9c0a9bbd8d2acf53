package org.kbtriage.match.index;

import java.util.ArrayList;
import java.util.List;

import org.kbtriage.index.FramedArticle;
import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbQuery;
import org.kbtriage.index.QueryParseException;
import org.kbtriage.match.ArticleLookup;
import org.kbtriage.match.ArticleTextSearch;
import org.kbtriage.match.stacks.ArticleStack;
import org.kbtriage.match.stacks.ArticleStackSource;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.StackFrame;

/**
 * The KB index as the matcher reads it: the stacks of every article that prints one, whole
 * articles for the reported matches, and full-text search for functions named in prose.
 *
 * <p>An article may print several stacks (two crashes, "* or *" variants); the index keeps its
 * frames in printed order with each frame's position in its own stack, so a new stack starts
 * wherever that position does not grow.
 */
public final class IndexedArticles implements ArticleStackSource, ArticleLookup, ArticleTextSearch {

    private final KbIndex index;

    public IndexedArticles(KbIndex index) {
        this.index = index;
    }

    @Override
    public List<ArticleStack> articleStacks() {
        List<ArticleStack> stacks = new ArrayList<>();
        for (FramedArticle framed : index.framedArticles()) {
            List<List<String>> printed = index.article(framed.id())
                    .map(IndexedArticles::printedStacks)
                    .filter(list -> !list.isEmpty())
                    .orElseGet(() -> List.of(framed.frameKeys()));
            stacks.add(new ArticleStack(framed.id(), framed.title(), printed));
        }
        return stacks;
    }

    @Override
    public KbArticle article(String id) {
        return index.article(id).orElse(null);
    }

    @Override
    public List<Hit> mentioning(List<String> phrases, int top) {
        StringBuilder query = new StringBuilder();
        for (String phrase : phrases) {
            if (!query.isEmpty()) {
                query.append(" OR ");
            }
            query.append('"').append(phrase.replace("\"", "")).append('"');
        }
        try {
            return index.search(KbQuery.of(query.toString()).withTop(top)).hits().stream()
                    .map(hit -> new Hit(hit.id(), hit.title()))
                    .toList();
        } catch (QueryParseException e) {
            // A function name the query syntax cannot hold is simply not searched for.
            return List.of();
        }
    }

    /** The article's frames cut into its printed stacks. */
    static List<List<String>> printedStacks(KbArticle article) {
        List<List<String>> stacks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int previousOrdinal = Integer.MIN_VALUE;
        for (StackFrame frame : article.getFrames()) {
            if (frame.getOrdinal() <= previousOrdinal && !current.isEmpty()) {
                stacks.add(current);
                current = new ArrayList<>();
            }
            previousOrdinal = frame.getOrdinal();
            if (frame.getKey() != null && !frame.getKey().isEmpty()) {
                current.add(frame.getKey());
            }
        }
        if (!current.isEmpty()) {
            stacks.add(current);
        }
        return stacks;
    }
}
