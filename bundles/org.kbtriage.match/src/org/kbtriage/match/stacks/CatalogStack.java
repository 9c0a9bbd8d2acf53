package org.kbtriage.match.stacks;

import org.kbtriage.match.frames.FrameSequence;

/**
 * One printed stack of one article, normalized.
 *
 * @param index     position in {@link StackCatalog#stacks()}, for per-stack tables
 * @param articleId the article that prints it
 * @param title     the article title
 * @param frames    the normalized stack, top first
 */
public record CatalogStack(int index, String articleId, String title, FrameSequence frames) {
}
