package org.kbtriage.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.kbtriage.kb.format.ArticleBody;
import org.kbtriage.kb.format.ArticleText;
import org.kbtriage.kb.format.FixedFileRow;
import org.kbtriage.kb.format.JekyllArticleFormat;
import org.kbtriage.kb.format.TextDecoding;
import org.kbtriage.kb.format.TxtArticleFormat;
import org.kbtriage.kb.source.ArticlePaths;
import org.kbtriage.kb.source.RawArticle;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;

/**
 * Reads one KB article file (Jekyll {@code README.md} or plain {@code .TXT}) into a {@link KbArticle}.
 * Stateless and safe to share between threads as long as the frame extractor is.
 */
public final class ArticleParser {

    /** A frame extractor for when frames are not wanted: articles get none. */
    public static final Function<String, List<StackFrame>> NO_FRAMES = body -> List.of();

    private final Function<String, List<StackFrame>> frameExtractor;

    /** A parser that finds frames with the dump parser ({@link ArticleStackFrames}). */
    public ArticleParser() {
        this(new ArticleStackFrames());
    }

    /**
     * @param frameExtractor finds the call-stack frames printed in an article body (the fixed-width article
     *        text); it is called from several threads at once and must return frames not shared with any
     *        other call
     */
    public ArticleParser(Function<String, List<StackFrame>> frameExtractor) {
        this.frameExtractor = Objects.requireNonNull(frameExtractor, "frameExtractor");
    }

    /** Decodes and parses an article read from a source; {@code sourcePath} becomes {@code source!path}. */
    public KbArticle parse(RawArticle raw) throws MalformedArticleException {
        KbArticle article = parse(raw.path(), TextDecoding.decode(raw.content()));
        article.setSourcePath(raw.source() + "!/" + raw.path());
        return article;
    }

    /** Parses an article's text; the format is chosen by the file name, else by the content. */
    public KbArticle parse(String path, String text) throws MalformedArticleException {
        if (text.isBlank()) {
            throw new MalformedArticleException(path, "the file is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new MalformedArticleException(path, "the file is binary, not article text");
        }
        ArticleText articleText = isJekyll(path, text)
                ? JekyllArticleFormat.read(path, text)
                : TxtArticleFormat.read(path, text);
        ArticleBody body = ArticleBody.parse(articleText.id(), articleText.body());
        KbArticle article = TriageFactory.eINSTANCE.createKbArticle();
        article.setId(articleText.id());
        article.setTitle(articleText.title());
        article.setLastModified(articleText.lastModified());
        article.setSourcePath(path);
        article.setAdditionalQueryWords(body.additionalQueryWords());
        article.getProducts().addAll(articleText.products());
        article.getVersions().addAll(articleText.versions());
        Set<String> keywords = new LinkedHashSet<>(articleText.keywords());
        keywords.addAll(body.footerKeywords());
        article.getKeywords().addAll(keywords);
        article.getReferences().addAll(body.references());
        for (ArticleBody.Section section : body.sections()) {
            ArticleSection modelSection = TriageFactory.eINSTANCE.createArticleSection();
            modelSection.setName(section.name());
            modelSection.setText(section.text());
            article.getSections().add(modelSection);
        }
        for (FixedFileRow row : body.fixedFiles()) {
            FixedFile file = TriageFactory.eINSTANCE.createFixedFile();
            file.setFileName(row.fileName());
            file.setVersion(row.version());
            file.setPlatform(row.platform());
            file.setDate(row.date());
            file.setSize(row.size());
            article.getFixedFiles().add(file);
        }
        List<StackFrame> frames = frameExtractor.apply(articleText.body());
        if (frames != null && !frames.isEmpty()) {
            article.getFrames().addAll(new ArrayList<>(frames));
        }
        return article;
    }

    private static boolean isJekyll(String path, String text) {
        if (ArticlePaths.isJekyll(path)) {
            return true;
        }
        return !ArticlePaths.isTxt(path) && text.startsWith("---");
    }
}
