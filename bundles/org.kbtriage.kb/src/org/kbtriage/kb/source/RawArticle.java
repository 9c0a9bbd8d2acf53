package org.kbtriage.kb.source;

/**
 * The undecoded bytes of one article file as read from a source.
 *
 * @param source the source's location (see {@link ArticleSource#location()})
 * @param path the entry's path inside the source, with {@code /} separators
 * @param content the file's bytes
 */
public record RawArticle(String source, String path, byte[] content) {
}
