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

/**
 * The KB index as the matcher reads it: the printed stacks of every article that prints one (an
 * article may print several: two crashes, "* or *" variants), whole articles for the reported
 * matches, and full-text search for functions named in prose.
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
            stacks.add(new ArticleStack(framed.id(), framed.title(), framed.stacks()));
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
}
