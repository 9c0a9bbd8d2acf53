package org.kbtriage.match.confidence;

/**
 * Whether a match is confident, and why, in one plain sentence.
 *
 * @param confident true when the dump shows enough of the article's own frames to say it explains the crash
 * @param reason    e.g. "4 of 5 distinctive frames of Q269588 in order at the top of the crashing thread"
 */
public record Judgement(boolean confident, String reason) {
}
