package org.kbtriage.index.analysis;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.kbtriage.index.internal.IndexSchema;

/** The analyzer of every index field, for indexing and for queries. */
public final class KbAnalyzers {

    private KbAnalyzers() {
    }

    /** Analysis used when documents are written. */
    public static Analyzer forIndexing() {
        return perField(IdentifierAnalyzer.forIndexing());
    }

    /** Analysis used for query text: identifiers are not expanded into their parts. */
    public static Analyzer forQueries() {
        return perField(IdentifierAnalyzer.forQueries());
    }

    private static Analyzer perField(Analyzer identifiers) {
        Analyzer english = new EnglishAnalyzer();
        return new PerFieldAnalyzerWrapper(english, Map.of(
                IndexSchema.TITLE_IDENTIFIERS, identifiers,
                IndexSchema.BODY_IDENTIFIERS, identifiers,
                IndexSchema.FRAME_TEXT, identifiers,
                IndexSchema.PRODUCT_TEXT, new StandardAnalyzer(),
                IndexSchema.KEYWORD, new ExactValueAnalyzer(),
                IndexSchema.TAG, new ExactValueAnalyzer(),
                IndexSchema.FRAME, new ExactValueAnalyzer()));
    }

    /** The whole value as one lower-cased term, for fields indexed as exact values. */
    static final class ExactValueAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new KeywordTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }
    }
}
