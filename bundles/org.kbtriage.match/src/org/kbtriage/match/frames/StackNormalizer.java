package org.kbtriage.match.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.kbtriage.model.StackFrame;

/**
 * Turns dump frames and article frame keys into {@link FrameSequence}s that compare well:
 * canonical names, generic frames marked by the {@link SkipList}, frames without a module
 * dropped, direct recursion collapsed to one frame. Thread-safe; remembers the signatures it has computed, since the same frames recur in dump after dump.
 */
public final class StackNormalizer {

    /** Past this many distinct raw names the cache starts over; a session never gets near it. */
    private static final int CACHE_LIMIT = 100_000;

    private final SkipList skipList;
    private final Map<RawName, Optional<FrameSignature>> cache = new ConcurrentHashMap<>();

    /**
     * A frame's names as printed. The cache is keyed by the pair, not by one joined string: a dump's
     * frames share their name strings, whose hashes are computed once, and a big log has millions of
     * frames.
     */
    private record RawName(String module, String symbol) {
    }

    public StackNormalizer(SkipList skipList) {
        this.skipList = skipList;
    }

    public SkipList skipList() {
        return skipList;
    }

    /** The canonical signature, or null when there is no module to name. */
    public FrameSignature signature(String module, String symbol) {
        RawName raw = new RawName(module, symbol);
        Optional<FrameSignature> cached = cache.get(raw);
        if (cached == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cached = Optional.ofNullable(computeSignature(module, symbol));
            cache.put(raw, cached);
        }
        return cached.orElse(null);
    }

    private FrameSignature computeSignature(String module, String symbol) {
        String canonicalModule = FrameNames.module(module);
        if (canonicalModule == null) {
            return null;
        }
        String canonicalSymbol = FrameNames.symbol(symbol);
        return new FrameSignature(canonicalModule, canonicalSymbol, skipList.isGeneric(canonicalModule, canonicalSymbol));
    }

    /** A dump thread's frames (top first); each entry remembers its model frame. */
    public FrameSequence normalize(List<? extends StackFrame> frames) {
        Builder builder = new Builder();
        for (StackFrame frame : frames) {
            builder.add(signature(frame.getModule(), frame.getSymbol()), frame);
        }
        return builder.build();
    }

    /** An article's printed stack as frame keys, {@code module!symbol} or a bare {@code module}, top first. */
    public FrameSequence normalizeKeys(List<String> keys) {
        Builder builder = new Builder();
        for (String key : keys) {
            if (key == null) {
                continue;
            }
            int bang = key.indexOf('!');
            builder.add(bang < 0 ? signature(key, null) : signature(key.substring(0, bang), key.substring(bang + 1)), null);
        }
        return builder.build();
    }

    private static final class Builder {
        private final List<FrameSignature> signatures = new ArrayList<>();
        private final List<StackFrame> sources = new ArrayList<>();

        void add(FrameSignature signature, StackFrame source) {
            if (signature == null) {
                return;
            }
            FrameSignature previous = signatures.isEmpty() ? null : signatures.get(signatures.size() - 1);
            // Recursion says nothing new; frames without symbols stay, they may be different functions.
            if (previous != null && signature.hasSymbol() && signature.sameFunction(previous)) {
                return;
            }
            signatures.add(signature);
            sources.add(source);
        }

        FrameSequence build() {
            return new FrameSequence(signatures, sources);
        }
    }
}
