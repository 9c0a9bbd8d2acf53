package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.kb.ArticleParser;
import org.kbtriage.kb.ArticleTitles;
import org.kbtriage.kb.MalformedArticleException;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void readsTheJekyllFormHeaderSectionsAndFooter() throws Exception {
        KbArticle article = parser.parse("kb/900/Q900001/README.md",
                TestArticles.jekyll("Q900001", "WID: Spooler Stops with \"Access Violation\" in Widcore", "The spooler stops."));

        assertEquals("Q900001", article.getId());
        assertEquals("WID: Spooler Stops with \"Access Violation\" in Widcore", article.getTitle());
        assertEquals("WID", ArticleTitles.productTag(article.getTitle()));
        assertEquals(List.of("Microsoft Widget Server"), article.getProducts());
        assertEquals(List.of("4.2"), article.getVersions());
        assertEquals("03-JUN-2001", article.getLastModified());
        assertTrue(article.getKeywords().containsAll(List.of("wid42", "kbWidget420sp2Fix", "kbWidgetSearch", "kbbug", "kbfix")));
        assertEquals("spooler crash widcore", article.getAdditionalQueryWords());
        assertEquals(List.of("APPLIES TO", "SYMPTOMS", "CAUSE", "RESOLUTION", "STATUS"),
                article.getSections().stream().map(ArticleSection::getName).toList());
        assertTrue(article.getSections().get(1).getText().contains("WIDCORE!HrCopyBlobToQueue+0x67"));
        assertEquals(List.of("Q123456"), article.getReferences());
    }

    @Test
    void readsFixedFileBoxes() throws Exception {
        KbArticle article = parser.parse("kb/900/Q900001/README.md", TestArticles.jekyll("Q900001", "Title", "Text."));
        assertEquals(List.of("Widcore.dll 4.2.1234.17", "Widgetsv.exe 4.2.1234.17"),
                article.getFixedFiles().stream().map(f -> f.getFileName() + " " + f.getVersion()).toList());
    }

    @Test
    void readsTheTxtFormWithCrlfAndColumnTables() throws Exception {
        KbArticle article = parser.parse("txt/900/Q900002.TXT",
                TestArticles.txt("Q900002", "PRB: Gadget Manager Loses Settings", "Settings are lost after a restart."));

        assertEquals("Q900002", article.getId());
        assertEquals("PRB: Gadget Manager Loses Settings", article.getTitle());
        assertEquals(List.of("Microsoft Gadget Manager"), article.getProducts());
        assertEquals(List.of("2.0", "2.0 SP1"), article.getVersions());
        assertEquals("12-FEB-2000", article.getLastModified());
        assertEquals(List.of("APPLIES TO", "SUMMARY", "MORE INFORMATION"),
                article.getSections().stream().map(ArticleSection::getName).toList());
        assertTrue(article.getSections().stream().noneMatch(s -> s.getText().contains("\r")));
        assertTrue(article.getSections().stream().noneMatch(s -> s.getText().contains("WITHOUT WARRANTY")));
        FixedFile alpha = article.getFixedFiles().get(1);
        assertEquals(2, article.getFixedFiles().size());
        assertEquals("Gadgetmg.dll", alpha.getFileName());
        assertEquals("Alpha", alpha.getPlatform());
        assertEquals("01/20/00 10:04a", alpha.getDate());
        assertEquals("251,664", alpha.getSize());
    }

    @Test
    void decodesHtmlEntitiesInJekyllTitles() throws Exception {
        String text = TestArticles.jekyll("Q900003", "Path C:&#92;Temp &amp; &lt;Drive&gt;", "Text.");
        KbArticle article = parser.parse("kb/900/Q900003/README.md", text);
        assertEquals("Path C:\\Temp & <Drive>", article.getTitle());
    }

    @Test
    void framesComeFromTheInjectedExtractor() throws Exception {
        ArticleParser withFrames = new ArticleParser(body -> {
            StackFrame frame = TriageFactory.eINSTANCE.createStackFrame();
            frame.setModule("WIDCORE");
            frame.setSymbol("HrCopyBlobToQueue");
            frame.setKey(body.contains("WIDCORE!HrCopyBlobToQueue") ? "widcore!hrcopyblobtoqueue" : "none");
            return List.of(frame);
        });
        KbArticle article = withFrames.parse("kb/900/Q900001/README.md", TestArticles.jekyll("Q900001", "T", "S."));
        assertEquals("widcore!hrcopyblobtoqueue", article.getFrames().get(0).getKey());
    }

    @Test
    void malformedArticlesNameTheFileAndTheDefect() {
        MalformedArticleException noRaw = assertThrows(MalformedArticleException.class,
                () -> parser.parse("kb/900/Q900004/README.md", "---\ntitle: \"Q900004: X\"\n---\nno raw block\n"));
        assertTrue(noRaw.getMessage().startsWith("kb/900/Q900004/README.md: "), noRaw.getMessage());
        assertTrue(noRaw.getMessage().contains("{% raw %}"), noRaw.getMessage());

        MalformedArticleException empty = assertThrows(MalformedArticleException.class,
                () -> parser.parse("txt/900/Q900005.TXT", "  \r\n"));
        assertTrue(empty.getMessage().contains("empty"), empty.getMessage());

        MalformedArticleException noHeader = assertThrows(MalformedArticleException.class,
                () -> parser.parse("txt/900/Q900006.TXT", "Just some text\r\nwithout a header\r\n"));
        assertTrue(noHeader.getMessage().contains("DOCUMENT:"), noHeader.getMessage());
    }
}
