package org.kbtriage.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.kbtriage.kb.ArticleTitles;
import org.kbtriage.kb.format.ArticleBody;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;

/** Turns a {@link KbArticle} into an index document and a stored document back into a {@link KbArticle}. */
public final class ArticleDocuments {

    private static final String TAB = "\t";
    /** Between two printed stacks in {@link IndexSchema#FRAME_KEYS}: an empty line (frame keys are never empty). */
    private static final String STACK_SEPARATOR = "\n\n";
    /**
     * The body keeps term offsets in its postings so the highlighter needs no re-analysis; that path also
     * avoids lucene-memory, which the wrapped highlighter bundle cannot load.
     */
    private static final FieldType BODY_TYPE = bodyType();
    private static final String SECTION_SEPARATOR = "\n\n";

    private ArticleDocuments() {
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** The update key of an article file. */
    public static String uid(String source, String path) {
        return source + "!/" + path;
    }

    /** The frame key of a frame: its own key, else {@code module!symbol} lower-cased. */
    public static String frameKey(StackFrame frame) {
        String key = frame.getKey();
        if (key == null || key.isEmpty()) {
            key = nullToEmpty(frame.getModule()) + "!" + nullToEmpty(frame.getSymbol());
        }
        return key.toLowerCase(Locale.ROOT);
    }

    public static Document toDocument(KbArticle article, String source, String path, String hash) {
        Document doc = new Document();
        String uid = uid(source, path);
        doc.add(new StringField(IndexSchema.UID, uid, Field.Store.NO));
        doc.add(new SortedDocValuesField(IndexSchema.UID, new BytesRef(uid)));
        doc.add(new StringField(IndexSchema.SOURCE, source, Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.SOURCE, new BytesRef(source)));
        doc.add(new StoredField(IndexSchema.PATH, path));
        doc.add(new BinaryDocValuesField(IndexSchema.HASH, new BytesRef(hash)));
        doc.add(new StringField(IndexSchema.ID, article.getId(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(article.getId())));

        String title = nullToEmpty(article.getTitle());
        doc.add(new TextField(IndexSchema.TITLE, title, Field.Store.YES));
        doc.add(new BinaryDocValuesField(IndexSchema.TITLE, new BytesRef(title)));
        doc.add(new TextField(IndexSchema.TITLE_IDENTIFIERS, title, Field.Store.NO));
        for (String tag : ArticleTitles.tags(title)) {
            doc.add(new StringField(IndexSchema.TAG, tag.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (String product : article.getProducts()) {
            doc.add(new StoredField(IndexSchema.PRODUCT, product));
            doc.add(new TextField(IndexSchema.PRODUCT_TEXT, product, Field.Store.NO));
        }
        for (String version : article.getVersions()) {
            doc.add(new StringField(IndexSchema.VERSION_FIELD, version, Field.Store.YES));
        }
        for (String keyword : article.getKeywords()) {
            doc.add(new StoredField(IndexSchema.KEYWORD_STORED, keyword));
            doc.add(new StringField(IndexSchema.KEYWORD, keyword.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        // Keywords are identifiers too (kbExchange550sp4Fix): searchable whole and by their parts.
        doc.add(new TextField(IndexSchema.BODY_IDENTIFIERS, String.join(" ", article.getKeywords()), Field.Store.NO));
        doc.add(new StoredField(IndexSchema.LAST_MODIFIED, nullToEmpty(article.getLastModified())));
        doc.add(new TextField(IndexSchema.QUERY_WORDS, nullToEmpty(article.getAdditionalQueryWords()), Field.Store.YES));

        StringBuilder body = new StringBuilder();
        for (ArticleSection section : article.getSections()) {
            if (ArticleBody.APPLIES_TO.equals(section.getName())) {
                doc.add(new StoredField(IndexSchema.APPLIES_TO, nullToEmpty(section.getText())));
                continue;
            }
            if (body.length() > 0) {
                body.append(SECTION_SEPARATOR);
            }
            int start = body.length();
            body.append(nullToEmpty(section.getText()));
            doc.add(new StoredField(IndexSchema.SECTION, section.getName() + TAB + start + TAB + body.length()));
            if ("SYMPTOMS".equals(section.getName())) {
                doc.add(new TextField(IndexSchema.SYMPTOMS, nullToEmpty(section.getText()), Field.Store.NO));
            }
        }
        String bodyText = body.toString();
        doc.add(new Field(IndexSchema.BODY, bodyText, BODY_TYPE));
        doc.add(new TextField(IndexSchema.BODY_IDENTIFIERS, bodyText, Field.Store.NO));

        for (FixedFile file : article.getFixedFiles()) {
            doc.add(new StoredField(IndexSchema.FIXED_FILE, String.join(TAB, nullToEmpty(file.getFileName()),
                    nullToEmpty(file.getVersion()), nullToEmpty(file.getPlatform()), nullToEmpty(file.getDate()),
                    nullToEmpty(file.getSize()))));
        }
        for (String reference : article.getReferences()) {
            doc.add(new StringField(IndexSchema.REFERENCE, reference, Field.Store.YES));
        }
        addFrames(doc, article.getFrames());
        return doc;
    }

    private static void addFrames(Document doc, List<StackFrame> frames) {
        if (frames.isEmpty()) {
            return;
        }
        StringBuilder stacks = new StringBuilder();
        Set<String> distinct = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        int previousOrdinal = Integer.MIN_VALUE;
        for (StackFrame frame : frames) {
            String key = frameKey(frame);
            if (!stacks.isEmpty()) {
                // A frame whose position in its stack does not grow starts the article's next printed stack.
                stacks.append(frame.getOrdinal() <= previousOrdinal ? STACK_SEPARATOR : "\n");
            }
            previousOrdinal = frame.getOrdinal();
            stacks.append(key);
            distinct.add(key);
            text.append(nullToEmpty(frame.getModule())).append('!').append(nullToEmpty(frame.getSymbol())).append('\n');
            doc.add(new StoredField(IndexSchema.FRAME_DETAIL, String.join(TAB, key, nullToEmpty(frame.getModule()),
                    nullToEmpty(frame.getSymbol()), nullToEmpty(frame.getOffset()), Integer.toString(frame.getOrdinal()))));
        }
        for (String key : distinct) {
            doc.add(new StringField(IndexSchema.FRAME, key, Field.Store.NO));
        }
        doc.add(new TextField(IndexSchema.FRAME_TEXT, text.toString(), Field.Store.NO));
        doc.add(new BinaryDocValuesField(IndexSchema.FRAME_KEYS, new BytesRef(stacks.toString())));
        doc.add(new StringField(IndexSchema.HAS_FRAMES, "1", Field.Store.NO));
    }

    /** The printed stacks of a {@link IndexSchema#FRAME_KEYS} value, each its frame keys in order. */
    public static List<List<String>> printedStacks(String stacks) {
        if (stacks.isEmpty()) {
            return List.of();
        }
        List<List<String>> printed = new ArrayList<>();
        for (String stack : stacks.split(STACK_SEPARATOR)) {
            printed.add(List.of(stack.split("\n")));
        }
        return printed;
    }

    /** Rebuilds the article from a document's stored fields. */
    public static KbArticle toArticle(Document doc) {
        TriageFactory factory = TriageFactory.eINSTANCE;
        KbArticle article = factory.createKbArticle();
        article.setId(doc.get(IndexSchema.ID));
        article.setTitle(doc.get(IndexSchema.TITLE));
        article.setLastModified(doc.get(IndexSchema.LAST_MODIFIED));
        article.setAdditionalQueryWords(doc.get(IndexSchema.QUERY_WORDS));
        article.setSourcePath(uid(doc.get(IndexSchema.SOURCE), doc.get(IndexSchema.PATH)));
        article.getProducts().addAll(List.of(doc.getValues(IndexSchema.PRODUCT)));
        article.getVersions().addAll(List.of(doc.getValues(IndexSchema.VERSION_FIELD)));
        article.getKeywords().addAll(List.of(doc.getValues(IndexSchema.KEYWORD_STORED)));
        article.getReferences().addAll(List.of(doc.getValues(IndexSchema.REFERENCE)));
        String body = nullToEmpty(doc.get(IndexSchema.BODY));
        String appliesTo = doc.get(IndexSchema.APPLIES_TO);
        if (appliesTo != null) {
            ArticleSection section = factory.createArticleSection();
            section.setName(ArticleBody.APPLIES_TO);
            section.setText(appliesTo);
            article.getSections().add(section);
        }
        for (IndexableField field : doc.getFields(IndexSchema.SECTION)) {
            String[] parts = field.stringValue().split(TAB, -1);
            ArticleSection section = factory.createArticleSection();
            section.setName(parts[0]);
            section.setText(body.substring(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
            article.getSections().add(section);
        }
        for (IndexableField field : doc.getFields(IndexSchema.FIXED_FILE)) {
            String[] parts = field.stringValue().split(TAB, -1);
            FixedFile file = factory.createFixedFile();
            file.setFileName(parts[0]);
            file.setVersion(parts[1]);
            file.setPlatform(parts[2]);
            file.setDate(parts[3]);
            file.setSize(parts[4]);
            article.getFixedFiles().add(file);
        }
        for (IndexableField field : doc.getFields(IndexSchema.FRAME_DETAIL)) {
            String[] parts = field.stringValue().split(TAB, -1);
            StackFrame frame = factory.createStackFrame();
            frame.setKey(parts[0]);
            frame.setModule(parts[1]);
            frame.setSymbol(parts[2]);
            frame.setOffset(parts[3].isEmpty() ? null : parts[3]);
            frame.setOrdinal(Integer.parseInt(parts[4]));
            article.getFrames().add(frame);
        }
        return article;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
