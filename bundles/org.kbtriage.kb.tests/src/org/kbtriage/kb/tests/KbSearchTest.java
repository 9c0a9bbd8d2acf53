package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kbtriage.index.FramedArticle;
import org.kbtriage.index.ImportReport;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbQuery;
import org.kbtriage.index.QueryParseException;
import org.kbtriage.index.SearchHit;
import org.kbtriage.index.SearchResults;
import org.kbtriage.model.KbArticle;

/** Search over the 300-article sample plus two invented articles (a widget and a gadget). */
class KbSearchTest {

    @TempDir
    static Path temp;

    private static KbIndex kb;

    @BeforeAll
    static void buildIndex() throws Exception {
        Path invented = TestArticles.writeFolder(temp.resolve("invented"), Map.of(
                "kb/900/Q900001/README.md", TestArticles.jekyll("Q900001",
                        "WID: Spooler Stops with \"Access Violation\" in Widcore",
                        "The Widget spooler service stops with the error message \"Spool buffer released twice\"."),
                "txt/900/Q900002.TXT", TestArticles.txt("Q900002", "PRB: Gadget Manager Loses Settings",
                        "Gadget Manager forgets its settings when the computers are restarted.")));
        ImportReport report = new KbImporter(temp.resolve("index"))
                .importSources(List.of(TestArticles.shared().resolve("kb/sample"), invented), null);
        assertEquals(302, report.added(), report.warnings().toString());
        kb = KbIndex.open(temp.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        kb.close();
    }

    private static String top(String query) throws QueryParseException {
        List<SearchHit> hits = kb.search(KbQuery.of(query)).hits();
        return hits.isEmpty() ? "(none)" : hits.get(0).id();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WIDCORE!HrCopyBlobToQueue+0x67", // the whole frame as printed
        "WIDCORE!HrCopyBlobToQueue", // the frame without its offset
        "HrCopyBlobToQueue", // the symbol
        "CQueueSpooler::FlushPendingItems", // a C++ symbol
        "FlushPendingItems", // the method alone
        "WIDGETSV", // the module
        "Widcore.dll", // a file name
        "kbWidget420sp2Fix", // a keyword
    })
    void identifiersAreFoundWholeAndByTheirParts(String identifier) throws Exception {
        assertEquals("Q900001", top(identifier));
    }

    @Test
    void camelCasePartsFindTheIdentifier() throws Exception {
        // "Blob" occurs only inside HrCopyBlobToQueue.
        assertEquals("Q900001", top("Blob"));
        assertEquals("Q900001", top("symbol:Pending"));
    }

    @Test
    void hexCodesAreFoundWhole() throws Exception {
        SearchResults results = kb.search(KbQuery.of("0xC0000005").withTop(50));
        assertTrue(results.hits().stream().anyMatch(h -> h.id().equals("Q900001")), results.hits().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAPI32!MAPIAllocateBuffer+0x28", "HrStrAToStrW", "EMSMTA!HrStrAToStrW",
        "frame:mapi32!mapiallocatebuffer"})
    void realStackFramesFindTheirArticle(String query) throws Exception {
        assertEquals("Q269588", top(query));
    }

    @Test
    void englishWordsAreStemmed() throws Exception {
        // The article says "forgets" and "restarted".
        assertEquals("Q900002", top("gadget forgetting settings restart"));
    }

    @Test
    void quotedPhrasesMatchExactly() throws Exception {
        assertEquals("Q900001", top("\"Spool buffer released twice\""));
        assertTrue(kb.search(KbQuery.of("\"buffer spool twice released\"")).hits().isEmpty());
    }

    @Test
    void titlesRankFirst() throws Exception {
        assertEquals("Q269588", top("Heap Corruption MAPI MTA Stop Responding"));
    }

    @Test
    void filtersRestrictByProductVersionAndKeyword() throws Exception {
        KbQuery spooler = KbQuery.of("spooler stops settings");
        assertEquals(List.of("Q900002"), ids(kb.search(spooler.withProducts(List.of("Gadget Manager")))));
        assertEquals(List.of("Q900001"), ids(kb.search(spooler.withVersions(List.of("4.2")))));
        assertEquals(List.of("Q900002"), ids(kb.search(spooler.withKeywords(List.of("KBGADGET200FIX")))));
        assertTrue(kb.search(spooler.withProducts(List.of("Exchange"))).hits().stream()
                .noneMatch(h -> h.id().startsWith("Q9000")));
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void snippetsMarkTheMatchedWords() throws Exception {
        SearchHit hit = kb.search(KbQuery.of("spooler")).hits().stream().filter(h -> h.id().equals("Q900001"))
                .findFirst().orElseThrow();
        assertTrue(hit.snippet().contains("<b>spooler</b>"), hit.snippet());
        assertFalse(hit.highlights().isEmpty());
        for (SearchHit.Range range : hit.highlights()) {
            assertEquals("spooler", hit.plainSnippet().substring(range.start(), range.end()).toLowerCase());
        }
        assertEquals("WID", hit.productTag());
    }

    @Test
    void eachArticleIsListedOnce() throws Exception {
        List<String> ids = ids(kb.search(KbQuery.of("Exchange MTA").withTop(30)));
        assertEquals(ids.size(), ids.stream().distinct().count());
        assertEquals(30, ids.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spooler AND (", "\"unclosed phrase", "spooler OR", "spooler ^ 2", "[a TO"})
    void malformedQueriesRaiseQueryParseException(String query) {
        QueryParseException e = assertThrows(QueryParseException.class, () -> kb.search(KbQuery.of(query)));
        assertFalse(e.getMessage().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"XADM: Heap Corruption", "/PACKCODE switch", "C:\\WINNT\\system32", "GETFILE() Creates",
        "MS-DOS - 6.0", "Abort, Retry, Fail?"})
    void kbPunctuationIsNotQuerySyntax(String query) throws Exception {
        kb.search(KbQuery.of(query));
    }

    @Test
    void articlesAreRebuiltFromTheIndex() throws Exception {
        KbArticle article = kb.article("Q900001").orElseThrow();
        assertEquals(List.of("APPLIES TO", "SYMPTOMS", "CAUSE", "RESOLUTION", "STATUS"),
                article.getSections().stream().map(s -> s.getName()).toList());
        assertTrue(article.getSections().get(1).getText().contains("WIDCORE!HrCopyBlobToQueue+0x67"));
        assertEquals(List.of("Microsoft Widget Server"), article.getProducts());
        assertEquals("4.2.1234.17", article.getFixedFiles().get(0).getVersion());
        assertEquals(List.of("widgetsv!cqueuespooler::flushpendingitems", "widcore!hrcopyblobtoqueue"),
                article.getFrames().stream().map(f -> f.getKey()).toList());
        assertEquals("WIDCORE", article.getFrames().get(1).getModule());
        assertTrue(kb.article("Q123456").isEmpty());
    }

    @Test
    void theMatcherGetsEveryStackAndFrameFrequencies() {
        List<FramedArticle> framed = kb.framedArticles();
        assertTrue(framed.stream().anyMatch(a -> a.id().equals("Q900001")
                && a.frameKeys().equals(List.of("widgetsv!cqueuespooler::flushpendingitems", "widcore!hrcopyblobtoqueue"))));
        assertTrue(framed.stream().noneMatch(a -> a.id().equals("Q900002")), "no stack, not listed");
        assertEquals(1, kb.frameDocFreq("WIDCORE!HrCopyBlobToQueue"));
        assertEquals(0, kb.frameDocFreq("nosuch!frame"));
        assertTrue(kb.frameDocFreq("ntdll!rtlallocateheap") > 1);
    }
}
