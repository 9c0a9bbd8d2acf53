package org.kbtriage.parser.internal;

/**
 * Reads the lines of one part of a dump layout (a prompt, a thread header, a module list...).
 * Implementations check cheaply whether a line can be theirs before doing real work: every
 * recognizer sees nearly every line of a big log.
 */
public interface LineRecognizer {

    /** Takes the current line into the model; false when the line is not this recognizer's. */
    boolean accept(ParseContext context);
}
