package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.kb.ArticleParser;
import org.kbtriage.kb.source.ArticleSource;
import org.kbtriage.kb.source.ArticleSources;
import org.kbtriage.kb.source.UnreadableSourceException;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.KbArticle;

class ArticleSourcesTest {

    @TempDir
    Path temp;

    private static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        files.put("kb/900/Q900001/README.md", TestArticles.jekyll("Q900001", "WID: Spooler Stops", "The spooler stops."));
        files.put("txt/900/Q900002.TXT", TestArticles.txt("Q900002", "PRB: Gadget Loses Settings", "Settings are lost."));
        files.put("kb/index.md", "not an article");
        return files;
    }

    private static List<String> paths(ArticleSource source) throws Exception {
        List<String> paths = new ArrayList<>();
        source.read(raw -> paths.add(raw.path()), (path, reason) -> paths.add("unreadable " + path));
        return paths;
    }

    @Test
    void aFolderAndAZipOfTheSameFilesOfferTheSameArticles() throws Exception {
        Path folder = TestArticles.writeFolder(temp.resolve("folder"), files());
        Path zip = TestArticles.writeZip(temp.resolve("kb.zip"), files());
        try (ArticleSource fromFolder = ArticleSources.open(folder); ArticleSource fromZip = ArticleSources.open(zip)) {
            assertEquals(2, fromFolder.size());
            assertEquals(2, fromZip.size());
            assertEquals(List.of("kb/900/Q900001/README.md", "txt/900/Q900002.TXT"), paths(fromFolder));
            assertEquals(paths(fromFolder), paths(fromZip));
            assertEquals(folder.toAbsolutePath().normalize().toString(), fromFolder.location());
        }
    }

    @Test
    void aCorruptZipIsAClearError() throws Exception {
        Path zip = TestArticles.writeZip(temp.resolve("kb.zip"), files());
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> ArticleSources.open(zip));
        assertTrue(e.getMessage().contains("not a readable zip archive"), e.getMessage());
        assertTrue(e.getMessage().contains(zip.toString()), e.getMessage());
    }

    @Test
    void aMissingSourceIsAClearError() {
        Path missing = temp.resolve("nothing-here");
        UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> ArticleSources.open(missing));
        assertTrue(e.getMessage().contains("no such file or folder"), e.getMessage());
    }

    /** The same article in both shipped forms reads into the same model. */
    @Test
    void theRealJekyllAndTxtFormsOfAnArticleAgree() throws Exception {
        ArticleParser parser = new ArticleParser();
        KbArticle jekyll = null;
        KbArticle txt = null;
        try (ArticleSource sample = ArticleSources.open(TestArticles.shared().resolve("kb/sample"))) {
            List<KbArticle> found = new ArrayList<>();
            sample.read(raw -> {
                if (raw.path().endsWith("Q269588/README.md")) {
                    try {
                        found.add(parser.parse(raw));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                return true;
            }, (path, reason) -> {
            });
            jekyll = found.get(0);
        }
        try (ArticleSource zip = ArticleSources.open(TestArticles.shared().resolve("kb/kb-txt-sample.zip"))) {
            List<KbArticle> found = new ArrayList<>();
            zip.read(raw -> {
                if (raw.path().endsWith("Q269588.TXT")) {
                    try {
                        found.add(parser.parse(raw));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                return true;
            }, (path, reason) -> {
            });
            txt = found.get(0);
        }
        assertEquals("Q269588", jekyll.getId());
        assertEquals(jekyll.getId(), txt.getId());
        assertEquals("XADM: Heap Corruption in MAPI Causes MTA to Stop Responding", jekyll.getTitle());
        assertEquals(jekyll.getTitle(), txt.getTitle());
        assertEquals(jekyll.getProducts(), txt.getProducts());
        assertEquals(jekyll.getVersions(), txt.getVersions());
        assertEquals(jekyll.getLastModified(), txt.getLastModified());
        assertEquals(jekyll.getAdditionalQueryWords(), txt.getAdditionalQueryWords());
        assertEquals(jekyll.getReferences(), txt.getReferences());
        assertEquals(jekyll.getSections().stream().map(ArticleSection::getName).toList(),
                txt.getSections().stream().map(ArticleSection::getName).toList());
        assertEquals(List.of("Mapi32.dll"), txt.getFixedFiles().stream().map(f -> f.getFileName()).toList());
        assertEquals("5.5.2652.85", txt.getFixedFiles().get(0).getVersion());
        // The stack is read by the dump parser in both forms, frame for frame.
        List<String> keys = jekyll.getFrames().stream().map(f -> f.getKey()).toList();
        assertEquals(keys, txt.getFrames().stream().map(f -> f.getKey()).toList());
        assertEquals(11, keys.size());
        assertEquals("ntdll!rtlpfindandcommitpages", keys.get(0));
        assertTrue(keys.contains("mapi32!mapiallocatebuffer"), keys.toString());
    }
}
