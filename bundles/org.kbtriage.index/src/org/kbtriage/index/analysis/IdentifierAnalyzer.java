package org.kbtriage.index.analysis;

import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pattern.PatternCaptureGroupTokenFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;

/**
 * Analysis for code identifiers in article text: {@code MAPI32!MAPIAllocateBuffer+0x28}, {@code HrStrAToStrW},
 * {@code Mapi32.dll}, {@code 0xC0000005}, {@code kbExchange550sp4Fix}, {@code CFoo::Bar}.
 *
 * <p>A token is a run of identifier characters joined by single connectors ({@code ! + . : :: \ -}), so a
 * whole frame stays one token. At index time each token also yields, at the same position, its segments
 * between connectors (module, symbol, offset, file extension) and its camel-case parts ({@code Hr Str To},
 * {@code MAPI Allocate Buffer}), so a search finds it whole, by module, by symbol or by one of its words.
 * At query time tokens are not expanded: a query identifier means that identifier.
 */
public final class IdentifierAnalyzer extends Analyzer {

    /** Identifier characters joined by single connectors; trailing sentence punctuation is not part of it. */
    private static final Pattern TOKEN = Pattern.compile(
            "[A-Za-z0-9_$@?#~]+(?:(?:::|[!+.:\\\\-])[A-Za-z0-9_$@?#~]+)*");

    /** The parts emitted beside each whole token: segments between connectors, and camel-case words. */
    private static final Pattern[] PARTS = {
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
        PatternTokenizer tokenizer = new PatternTokenizer(TOKEN, 0);
        TokenStream stream = tokenizer;
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

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
