package org.kbtriage.match.frames;

/**
 * A stack frame reduced to what identifies it across dumps and articles: the canonical module,
 * the canonical function (null for a frame without symbols, {@code MODULE+0x1234}) and whether
 * the skip list calls it generic.
 *
 * @param module  canonical module name (see {@link FrameNames#module(String)}), never null
 * @param symbol  canonical function name, or null when the frame has no symbol
 * @param generic true when the frame is OS plumbing that says nothing about the crash
 */
public record FrameSignature(String module, String symbol, boolean generic) {

    /** {@code module!symbol}, or {@code module} alone for a frame without a symbol. */
    public String key() {
        return symbol == null ? module : module + '!' + symbol;
    }

    public boolean hasSymbol() {
        return symbol != null;
    }

    /** True when both name the same function (for frames with symbols) or the same module (without). */
    public boolean sameFunction(FrameSignature other) {
        return module.equals(other.module) && java.util.Objects.equals(symbol, other.symbol);
    }

    @Override
    public String toString() {
        return key() + (generic ? " (generic)" : "");
    }
}
