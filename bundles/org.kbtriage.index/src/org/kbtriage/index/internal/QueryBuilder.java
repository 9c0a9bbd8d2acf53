package org.kbtriage.index.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.kbtriage.index.KbQuery;
import org.kbtriage.index.QueryParseException;

/** Turns a {@link KbQuery} into the Lucene query that ranks articles, and the filter that restricts them. */
public final class QueryBuilder {

    /** Weights of the text fields searched by unqualified words. */
    static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();
    private static final float TIE_BREAKER = 0f;
    /** A frame as printed in a stack: {@code module!symbol}, maybe {@code +0x1a}. */
    private static final Pattern FRAME = Pattern.compile("([A-Za-z0-9_.$]+)!([A-Za-z0-9_$@?:~<>]+)(?:\\+0x[0-9a-fA-F]+)?");
    private static final float FRAME_BOOST = 4f;

    private final Analyzer analyzer;
    private final org.apache.lucene.util.QueryBuilder filterBuilder;

    public QueryBuilder(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
        this.filterBuilder = new org.apache.lucene.util.QueryBuilder(queryAnalyzer);
    }

    private static Map<String, Float> fieldBoosts() {
        Map<String, Float> boosts = new LinkedHashMap<>();
        boosts.put(IndexSchema.TITLE, 4f);
        boosts.put(IndexSchema.TITLE_IDENTIFIERS, 2f);
        boosts.put(IndexSchema.QUERY_WORDS, 1.5f);
        boosts.put(IndexSchema.SYMPTOMS, 1.2f);
        boosts.put(IndexSchema.BODY, 1f);
        boosts.put(IndexSchema.BODY_IDENTIFIERS, 0.8f);
        boosts.put(IndexSchema.FRAME_TEXT, 1f);
        return boosts;
    }

    /** The ranking query for the query text. */
    public Query rankingQuery(String text) throws QueryParseException {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        KbQueryParser parser = new KbQueryParser(analyzer, FIELD_BOOSTS, TIE_BREAKER);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        Query parsed;
        try {
            parsed = parser.parse(QuerySyntax.escapeLiterals(text, KbQueryParser.FIELD_NAMES));
        } catch (ParseException e) {
            throw new QueryParseException(firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException | IndexSearcher.TooManyClauses e) {
            throw new QueryParseException(e.getMessage(), e);
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(parsed, Occur.MUST);
        Matcher frames = FRAME.matcher(text);
        while (frames.find()) {
            String key = (frames.group(1) + "!" + frames.group(2)).toLowerCase(Locale.ROOT);
            ranked.add(new BoostQuery(new TermQuery(new Term(IndexSchema.FRAME, key)), FRAME_BOOST), Occur.SHOULD);
        }
        return ranked.build();
    }

    /** The filter for the query's products, versions and keywords, or null when it has none. */
    public Query filter(KbQuery query) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (!query.products().isEmpty()) {
            BooleanQuery.Builder products = new BooleanQuery.Builder();
            for (String product : query.products()) {
                Query phrase = filterBuilder.createPhraseQuery(IndexSchema.PRODUCT_TEXT, product);
                if (phrase != null) {
                    products.add(phrase, Occur.SHOULD);
                }
            }
            filter.add(products.build(), Occur.FILTER);
            any = true;
        }
        if (!query.versions().isEmpty()) {
            filter.add(anyTerm(IndexSchema.VERSION_FIELD, query.versions(), false), Occur.FILTER);
            any = true;
        }
        if (!query.keywords().isEmpty()) {
            filter.add(anyTerm(IndexSchema.KEYWORD, query.keywords(), true), Occur.FILTER);
            any = true;
        }
        return any ? filter.build() : null;
    }

    private static Query anyTerm(String field, List<String> values, boolean lowerCase) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String value : values) {
            String term = lowerCase ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
            any.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }
        return any.build();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "cannot parse the query";
        }
        String line = message.strip();
        int newline = line.indexOf('\n');
        return newline < 0 ? line : line.substring(0, newline).strip();
    }
}
