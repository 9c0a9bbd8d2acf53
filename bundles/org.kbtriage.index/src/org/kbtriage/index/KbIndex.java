package org.kbtriage.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.kbtriage.index.analysis.KbAnalyzers;
import org.kbtriage.index.internal.ArticleDocuments;
import org.kbtriage.index.internal.IndexDirectories;
import org.kbtriage.index.internal.HitLabels;
import org.kbtriage.index.internal.IndexSchema;
import org.kbtriage.index.internal.QueryBuilder;
import org.kbtriage.index.internal.SnippetFormatter;
import org.kbtriage.index.internal.SnippetHighlighter;
import org.kbtriage.kb.ArticleTitles;
import org.kbtriage.model.KbArticle;

/**
 * A read-only view of the KB index in a directory: search, articles by number, and the article stacks the
 * matcher works with. Thread-safe; open once and share. The view is the index as it was when opened.
 */
public final class KbIndex implements Closeable {

    private final Path dir;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer = KbAnalyzers.forQueries();
    private final QueryBuilder queryBuilder = new QueryBuilder(queryAnalyzer);
    private final Instant builtAt;

    private KbIndex(Path dir, Directory directory, DirectoryReader reader, Instant builtAt) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.builtAt = builtAt;
    }

    /**
     * Opens the index in {@code dir}.
     *
     * @throws KbIndexException when there is no index there, or it is corrupt, or it was built with another
     *         schema version; the message says which and how to rebuild it
     */
    public static KbIndex open(Path dir) throws KbIndexException {
        String rebuild = "; build it with: triage index --kb PATH" + (dir.equals(IndexLocations.defaultIndexDir())
                ? "" : " --index " + dir);
        if (!Files.isDirectory(dir)) {
            throw new KbIndexException("no KB index at " + dir + rebuild);
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            IndexDirectories.Health health = IndexDirectories.check(directory);
            switch (health.state()) {
                case EMPTY -> throw new KbIndexException("no KB index at " + dir + rebuild);
                case OUTDATED -> throw new KbIndexException("the KB index at " + dir + " was " + health.reason()
                        + rebuild.replace("build it", "rebuild it"));
                case BROKEN -> throw new KbIndexException("the KB index at " + dir + " is corrupt or incomplete ("
                        + health.reason() + ")" + rebuild.replace("build it", "rebuild it"));
                case CURRENT -> {
                    // Open below.
                }
            }
            Map<String, String> commit = IndexDirectories.commitData(directory);
            DirectoryReader reader = DirectoryReader.open(directory);
            return new KbIndex(dir, directory, reader, parseInstant(commit.get(IndexSchema.COMMIT_BUILT_AT)));
        } catch (KbIndexException e) {
            closeQuietly(directory);
            throw e;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new KbIndexException("cannot open the KB index at " + dir + ": " + e.getMessage()
                    + rebuild.replace("build it", "rebuild it"), e);
        }
    }

    private static Instant parseInstant(String value) {
        try {
            return value == null ? Instant.EPOCH : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // The open failure is what the caller needs to hear about.
            }
        }
    }

    /** The index directory. */
    public Path directory() {
        return dir;
    }

    /** The number of indexed article files (an article imported from two sources counts twice). */
    public int articleCount() {
        return reader.numDocs();
    }

    /** When the last import committed. */
    public Instant builtAt() {
        return builtAt;
    }

    /**
     * Searches the articles.
     *
     * @throws QueryParseException when the query text does not parse; the message says where
     */
    public SearchResults search(KbQuery query) throws QueryParseException {
        Query ranking = queryBuilder.rankingQuery(query.text());
        Query filter = queryBuilder.filter(query);
        Query full = filter == null ? ranking
                : new BooleanQuery.Builder().add(ranking, Occur.MUST).add(filter, Occur.FILTER).build();
        try {
            // Fetch extra hits: the same article imported from two sources appears once.
            TopDocs top = searcher.search(full, query.top() * 2 + 10);
            HitLabels labels = new HitLabels(reader);
            Map<String, ScoreDoc> best = new LinkedHashMap<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                String id = labels.id(scoreDoc.doc);
                if (!best.containsKey(id) && best.size() < query.top()) {
                    best.put(id, scoreDoc);
                }
            }
            List<ScoreDoc> chosen = new ArrayList<>(best.values());
            SnippetFormatter.Snippet[] snippets = new SnippetHighlighter(searcher, queryAnalyzer).snippets(ranking, chosen);
            List<SearchHit> hits = new ArrayList<>();
            int i = 0;
            for (Map.Entry<String, ScoreDoc> entry : best.entrySet()) {
                String title = labels.title(entry.getValue().doc);
                SnippetFormatter.Snippet snippet = snippets[i++];
                hits.add(new SearchHit(entry.getKey(), title, ArticleTitles.productTag(title), entry.getValue().score,
                        snippet == null ? "" : snippet.marked(), snippet == null ? List.of() : snippet.highlights()));
            }
            return new SearchResults(top.totalHits.value(), hits);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QueryParseException("the query expands to too many terms (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the KB index at " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /** The article with this number ({@code Q269588}), rebuilt from the index. */
    public Optional<KbArticle> article(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexSchema.ID, id.strip().toUpperCase(Locale.ROOT))), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the KB index at " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Every article that prints a call stack, with its printed stacks (one entry per article number); read from
     * doc values, without rebuilding or decompressing articles.
     */
    public List<FramedArticle> framedArticles() {
        try {
            TopDocs all = searcher.search(new TermQuery(new Term(IndexSchema.HAS_FRAMES, "1")), Math.max(1, reader.maxDoc()));
            HitLabels labels = new HitLabels(reader);
            List<FramedArticle> framed = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (ScoreDoc hit : all.scoreDocs) {
                String id = labels.id(hit.doc);
                if (seen.add(id)) {
                    framed.add(new FramedArticle(id, labels.title(hit.doc),
                            ArticleDocuments.printedStacks(labels.frameStacks(hit.doc))));
                }
            }
            return framed;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the KB index at " + dir + " failed: " + e.getMessage(), e);
        }
    }

    /** In how many indexed articles the frame key ({@code module!symbol}, any case) occurs. */
    public int frameDocFreq(String key) {
        try {
            return reader.docFreq(new Term(IndexSchema.FRAME, key.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("reading the KB index at " + dir + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
