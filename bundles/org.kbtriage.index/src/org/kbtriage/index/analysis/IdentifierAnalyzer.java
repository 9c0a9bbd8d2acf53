package org.kbtriage.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Analysis for code identifiers in article text: {@code MAPI32!MAPIAllocateBuffer+0x28}, {@code HrStrAToStrW},
 * {@code Mapi32.dll}, {@code 0xC0000005}, {@code kbExchange550sp4Fix}, {@code CFoo::Bar}.
 *
 * <p>A token is a run of identifier characters and connectors ({@code ! + . : \ -}) without connectors at its
 * ends, so a whole frame stays one token. At index time each token also yields, at the same position, its segments
 * between connectors (module, symbol, offset, file extension) and its camel-case parts ({@code Hr Str To},
 * {@code MAPI Allocate Buffer}), so a search finds it whole, by module, by symbol or by one of its words.
 * At query time tokens are not expanded: a query identifier means that identifier. Plain words are not
 * indexed (see {@link IdentifierShape}); the English fields index them.
 */
public final class IdentifierAnalyzer extends Analyzer {

    private final boolean expand;

    private IdentifierAnalyzer(boolean expand) {
        this.expand = expand;
    }

    /** The index-time analyzer: identifiers whole plus their parts ({@link IdentifierTokenizer}). */
    public static IdentifierAnalyzer forIndexing() {
        return new IdentifierAnalyzer(true);
    }

    /** The query-time analyzer: whole tokens only, lower-cased. */
    public static IdentifierAnalyzer forQueries() {
        return new IdentifierAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        if (expand) {
            return new TokenStreamComponents(new IdentifierTokenizer());
        }
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(IdentifierShape::isTokenChar);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(new ConnectorTrimFilter(tokenizer)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
