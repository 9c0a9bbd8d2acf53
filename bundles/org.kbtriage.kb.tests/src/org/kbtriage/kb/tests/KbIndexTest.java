package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.index.ImportReport;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbQuery;
import org.kbtriage.index.QueryParseException;
import org.kbtriage.index.SearchResults;
import org.kbtriage.model.KbArticle;

class KbIndexTest {

    @TempDir
    Path temp;

    @Test
    void importsTheSampleFolderAndFindsArticlesByTitleWords() throws Exception {
        Path index = temp.resolve("index");
        ImportReport report = new KbImporter(index).importSources(List.of(TestArticles.shared().resolve("kb/sample")), null);
        assertEquals(300, report.added());
        assertEquals(0, report.skipped(), report.warnings().toString());
        try (KbIndex kb = KbIndex.open(index)) {
            assertEquals(300, kb.articleCount());
            SearchResults results = kb.search(KbQuery.of("Heap Corruption in MAPI Causes MTA to Stop Responding"));
            assertEquals("Q269588", results.hits().get(0).id());
            assertEquals("XADM", results.hits().get(0).productTag());
            KbArticle article = kb.article("Q269588").orElseThrow();
            assertTrue(article.getSections().stream().anyMatch(s -> s.getName().equals("SYMPTOMS")
                    && s.getText().contains("EMSMTA!HrStrAToStrW+0x67")));
            assertEquals("Mapi32.dll", article.getFixedFiles().get(0).getFileName());
        }
    }

    @Test
    void malformedQueriesAreReportedNotThrownAsRuntimeErrors() throws Exception {
        Path index = temp.resolve("index");
        Path folder = TestArticles.writeFolder(temp.resolve("kb"), Map.of(
                "kb/900/Q900001/README.md", TestArticles.jekyll("Q900001", "WID: Spooler Stops", "The spooler stops.")));
        new KbImporter(index).importSources(List.of(folder), null);
        try (KbIndex kb = KbIndex.open(index)) {
            QueryParseException e = assertThrows(QueryParseException.class, () -> kb.search(KbQuery.of("spooler AND (")));
            assertFalse(e.getMessage().isBlank());
            assertThrows(QueryParseException.class, () -> kb.search(KbQuery.of("\"unclosed phrase")));
        }
    }
}
