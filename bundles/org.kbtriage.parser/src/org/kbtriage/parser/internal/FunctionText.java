package org.kbtriage.parser.internal;

/**
 * The "function" part of a stack frame as debuggers print it: {@code MODULE!Symbol+0xOffset},
 * {@code MODULE+0x3284} (no symbols), {@code 0x12fab0} / {@code +0x12fab0} (no module), with
 * what may follow it: {@code kp} arguments, {@code (FPO: ...)}, {@code (CONV: ...)},
 * {@code [omap]}, {@code [file @ line]}.
 *
 * <p>This is the parser's hot path, so it is a hand-written scanner rather than a regular
 * expression: one pass over the characters, no backtracking.
 */
public final class FunctionText {

    private static final int MAX_MODULE_LENGTH = 128;
    /** A {@code kP} argument list longer than this is an unclosed parenthesis, not arguments. */
    private static final int MAX_ARGUMENT_LINES = 32;
    private static final String BOLD = "<b>";
    private static final String BOLD_END = "</b>";

    /** Index in the line of the first character of the frame text (the module). */
    public int start;
    /** Index just past the offset (or the symbol when there is no offset). */
    public int end;
    /*
     * What was read is kept as the name table's entry and the offset's value, not as four strings:
     * the scanner writes these fields for every line of a big log, and a reference stored into this
     * long-lived object costs G1's write barriers more than a number does. The strings are looked
     * up only for the lines that become frames.
     */
    /** Module, symbol and key; null without a module. */
    private FrameNames.FrameName name;
    private boolean hasOffset;
    private boolean negativeOffset;
    private long offsetValue;
    /** An offset too long for a {@code long}, normalized; null otherwise. */
    private String longOffset;
    /** For frames without a module: the printed address. */
    public String address;
    public String sourceFile;
    public int sourceLine;
    public boolean inline;
    /** Followed by a colon: a disassembly label ({@code ESE!Foo+0x118:}), not a frame. */
    public boolean label;
    /** Text after the function that is not a debugger note. */
    public boolean trailingText;
    /** The line ends where the frame might go on: after a symbol without offset, or after a lone {@code +}. */
    public boolean continues;
    /** The symbol itself was cut (after {@code ::}, inside a decorated or quoted name). */
    private boolean symbolWrapped;
    /** A {@code +} (or {@code +0x}) ended the line: the offset digits are on the next one. */
    private boolean dangling;
    /** Parentheses of a {@code kP} argument list still open at the end of the line. */
    private int openArguments;
    private int argumentLines;
    /** Where module names, symbols and offsets come from: a big log repeats them. */
    private final FrameNames names;

    /** An empty function text that {@link #read} fills, one line after the other. */
    FunctionText(FrameNames names) {
        this.names = names;
    }

    /** A copy that keeps what was read from this line once the reader reuses this one for the next. */
    FunctionText copy() {
        FunctionText copy = new FunctionText(names);
        copy.start = start;
        copy.end = end;
        copy.name = name;
        copy.hasOffset = hasOffset;
        copy.negativeOffset = negativeOffset;
        copy.offsetValue = offsetValue;
        copy.longOffset = longOffset;
        copy.address = address;
        copy.sourceFile = sourceFile;
        copy.sourceLine = sourceLine;
        copy.inline = inline;
        copy.label = label;
        copy.trailingText = trailingText;
        copy.continues = continues;
        copy.symbolWrapped = symbolWrapped;
        copy.dangling = dangling;
        copy.openArguments = openArguments;
        copy.argumentLines = argumentLines;
        return copy;
    }

    public String module() {
        return name == null ? null : name.module();
    }

    /** The symbol; null when none was printed (or only a placeholder, {@code <nosymbols>}). */
    public String symbol() {
        return name == null ? null : name.symbol();
    }

    /** {@link org.kbtriage.parser.FrameKeys#key} of module and symbol; null without a module. */
    public String key() {
        return name == null ? null : name.key();
    }

    /** Normalized {@code 0x...} offset, lower case, without leading zeros; null when absent. */
    public String offset() {
        if (!hasOffset) {
            return null;
        }
        return longOffset != null ? longOffset : names.offset(offsetValue, negativeOffset);
    }

    private void clear() {
        start = 0;
        end = 0;
        name = null;
        hasOffset = false;
        longOffset = null;
        address = null;
        sourceFile = null;
        sourceLine = 0;
        inline = false;
        label = false;
        trailingText = false;
        continues = false;
        symbolWrapped = false;
        dangling = false;
        openArguments = 0;
        argumentLines = 0;
    }

    /** Reads the function text that begins at {@code from} into this object; false when none begins there. */
    boolean read(LineText s, int from) {
        clear();
        int n = s.length();
        if (from >= n) {
            return false;
        }
        char first = s.charAt(from);
        if (first == '+' || first == '0' && from + 1 < n && (s.charAt(from + 1) == 'x' || s.charAt(from + 1) == 'X')) {
            return readRawAddress(s, from);
        }
        if (first == '<' && s.startsWithIgnoreCase(BOLD, from)) {
            // Plain-text KB articles keep the HTML bold tags of the page: <B>MAPI32!HrFoo+0x1c</B>.
            return read(s, from + BOLD.length());
        }
        if (s.startsWith("<nosymbols>", from)) {
            start = from;
            end = from + "<nosymbols>".length();
            readNotes(s, end);
            return true;
        }
        int i = s.skip(from, CharClasses.MODULE);
        if (i == from || i - from > MAX_MODULE_LENGTH || i >= n) {
            return false;
        }
        char separator = s.charAt(i);
        start = from;
        if (separator == '+') {
            int offsetEnd = readOffset(s, i, false);
            if (offsetEnd < 0) {
                return false;
            }
            name = names.get(s, from, i);
            end = offsetEnd;
        } else if (separator == '!') {
            int symbolEnd = symbolEnd(s, i + 1);
            if (symbolEnd == i + 1) {
                return false;
            }
            name = names.get(s, from, symbolEnd);
            int j = symbolEnd;
            if (j < n && s.charAt(j) == '(' && !isNote(s, j)) {
                openArguments = unclosedParentheses(s, j);
                j = skipBalanced(s, j, '(', ')');
            }
            int offsetEnd = j < n && (s.charAt(j) == '+' || s.charAt(j) == '-') ? readOffset(s, j, s.charAt(j) == '-')
                    : readSpacedOffset(s, j);
            end = offsetEnd >= 0 ? offsetEnd : j;
            updateContinuation(s);
            if (name.placeholderSymbol()) {
                keepAddressSymbol();
                name = names.get(s, from, i);
            }
        } else {
            return false;
        }
        if (end < n && s.charAt(end) == ':' && (end + 1 >= n || s.charAt(end + 1) != ':')) {
            label = true;
            return true;
        }
        readNotes(s, end);
        return true;
    }

    /**
     * Appends what wrapping moved to the next line: the rest of a symbol ({@code Class::} /
     * {@code Method+0x12}, a decorated name, a quoted name) or just its offset ({@code +0x12}, or
     * {@code 0x12} after a {@code +} that ended the line). Returns false when the line is not that.
     */
    public boolean appendContinuation(LineText s, int from) {
        if (openArguments > 0) {
            return appendArguments(s, from);
        }
        if (dangling) {
            int offsetEnd = readOffset(s, from - 1, false);
            return offsetEnd >= 0 && finishContinuation(s, offsetEnd);
        }
        if (s.startsWith("+", from)) {
            int offsetEnd = readOffset(s, from, false);
            return offsetEnd >= 0 && finishContinuation(s, offsetEnd);
        }
        if (!symbolWrapped) {
            return false;
        }
        boolean quoted = insideQuote();
        int symbolEnd = symbolEnd(s, from, quoted);
        int bang = s.indexOf('!', from);
        if (symbolEnd == from || bang >= from && bang < symbolEnd) {
            return false;
        }
        // A quoted name ({@code `scalar deleting destructor'}) was wrapped at a space.
        name = names.continued(name, (quoted ? " " : "") + s.substring(from, symbolEnd));
        int j = symbolEnd;
        if (j < s.length() && s.charAt(j) == '(' && !isNote(s, j)) {
            j = skipBalanced(s, j, '(', ')');
        }
        boolean signed = j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-');
        int offsetEnd = signed ? readOffset(s, j, s.charAt(j) == '-') : -1;
        return finishContinuation(s, offsetEnd >= 0 ? offsetEnd : j);
    }

    /**
     * A line of the argument list that {@code kP} prints one parameter a line; the line that
     * closes it may carry the offset: {@code unsigned long cb = 0x2c)+0x118}.
     */
    private boolean appendArguments(LineText s, int from) {
        if (++argumentLines > MAX_ARGUMENT_LINES) {
            openArguments = 0;
            return false;
        }
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                openArguments++;
            } else if (c == ')' && --openArguments == 0) {
                int j = i + 1;
                boolean signed = j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-');
                int offsetEnd = signed ? readOffset(s, j, s.charAt(j) == '-') : -1;
                return finishContinuation(s, offsetEnd >= 0 ? offsetEnd : j);
            }
        }
        int last = s.length();
        while (last > from && (s.charAt(last - 1) == ' ' || s.charAt(last - 1) == '\t')) {
            last--;
        }
        end = last;
        continues = true;
        return true;
    }

    private static int unclosedParentheses(LineText s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return Math.max(depth, 0);
    }

    private boolean finishContinuation(LineText s, int newEnd) {
        end = newEnd;
        trailingText = false;
        updateContinuation(s);
        readNotes(s, end);
        return true;
    }

    /**
     * Whether the next line may hold the rest of this frame: the line ends right after a symbol
     * without an offset, or after a {@code +} whose offset went to the next line.
     */
    private void updateContinuation(LineText s) {
        int n = s.length();
        int rest = end;
        dangling = false;
        if (!hasOffset && rest < n && s.charAt(rest) == '+') {
            int afterPlus = rest + 1;
            if (s.startsWith("0x", afterPlus) || s.startsWith("0X", afterPlus)) {
                afterPlus += 2;
            }
            dangling = FrameLine.skipSpace(s, afterPlus) >= n;
            rest = dangling ? n : rest;
        }
        boolean atLineEnd = FrameLine.skipSpace(s, rest) >= n;
        String symbol = name.symbol();
        symbolWrapped = !hasOffset && atLineEnd && symbol != null
                && (symbol.endsWith("::") || insideQuote() || symbol.startsWith("?") && !symbol.endsWith("Z"));
        continues = !hasOffset && atLineEnd;
    }

    /** The symbol ends inside a {@code `quoted name'}: the line was wrapped in the middle of it. */
    private boolean insideQuote() {
        String symbol = name.symbol();
        return symbol.lastIndexOf('`') > symbol.lastIndexOf('\'');
    }

    /** {@code store!<nosymbols>} and {@code store!0x0048a274} name a module, not a symbol. */
    static boolean isPlaceholderSymbol(String symbol) {
        return symbol.equals("<nosymbols>") || isAddressSymbol(symbol);
    }

    /** {@code 0x0048a274}, or Visual Studio's bare {@code 7c80b713} ({@code kernel32.dll!7c80b713()}). */
    private static boolean isAddressSymbol(String symbol) {
        boolean prefixed = symbol.length() > 2 && (symbol.startsWith("0x") || symbol.startsWith("0X"))
                && CharClasses.allHex(symbol, 2, symbol.length());
        return prefixed || (symbol.length() == 8 || symbol.length() == 16) && CharClasses.allHex(symbol, 0, symbol.length());
    }

    /** Keeps the address that a {@linkplain #isPlaceholderSymbol placeholder symbol} may be as the frame's address. */
    private void keepAddressSymbol() {
        String symbol = name.symbol();
        if (isAddressSymbol(symbol)) {
            String lower = symbol.toLowerCase(java.util.Locale.ROOT);
            address = lower.startsWith("0x") ? lower : "0x" + lower;
        }
    }

    private boolean readRawAddress(LineText s, int from) {
        int i = from;
        if (s.charAt(i) == '+') {
            i++;
        }
        if (!s.startsWith("0x", i) && !s.startsWith("0X", i)) {
            return false;
        }
        int digits = i + 2;
        int j = digits;
        while (j < s.length() && (CharClasses.isHex(s.charAt(j)) || s.charAt(j) == '`')) {
            j++;
        }
        if (j == digits) {
            return false;
        }
        start = from;
        end = j;
        address = "0x" + s.substring(digits, j).replace("`", "").toLowerCase(java.util.Locale.ROOT);
        readNotes(s, j);
        return true;
    }

    /**
     * Reads the offset Visual Studio prints apart from the name, {@code  + 0x4c bytes}, from
     * {@code from} on; returns the index after the digits, or -1 when no such offset is there.
     */
    private int readSpacedOffset(LineText s, int from) {
        int plus = FrameLine.skipSpace(s, from);
        if (plus == from || plus >= s.length() || s.charAt(plus) != '+') {
            return -1;
        }
        int digits = FrameLine.skipSpace(s, plus + 1);
        if (digits == plus + 1 || !(s.startsWith("0x", digits) || s.startsWith("0X", digits))) {
            return -1;
        }
        return readOffset(s, digits - 1, false);
    }

    /**
     * Reads {@code +0x1c} or {@code +1c} at {@code plus} ({@code -0x26} when {@code negative});
     * returns the index after it, or -1. A wrapped offset has no sign of its own: {@code plus} is
     * then the character before the digits.
     */
    private int readOffset(LineText s, int plus, boolean negative) {
        int i = plus + 1;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            i += 2;
        }
        int digits = i;
        long value = 0;
        int digit;
        while (i < s.length() && (digit = CharClasses.hexDigit(s.charAt(i))) >= 0) {
            value = value << 4 | (digit & 0xf);
            i++;
        }
        if (i == digits) {
            return -1;
        }
        int significant = digits;
        while (significant < i - 1 && s.charAt(significant) == '0') {
            significant++;
        }
        hasOffset = true;
        negativeOffset = negative;
        offsetValue = value;
        longOffset = i - significant <= 16 ? null
                : (negative ? "-0x" : "0x") + s.substring(significant, i).toLowerCase(java.util.Locale.ROOT);
        return i;
    }

    /**
     * Where a symbol starting at {@code from} ends: at white space (except inside a quoted
     * {@code `scalar deleting destructor'} and after {@code operator}), at {@code +offset}, at
     * {@code (} of an argument list or note, or at a label colon.
     */
    private static int symbolEnd(LineText s, int from) {
        return symbolEnd(s, from, false);
    }

    private static int symbolEnd(LineText s, int from, boolean startQuoted) {
        int n = s.length();
        int angle = 0;
        boolean quoted = startQuoted;
        int i = from;
        while (i < n) {
            i = s.skip(i, CharClasses.PLAIN_SYMBOL);
            if (i >= n) {
                break;
            }
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                }
                i++;
                continue;
            }
            switch (c) {
                case '`' -> quoted = true;
                case '<' -> {
                    if (s.startsWithIgnoreCase("<br", i)) {
                        return i;
                    }
                    if (i + 1 < n && s.charAt(i + 1) != ' ' && s.charAt(i + 1) != '<') {
                        angle++;
                    }
                }
                case '>' -> {
                    if (angle > 0) {
                        angle--;
                    }
                }
                case ' ', '\t' -> {
                    if (angle == 0 && !endsWithOperator(s, from, i)) {
                        return i;
                    }
                }
                case '+' -> {
                    boolean offsetFollows = i + 1 >= n || CharClasses.isHex(s.charAt(i + 1)) || s.charAt(i + 1) == ' ';
                    if (angle == 0 && i > from && offsetFollows && !endsWithOperator(s, from, i)) {
                        return i;
                    }
                }
                case '(' -> {
                    if (angle == 0 && i > from && !endsWithOperator(s, from, i)) {
                        return i;
                    }
                }
                case '-' -> {
                    boolean negativeOffset = s.startsWith("-0x", i) && i + 3 < n && CharClasses.isHex(s.charAt(i + 3));
                    if (angle == 0 && i > from && negativeOffset && !endsWithOperator(s, from, i)) {
                        return i;
                    }
                }
                case ':' -> {
                    boolean doubleColon = i + 1 < n && s.charAt(i + 1) == ':' || i > from && s.charAt(i - 1) == ':';
                    if (!doubleColon) {
                        return i;
                    }
                }
                default -> {
                    // part of the symbol
                }
            }
            i++;
        }
        return i;
    }

    private static boolean endsWithOperator(LineText s, int from, int at) {
        return at - from >= 8 && s.startsWith("operator", at - 8);
    }

    /**
     * Reads what follows the frame: debugger notes, a source file and line, and the columns other
     * tools print after the function (argument values, Visual Studio's {@code bytes},
     * {@code Line 412} and tab-separated language column). Anything else is trailing text.
     */
    private void readNotes(LineText s, int from) {
        int n = s.length();
        int i = from;
        while (true) {
            boolean afterTab = false;
            while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
                afterTab |= s.charAt(i) == '\t';
                i++;
            }
            if (i >= n) {
                return;
            }
            char c = s.charAt(i);
            int tokenEnd = FrameLine.tokenEnd(s, i);
            if (isArgumentValue(s, i, tokenEnd) || hasOffset && tokenEnd == i + 5 && s.startsWith("bytes", i)) {
                i = tokenEnd;
            } else if (s.startsWith("Line ", i) && i + 5 < n && Character.isDigit(s.charAt(i + 5))) {
                i = readLineNumber(s, i + 5, n);
            } else if (afterTab) {
                return; // a further column of a tab-separated table
            } else if (c == '(') {
                if (s.startsWith("(Inline", i)) {
                    inline = true;
                }
                i = skipBalanced(s, i, '(', ')');
            } else if (c == '[') {
                int close = skipBalanced(s, i, '[', ']');
                readSource(s, i + 1, close - 1);
                i = close;
            } else if (c == '<' && (s.startsWithIgnoreCase("<br", i) || s.startsWithIgnoreCase(BOLD, i)
                    || s.startsWithIgnoreCase(BOLD_END, i))) {
                int close = s.indexOf('>', i);
                i = close < 0 ? n : close + 1;
            } else {
                trailingText = true;
                return;
            }
        }
    }

    /**
     * Reads the source line number whose digits start at {@code from} (up to {@code to}) into
     * {@link #sourceLine}, 0 when there are none; returns the index after the digits.
     */
    private int readLineNumber(LineText s, int from, int to) {
        int i = from;
        int number = 0;
        while (i < to && Character.isDigit(s.charAt(i)) && number < 100_000_000) {
            number = number * 10 + s.charAt(i) - '0';
            i++;
        }
        sourceLine = number;
        return i;
    }

    /** An argument value printed after the function: 8 or 16 hex digits, or 8`8. */
    private static boolean isArgumentValue(LineText s, int from, int to) {
        int length = to - from;
        if (length == 17 && s.charAt(from + 8) == '`') {
            return CharClasses.allHex(s, from, from + 8) && CharClasses.allHex(s, from + 9, to);
        }
        return (length == 8 || length == 16) && CharClasses.allHex(s, from, to);
    }

    /** {@code [d:\src\foo.cpp @ 123]}: the source file and line of the frame. */
    private void readSource(LineText s, int from, int to) {
        int at = s.indexOf(" @ ", from, s.length());
        if (at < 0 || at >= to) {
            return;
        }
        readLineNumber(s, at + 3, Math.min(to, s.length()));
        sourceFile = s.substring(from, at).strip();
    }

    private static boolean isNote(LineText s, int i) {
        return s.startsWith("(FPO", i) || s.startsWith("(CONV", i) || s.startsWith("(Inline", i);
    }

    private static int skipBalanced(LineText s, int open, char opening, char closing) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == opening) {
                depth++;
            } else if (c == closing && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }
}
