package org.kbtriage.index.internal;

/**
 * The index's field names and schema version. Bump {@link #VERSION} whenever fields, analysis or the article
 * reader change how documents are built: an index with another version is rebuilt on the next import.
 */
public final class IndexSchema {

    /** The schema version recorded in every commit. */
    public static final String VERSION = "10";

    /** Commit user data keys. */
    public static final String COMMIT_SCHEMA = "kbtriage.schema";
    public static final String COMMIT_BUILT_AT = "kbtriage.builtAt";

    /** Unique per article file: {@code source!/path}; the update key. */
    public static final String UID = "uid";
    /** The article file's source (folder or zip) and path inside it. */
    public static final String SOURCE = "source";
    public static final String PATH = "path";
    /** A digest of the article file's bytes, for incremental imports. */
    public static final String HASH = "hash";

    /** The article number; also a doc value, so hits are listed without reading stored fields. */
    public static final String ID = "id";
    /** The title in English analysis; stored, and a doc value for listing hits. */
    public static final String TITLE = "title";
    /** The title again, analysed for identifiers. */
    public static final String TITLE_IDENTIFIERS = "title_id";
    public static final String TAG = "tag";
    public static final String PRODUCT = "product";
    public static final String PRODUCT_TEXT = "product_text";
    public static final String VERSION_FIELD = "version";
    /** KB keywords, lower-cased for filtering; {@link #KEYWORD_STORED} keeps them as written. */
    public static final String KEYWORD = "keyword";
    public static final String KEYWORD_STORED = "keyword_stored";
    public static final String LAST_MODIFIED = "modified";
    public static final String QUERY_WORDS = "aqw";
    /** The article text (all sections) in English analysis; stored, for snippets and to rebuild sections. */
    public static final String BODY = "body";
    /** The article text and the KB keywords, analysed for identifiers. */
    public static final String BODY_IDENTIFIERS = "body_id";
    /**
     * The "applies to" product list, stored only: it is boilerplate that would crowd snippets, and searching
     * it found nothing the title, body and product fields do not.
     */
    public static final String APPLIES_TO = "applies_to";
    /** The SYMPTOMS section alone, where error messages are quoted. */
    public static final String SYMPTOMS = "symptoms";
    /** {@code name<TAB>start<TAB>end}: where each section lies in the stored body, in order. */
    public static final String SECTION = "section";
    /** {@code fileName<TAB>version<TAB>platform<TAB>date<TAB>size}, in order. */
    public static final String FIXED_FILE = "fixed_file";
    public static final String REFERENCE = "reference";
    /** Exact frame keys ({@code module!symbol}, lower case), one term each. */
    public static final String FRAME = "frame";
    /** The frames' module and symbol text, analysed for identifiers. */
    public static final String FRAME_TEXT = "frame_text";
    /**
     * The article's printed stacks for the matcher, a doc value so the matcher reads them without decompressing
     * stored articles: frame keys in printed order, one per line, an empty line between two stacks.
     */
    public static final String FRAME_KEYS = "frame_keys";
    /** {@code key<TAB>module<TAB>symbol<TAB>offset<TAB>ordinal} per frame, in order. */
    public static final String FRAME_DETAIL = "frame_detail";
    /** Present ("1") on articles that have frames. */
    public static final String HAS_FRAMES = "has_frames";

    private IndexSchema() {
    }
}
