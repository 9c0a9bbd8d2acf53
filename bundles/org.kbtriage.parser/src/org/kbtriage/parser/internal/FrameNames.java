package org.kbtriage.parser.internal;

import java.util.regex.Pattern;

import org.kbtriage.parser.FrameKeys;

/**
 * The module, symbol and key of a frame printed as {@code MODULE!Symbol} (or {@code MODULE}),
 * found by those characters in the line: a big log prints the same frames over and over, and one
 * lookup then replaces copying the module and the symbol and lower-casing both for the key.
 */
public final class FrameNames {

    /** A frame's names; {@code symbol} is null for a module-only frame. */
    public static final class FrameName {
        private final String module;
        private final String symbol;
        private final String key;
        private final boolean placeholderSymbol;

        FrameName(String module, String symbol, String key) {
            this.module = module;
            this.symbol = symbol;
            this.key = key;
            this.placeholderSymbol = symbol != null && FunctionText.isPlaceholderSymbol(symbol);
        }

        /** {@code store!<nosymbols>}, {@code store!0x0048a274}: the "symbol" only says there is none. */
        public boolean placeholderSymbol() {
            return placeholderSymbol;
        }

        public String module() {
            return module;
        }

        public String symbol() {
            return symbol;
        }

        public String key() {
            return key;
        }
    }

    private static final Pattern BOLD_TAG = Pattern.compile("(?i)</?b>");

    private final StringPool pool;
    private final OffsetStrings offsets = new OffsetStrings();
    private final TextTable<FrameName> table = new TextTable<>();
    /** Reads {@link #symbolKey}'s text; made on first use. */
    private FunctionText loneFunction;
    private final LineText loneLine = new LineText();
    private final LineText joinedLine = new LineText();
    private final TextTable.Factory<FrameName> newName = this::newName;

    FrameNames(StringPool pool) {
        this.pool = pool;
    }

    /** The names printed from {@code start} to {@code end}: {@code MODULE!Symbol}, or {@code MODULE} alone. */
    public FrameName get(LineText line, int start, int end) {
        return table.get(line, start, end, newName);
    }

    private FrameName newName(LineText line, int start, int end) {
        // A module name has no '!': the first one ends it.
        int bang = line.indexOf('!', start, end);
        String module = pool.get(line, start, bang < 0 ? end : bang);
        String symbol = bang < 0 ? null : pool.get(withoutBoldTags(pool.get(line, bang + 1, end)));
        return new FrameName(module, symbol, pool.get(FrameKeys.key(module, symbol)));
    }

    /** {@code <B>MtaQueueAdd</B>} -> {@code MtaQueueAdd}: plain-text KB articles keep the HTML bold tags of the page. */
    static String withoutBoldTags(String symbol) {
        if (symbol.indexOf('<') < 0) {
            return symbol;
        }
        return BOLD_TAG.matcher(symbol).replaceAll("");
    }

    /**
     * The frame key of a function printed on its own, as in an exception record
     * ({@code ESE!Foo+0x118}), read the way a stack line is read so that it equals the key of that
     * function's frames; null when it names no symbol.
     */
    public String symbolKey(String functionText) {
        if (loneFunction == null) {
            loneFunction = new FunctionText(this);
        }
        loneLine.set(functionText.strip());
        return loneFunction.read(loneLine, 0) && loneFunction.symbol() != null ? loneFunction.key() : null;
    }

    /** The names of a frame whose symbol was wrapped onto the next line: {@code name}'s symbol and then {@code rest}. */
    public FrameName continued(FrameName name, String rest) {
        String joined = name.module() + "!" + name.symbol() + rest;
        joinedLine.set(joined);
        return get(joinedLine, 0, joined.length());
    }

    /** The normalized offset of that value: {@code 0x1c}, {@code -0x26}. */
    public String offset(long value, boolean negative) {
        return offsets.of(value, negative);
    }
}
