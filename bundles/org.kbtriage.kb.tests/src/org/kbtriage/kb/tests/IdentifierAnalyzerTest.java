package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.kbtriage.index.analysis.IdentifierAnalyzer;

/** What the identifier fields hold: identifiers whole and by part at index time, whole at query time. */
class IdentifierAnalyzerTest {

    /** Position, then the terms at that position, sorted; then the final position increment and offset. */
    private static List<String> analyze(Analyzer analyzer, String text) throws IOException {
        List<String> result = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body_id", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            Set<String> atPosition = new TreeSet<>();
            String span = "";
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 && !atPosition.isEmpty()) {
                    result.add(position + span + " " + atPosition);
                    atPosition.clear();
                }
                position += increment.getPositionIncrement();
                span = "@" + offsets.startOffset() + "-" + offsets.endOffset();
                atPosition.add(term.toString());
            }
            if (!atPosition.isEmpty()) {
                result.add(position + span + " " + atPosition);
            }
            stream.end();
            result.add("end +" + increment.getPositionIncrement() + " @" + offsets.endOffset());
        }
        return result;
    }

    @Test
    void indexingKeepsIdentifiersWholeWithTheirSegmentsAndCamelCaseWords() throws IOException {
        assertEquals(List.of(
                "1@4-34 [0x28, allocate, buffer, mapi, mapi32, mapi32!mapiallocatebuffer, "
                        + "mapi32!mapiallocatebuffer+0x28, mapiallocatebuffer]",
                "3@38-48 [dll, mapi, mapi32, mapi32.dll]",
                "end +0 @49"),
                analyze(IdentifierAnalyzer.forIndexing(), "See MAPI32!MAPIAllocateBuffer+0x28 in Mapi32.dll."));
    }

    @Test
    void plainWordsNumbersAndVersionsAreSkippedButCountAsPositions() throws IOException {
        assertEquals(List.of(
                "3@12-24 [hr, hrstratostrw, str, to]",
                "end +4 @53"),
                analyze(IdentifierAnalyzer.forIndexing(), "The NOTE on HrStrAToStrW: version 5.5.2652.85 of 1998"));
    }

    @Test
    void namesWithUnderscoresScopesAndAcronymsSplitAtEveryBoundary() throws IOException {
        assertEquals(List.of(
                "0@0-9 [bar, cfoo, cfoo::bar, foo]",
                "1@10-31 [exchange, fix, kb, kbexchange550sp4fix_x, sp]",
                "2@32-41 [html, htmlparse, parse]",
                "end +0 @41"),
                analyze(IdentifierAnalyzer.forIndexing(), "CFoo::Bar kbExchange550sp4Fix_X HTMLParse"));
    }

    @Test
    void queriesKeepEveryWordWholeWithoutTrailingConnectors() throws IOException {
        assertEquals(List.of(
                "0@0-4 [load]",
                "1@5-15 [mapi32.dll]",
                "end +1 @18"),
                analyze(IdentifierAnalyzer.forQueries(), "Load Mapi32.dll --"));
    }
}
