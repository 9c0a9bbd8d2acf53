package org.kbtriage.match.frames;

import java.util.Objects;

/**
 * A stack frame reduced to what identifies it across dumps and articles: the canonical module,
 * the canonical function (null for a frame without symbols, {@code MODULE+0x1234}) and whether
 * the skip list calls it generic. Immutable; the key is computed once, since frames are compared
 * millions of times.
 */
public final class FrameSignature {

    private final String module;
    private final String symbol;
    private final boolean generic;
    private final String key;

    /**
     * @param module  canonical module name (see {@link FrameNames#module(String)}), never null
     * @param symbol  canonical function name, or null when the frame has no symbol
     * @param generic true when the frame is OS plumbing that says nothing about the crash
     */
    public FrameSignature(String module, String symbol, boolean generic) {
        this.module = Objects.requireNonNull(module, "module");
        this.symbol = symbol;
        this.generic = generic;
        this.key = symbol == null ? module : module + '!' + symbol;
    }

    public String module() {
        return module;
    }

    /** The canonical function name, or null for a frame without symbols. */
    public String symbol() {
        return symbol;
    }

    public boolean generic() {
        return generic;
    }

    /** {@code module!symbol}, or {@code module} alone for a frame without a symbol. */
    public String key() {
        return key;
    }

    public boolean hasSymbol() {
        return symbol != null;
    }

    /** True when both name the same function (for frames with symbols) or the same module (without). */
    public boolean sameFunction(FrameSignature other) {
        return key.equals(other.key) && hasSymbol() == other.hasSymbol();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrameSignature that && key.equals(that.key) && generic == that.generic
                && hasSymbol() == that.hasSymbol();
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + (generic ? " (generic)" : "");
    }
}
