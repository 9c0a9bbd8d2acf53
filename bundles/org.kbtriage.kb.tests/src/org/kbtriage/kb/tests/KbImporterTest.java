package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.index.ImportReport;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;
import org.kbtriage.index.KbIndexException;
import org.kbtriage.index.KbQuery;

class KbImporterTest {

    @TempDir
    Path temp;

    private static Map<String, String> articles(int count) {
        Map<String, String> files = new TreeMap<>();
        for (int i = 1; i <= count; i++) {
            String id = "Q9000" + (10 + i);
            files.put("kb/900/" + id + "/README.md",
                    TestArticles.jekyll(id, "WID: Spooler Problem Number " + i, "The spooler stops, case " + i + "."));
        }
        return files;
    }

    private ImportReport importInto(Path index, Path... sources) throws IOException {
        return new KbImporter(index).importSources(List.of(sources), null);
    }

    @Test
    void importsBothFormsFromAFolderAndFromAZip() throws Exception {
        Map<String, String> jekyll = articles(3);
        Map<String, String> txt = Map.of(
                "txt/900/Q900101.TXT", TestArticles.txt("Q900101", "PRB: Gadget Loses Settings", "Lost settings."),
                "txt/900/Q900102.TXT", TestArticles.txt("Q900102", "BUG: Gadget Hangs on Exit", "Hangs."));
        Path folder = TestArticles.writeFolder(temp.resolve("folder"), jekyll);
        Path zip = TestArticles.writeZip(temp.resolve("txt.zip"), txt);
        Path index = temp.resolve("index");

        ImportReport report = importInto(index, folder, zip);

        assertEquals(5, report.added(), report.warnings().toString());
        assertEquals(0, report.skipped());
        assertTrue(report.rebuilt(), "a new index is built from scratch");
        try (KbIndex kb = KbIndex.open(index)) {
            assertEquals(5, kb.articleCount());
            assertEquals("BUG: Gadget Hangs on Exit", kb.article("Q900102").orElseThrow().getTitle());
            assertEquals("WID: Spooler Problem Number 2", kb.article("Q900012").orElseThrow().getTitle());
            assertFalse(kb.builtAt().equals(java.time.Instant.EPOCH));
        }
    }

    @Test
    void reimportIsIncrementalPerSource() throws Exception {
        Map<String, String> files = articles(4);
        Path folder = TestArticles.writeFolder(temp.resolve("a"), files);
        Path other = TestArticles.writeFolder(temp.resolve("b"), Map.of("txt/900/Q900101.TXT",
                TestArticles.txt("Q900101", "PRB: Gadget Loses Settings", "Lost settings.")));
        Path index = temp.resolve("index");
        assertEquals(5, importInto(index, folder, other).added());

        ImportReport again = importInto(index, folder);
        assertEquals(List.of(0, 0, 0, 4), List.of(again.added(), again.changed(), again.removed(), again.unchanged()));

        Files.writeString(folder.resolve("kb/900/Q900011/README.md"),
                TestArticles.jekyll("Q900011", "WID: Spooler Problem Renamed", "Now different."), StandardCharsets.UTF_8);
        Files.delete(folder.resolve("kb/900/Q900012/README.md"));
        TestArticles.writeFolder(folder, Map.of("kb/900/Q900099/README.md",
                TestArticles.jekyll("Q900099", "WID: A New Article", "New.")));

        ImportReport changed = importInto(index, folder);
        assertEquals(1, changed.added());
        assertEquals(1, changed.changed());
        assertEquals(1, changed.removed());
        assertEquals(2, changed.unchanged());
        assertFalse(changed.rebuilt());
        try (KbIndex kb = KbIndex.open(index)) {
            assertEquals(5, kb.articleCount(), "4 - 1 removed + 1 added, and the other source's article");
            assertTrue(kb.article("Q900012").isEmpty());
            assertEquals("WID: Spooler Problem Renamed", kb.article("Q900011").orElseThrow().getTitle());
            assertTrue(kb.article("Q900101").isPresent(), "articles of a source not imported again stay");
            assertEquals("Q900011", kb.search(KbQuery.of("Renamed")).hits().get(0).id());
        }
    }

    @Test
    void malformedArticlesAreSkippedWithAWarningThatNamesThem() throws Exception {
        Map<String, String> files = articles(2);
        files.put("kb/900/Q900050/README.md", "---\ntitle: \"Q900050: Broken\"\n---\nthe raw block is missing\n");
        files.put("txt/900/Q900051.TXT", "");
        Path zip = TestArticles.writeZip(temp.resolve("kb.zip"), files);

        ImportReport report = importInto(temp.resolve("index"), zip);

        assertEquals(2, report.added());
        assertEquals(2, report.skipped());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("kb/900/Q900050/README.md") && w.contains("{% raw %}")),
                report.warnings().toString());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("txt/900/Q900051.TXT") && w.contains("empty")),
                report.warnings().toString());
    }

    @Test
    void aCorruptIndexIsRebuiltWithAWarning() throws Exception {
        Path folder = TestArticles.writeFolder(temp.resolve("kb"), articles(3));
        Path index = temp.resolve("index");
        importInto(index, folder);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - 20)));
            }
        }

        KbIndexException notOpened = assertThrows(KbIndexException.class, () -> KbIndex.open(index));
        assertTrue(notOpened.getMessage().contains("corrupt"), notOpened.getMessage());
        assertTrue(notOpened.getMessage().contains("triage index --kb"), notOpened.getMessage());

        ImportReport report = importInto(index, folder);
        assertTrue(report.rebuilt());
        assertEquals(3, report.added());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("corrupt")), report.warnings().toString());
        try (KbIndex kb = KbIndex.open(index)) {
            assertEquals(3, kb.articleCount());
        }
    }

    @Test
    void aHalfWrittenIndexWithoutACommitIsRebuilt() throws Exception {
        Path folder = TestArticles.writeFolder(temp.resolve("kb"), articles(2));
        Path index = temp.resolve("index");
        importInto(index, folder);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(file);
            }
        }
        ImportReport report = importInto(index, folder);
        assertTrue(report.rebuilt());
        assertEquals(2, report.added());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("without a commit point")), report.warnings().toString());
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsRebuilt() throws Exception {
        Path index = temp.resolve("index");
        try (FSDirectory directory = FSDirectory.open(index);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "Q1", Field.Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("kbtriage.schema", "0").entrySet());
            writer.commit();
        }
        KbIndexException outdated = assertThrows(KbIndexException.class, () -> KbIndex.open(index));
        assertTrue(outdated.getMessage().contains("schema"), outdated.getMessage());

        Path folder = TestArticles.writeFolder(temp.resolve("kb"), articles(2));
        ImportReport report = importInto(index, folder);
        assertTrue(report.rebuilt());
        assertTrue(report.warnings().stream().anyMatch(w -> w.contains("schema")), report.warnings().toString());
        try (KbIndex kb = KbIndex.open(index)) {
            assertEquals(2, kb.articleCount());
        }
    }

    @Test
    void cancellingLeavesTheIndexAsItWas() throws Exception {
        Path index = temp.resolve("index");
        importInto(index, TestArticles.writeFolder(temp.resolve("first"), articles(2)));
        Map<String, String> more = new TreeMap<>();
        for (int i = 0; i < 50; i++) {
            more.put("kb/901/Q9011" + (10 + i) + "/README.md", TestArticles.jekyll("Q9011" + (10 + i), "WID: More " + i, "More."));
        }
        Path second = TestArticles.writeFolder(temp.resolve("second"), more);
        NullProgressMonitor cancelAfterSome = new NullProgressMonitor() {
            private int ticks;

            @Override
            public void internalWorked(double work) {
                ticks++;
                if (ticks == 10) {
                    setCanceled(true);
                }
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> new KbImporter(index).importSources(List.of(second), cancelAfterSome));
        try (KbIndex kb = KbIndex.open(index)) {
            assertEquals(2, kb.articleCount());
        }
    }

    @Test
    void importsTheRealTxtSampleWithTheirStacks() throws Exception {
        Path index = temp.resolve("index");
        ImportReport report = importInto(index, TestArticles.shared().resolve("kb/kb-txt-sample.zip"));
        assertEquals(500, report.added() + report.skipped());
        assertEquals(0, report.skipped(), report.warnings().toString());
        try (KbIndex kb = KbIndex.open(index)) {
            assertTrue(kb.framedArticles().size() > 200, "the sample holds all 236 articles with call stacks");
            List<String> keys = kb.framedArticles().stream().filter(a -> a.id().equals("Q269588")).findFirst()
                    .orElseThrow().frameKeys();
            assertEquals("ntdll!rtlpfindandcommitpages", keys.get(0));
            assertEquals("emsmta!hrtrackwriteloga", keys.get(keys.size() - 1));
            assertTrue(kb.frameDocFreq("MAPI32!MAPIAllocateBuffer") >= 1);
            assertTrue(kb.frameDocFreq("ntdll!rtlallocateheap") > kb.frameDocFreq("emsmta!hrstratostrw"));
        }
    }
}
