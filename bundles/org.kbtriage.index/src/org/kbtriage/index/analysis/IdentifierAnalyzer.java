package org.kbtriage.index.analysis;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
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
 * indexed (see {@link IdentifierShapeFilter}); the English fields index them.
 */
public final class IdentifierAnalyzer extends Analyzer {


    /**
     * The parts emitted beside each whole token: the frame without its offset ({@code module!symbol}), the
     * segments between connectors, and camel-case words.
     */
    private static final Pattern[] PARTS = {
        Pattern.compile("^([^!+]+![^!+]+)\\+"),
        Pattern.compile("([A-Za-z0-9_$@?#~]+)"),
        Pattern.compile("([A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+)"),
    };

    private final boolean expand;

    private IdentifierAnalyzer(boolean expand) {
        this.expand = expand;
    }

    /** The index-time analyzer: whole tokens plus segments and camel-case parts. */
    public static IdentifierAnalyzer forIndexing() {
        return new IdentifierAnalyzer(true);
    }

    /** The query-time analyzer: whole tokens only, lower-cased. */
    public static IdentifierAnalyzer forQueries() {
        return new IdentifierAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = CharTokenizer.fromTokenCharPredicate(IdentifierAnalyzer::isTokenChar);
        TokenStream stream = new IdentifierShapeFilter(tokenizer, !expand);
        if (expand) {
            stream = new PatternCaptureGroupTokenFilter(stream, true, PARTS);
        }
        stream = new LowerCaseFilter(stream);
        if (expand) {
            // Single letters from camel case (the A of HrStrAToStrW) and hex digits only add noise.
            stream = new LengthFilter(stream, 2, Integer.MAX_VALUE);
            stream = new RemoveDuplicatesTokenFilter(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Letters, digits and the characters of C/C++ names, frames and paths; everything else separates tokens. */
    private static boolean isTokenChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@' || c == '?' || c == '~'
                || IdentifierShapeFilter.CONNECTORS.indexOf(c) >= 0;
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
