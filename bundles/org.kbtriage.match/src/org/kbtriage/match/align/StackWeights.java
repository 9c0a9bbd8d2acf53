package org.kbtriage.match.align;

/**
 * An article stack's frame weights, computed once: what each frame is worth when a dump frame
 * names the same function, and when a dump frame without symbols only names its module.
 *
 * @param function   per frame, the worth of a same-function pair (before position decay)
 * @param moduleOnly per frame, the worth of a same-module pair with a symbol-less dump frame
 * @param self       what the stack scores against itself: the denominator of coverage
 */
public record StackWeights(double[] function, double[] moduleOnly, double self) {
}
