package org.kbtriage.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The classic query syntax over several fields at once: a word or phrase without a field becomes the best
 * match among the weighted text fields (a dismax, so a word found in the title and the body is not counted
 * twice). {@code field:value} still addresses one field.
 */
public final class KbQueryParser extends QueryParser {

    /** The pseudo field of unqualified words. */
    public static final String ALL_FIELDS = "_text";
    /** Short names users may type before a colon. */
    private static final Map<String, String> ALIASES = Map.of(
            "module", IndexSchema.FRAME_TEXT,
            "symbol", IndexSchema.FRAME_TEXT,
            "product", IndexSchema.PRODUCT_TEXT,
            "keywords", IndexSchema.KEYWORD,
            "text", IndexSchema.BODY);

    /** The field names a query may address with {@code name:value}. */
    public static final Set<String> FIELD_NAMES = Set.of("module", "symbol", "product", "keywords", "text",
            IndexSchema.TITLE, IndexSchema.BODY, IndexSchema.PRODUCT_TEXT, IndexSchema.VERSION_FIELD, IndexSchema.KEYWORD,
            IndexSchema.TAG, IndexSchema.FRAME, IndexSchema.FRAME_TEXT, IndexSchema.QUERY_WORDS, IndexSchema.SYMPTOMS,
            IndexSchema.REFERENCE);

    private final Map<String, Float> fieldBoosts;
    private final float tieBreaker;

    public KbQueryParser(Analyzer analyzer, Map<String, Float> fieldBoosts, float tieBreaker) {
        super(ALL_FIELDS, analyzer);
        this.fieldBoosts = new LinkedHashMap<>(fieldBoosts);
        this.tieBreaker = tieBreaker;
    }

    private static String resolve(String field) {
        return ALIASES.getOrDefault(field, field);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (!ALL_FIELDS.equals(field)) {
            return super.getFieldQuery(resolve(field), queryText, quoted);
        }
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> entry : fieldBoosts.entrySet()) {
            Query query = super.getFieldQuery(entry.getKey(), queryText, quoted);
            if (query != null) {
                perField.add(entry.getValue() == 1f ? query : new BoostQuery(query, entry.getValue()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, tieBreaker);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (!ALL_FIELDS.equals(field)) {
            return super.getFieldQuery(resolve(field), queryText, slop);
        }
        List<Query> perField = new ArrayList<>();
        for (Map.Entry<String, Float> entry : fieldBoosts.entrySet()) {
            Query query = super.getFieldQuery(entry.getKey(), queryText, slop);
            if (query != null) {
                perField.add(entry.getValue() == 1f ? query : new BoostQuery(query, entry.getValue()));
            }
        }
        return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, tieBreaker);
    }

    /** Wildcards, prefixes, fuzzy and range terms without a field search the identifier text. */
    private static String termField(String field) {
        return ALL_FIELDS.equals(field) ? IndexSchema.BODY_IDENTIFIERS : resolve(field);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return super.getWildcardQuery(termField(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        return super.getPrefixQuery(termField(field), termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        return super.getFuzzyQuery(termField(field), termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return super.getRegexpQuery(termField(field), termStr);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        return super.getRangeQuery(termField(field), part1, part2, startInclusive, endInclusive);
    }
}
