package org.kbtriage.index.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's {@link UnifiedHighlighter} over the stored article text, returning {@link SnippetFormatter.Snippet}s.
 * The stored text is re-analysed for offsets; terms of every query field are highlighted, so identifier and
 * title matches show in the body too.
 */
public final class SnippetHighlighter extends UnifiedHighlighter {

    private static final int SNIPPET_LENGTH = 200;
    private static final float MATCH_POSITION = 0.25f;
    private static final int MAX_HIGHLIGHT_CHARS = 100_000;

    public SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFieldMatcher(field -> true)
                // Term offsets from the postings; matching the whole multi-field query per hit cost most of a search.
                .withWeightMatches(false)
                .withMaxLength(MAX_HIGHLIGHT_CHARS)
                .withFormatter(new SnippetFormatter())
                // Passages are whole lines: the articles are fixed-width text, and a sentence iterator would end
                // a passage at the "!" of every MODULE!Symbol in a stack.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator('\n'), SNIPPET_LENGTH, MATCH_POSITION)));
    }

    /** One snippet per hit, in order; null where the article has no text. */
    public SnippetFormatter.Snippet[] snippets(Query query, List<ScoreDoc> hits) throws IOException {
        SnippetFormatter.Snippet[] snippets = new SnippetFormatter.Snippet[hits.size()];
        if (hits.isEmpty()) {
            return snippets;
        }
        int[] docIds = hits.stream().mapToInt(hit -> hit.doc).toArray();
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[] {IndexSchema.BODY}, query, docIds,
                new int[] {1});
        Object[] found = byField.get(IndexSchema.BODY);
        for (int i = 0; i < snippets.length && found != null; i++) {
            snippets[i] = (SnippetFormatter.Snippet) found[i];
        }
        return snippets;
    }
}
