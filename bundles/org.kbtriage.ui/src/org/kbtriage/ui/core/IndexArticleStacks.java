package org.kbtriage.ui.core;

import java.util.List;

import org.kbtriage.index.FramedArticle;
import org.kbtriage.index.KbIndex;
import org.kbtriage.match.ArticleLookup;
import org.kbtriage.match.stacks.ArticleStack;
import org.kbtriage.match.stacks.ArticleStackSource;
import org.kbtriage.model.KbArticle;

/** The KB index as the matcher reads it: each article's printed frames, and whole articles for the matches. */
final class IndexArticleStacks implements ArticleStackSource, ArticleLookup {

    private final KbIndex index;

    IndexArticleStacks(KbIndex index) {
        this.index = index;
    }

    @Override
    public List<ArticleStack> articleStacks() {
        return index.framedArticles().stream().map(IndexArticleStacks::stackOf).toList();
    }

    private static ArticleStack stackOf(FramedArticle framed) {
        return new ArticleStack(framed.id(), framed.title(), List.of(framed.frameKeys()));
    }

    @Override
    public KbArticle article(String id) {
        return index.article(id).orElse(null);
    }
}
