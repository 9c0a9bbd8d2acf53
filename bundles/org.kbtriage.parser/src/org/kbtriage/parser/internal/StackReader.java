package org.kbtriage.parser.internal;

import java.util.Arrays;

import org.eclipse.emf.common.util.BasicEList;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;

/**
 * Reads the frames of a stack table into a thread, whatever the debugger: frame lines, frames
 * wrapped onto two lines (addresses, then the function on the next line), C++ names split after
 * {@code ::}, and the notes between frames ({@code (FPO: ...)}, {@code WARNING: Stack unwind
 * ...}). A table opens at a header (or at a first frame line without one) and closes at the
 * first line that is none of these.
 */
public final class StackReader {

    /** What a stack table says about the crash. */
    public enum Role {
        PLAIN, ANALYZE, EXCEPTION_CONTEXT
    }

    private final DumpAssembler assembler;
    /** Scans every line, reused: a big log has millions. */
    private final FrameLine scanner;

    private boolean open;
    /** A bare symbol line outside any table: a stack only once a second frame follows. */
    private boolean tentative;
    private DumpLayout layout;
    private boolean wide;
    private DumpThread thread;
    /** The thread was started for this table (not announced by a thread header or state dump). */
    private boolean ownsThread;
    private FrameLine pendingAddresses;
    /**
     * The frames read since the table opened, given to the thread when it closes: one list
     * growth and one containment pass per stack instead of one per frame (a big log has millions).
     */
    private StackFrame[] tableFrames = new StackFrame[64];
    private int tableFrameCount;
    private StackFrame continuedFrame;
    private FunctionText continuedText;

    private String nextThreadId;
    private Role nextRole = Role.PLAIN;
    private Role role = Role.PLAIN;

    StackReader(DumpAssembler assembler) {
        this.assembler = assembler;
        this.scanner = new FrameLine(assembler.names());
    }

    /** The next stack printed belongs to this debugger thread (a prompt's {@code ~14kb}, {@code 0:032> kb}). */
    public void expectStack(String threadId, Role stackRole) {
        nextThreadId = threadId;
        nextRole = stackRole;
    }

    /** A table header was read: the frames that follow form one stack. */
    public void open(DumpLayout tableLayout, boolean wideAddresses) {
        open(tableLayout, wideAddresses, false, false);
    }

    /**
     * A table header was read that says whether frames are numbered ({@code #}) and whether each
     * frame's size is printed ({@code kf}'s {@code Memory} column).
     */
    public void open(DumpLayout tableLayout, boolean wideAddresses, boolean numbered, boolean frameSizes) {
        close();
        scanner.numbered = numbered;
        scanner.frameSizes = frameSizes;
        open = true;
        layout = tableLayout;
        wide = wideAddresses;
        role = nextRole;
        nextRole = Role.PLAIN;
        if (tableLayout != DumpLayout.SYMBOL_LIST) {
            assembler.addLayout(tableLayout);
        }
    }

    public boolean isOpen() {
        return open;
    }

    public void close() {
        if (tentative && thread != null && frameCount() < 2) {
            // One module!symbol line in prose or above a disassembly is a mention, not a stack.
            if (ownsThread) {
                assembler.dump().getThreads().remove(thread);
            } else {
                thread.getFrames().clear();
            }
            clearTableFrames();
        }
        giveFramesToThread();
        tentative = false;
        scanner.numbered = false;
        scanner.frameSizes = false;
        if (thread != null) {
            assembler.leaveThread();
        }
        open = false;
        thread = null;
        pendingAddresses = null;
        continuedFrame = null;
        continuedText = null;
    }

    /** Reads a line of an open table; false (and the table is closed) when the line is not part of it. */
    public boolean accept(ParseContext context) {
        LineText s = context.text();
        if (context.isBlank()) {
            pendingAddresses = null;
            continuedFrame = null;
            return true;
        }
        FrameLine line = scanner.scan(s);
        if (continuedFrame != null) {
            boolean bare = !line.hasColumns() && line.ordinal < 0 && !line.isAddressesOnly()
                    && (line.function == null || line.function.symbol() == null);
            StackFrame frame = continuedFrame;
            continuedFrame = null;
            if (bare && continuedText.appendContinuation(s, context.indent())) {
                completeContinuation(frame, context);
                return true;
            }
            continuedText = null;
        }
        if (pendingAddresses != null) {
            FrameLine addresses = pendingAddresses;
            pendingAddresses = null;
            FunctionText text = line.function;
            if (!line.hasColumns() && text != null && (text.module() != null || !text.trailingText)) {
                addFrame(addresses, text, context);
                return true;
            }
        }
        if (isFrame(line)) {
            addFrame(line, line.function, context);
            return true;
        }
        if (line.isAddressesOnly()) {
            pendingAddresses = line.detached();
            return true;
        }
        if (isNote(context)) {
            return true;
        }
        close();
        return false;
    }

    /**
     * Reads a line outside any table: a frame line (address columns and a module frame) or a
     * bare {@code module!symbol+0x..} line opens a table of its own (KB articles print stacks
     * without headers), as does an address-only line followed by a function line.
     */
    public boolean acceptHeaderless(ParseContext context) {
        if (context.isBlank()) {
            pendingAddresses = null;
            return false;
        }
        FrameLine line = scanner.scan(context.text());
        FrameLine addresses = pendingAddresses;
        pendingAddresses = null;
        FunctionText function = line.function;
        if (function != null && function.label && function.symbol() != null && !line.hasColumns()) {
            assembler.evidence().label(function.key());
            return false;
        }
        boolean cleanModuleFrame = line.hasModuleFrame() && !line.function.trailingText;
        if (addresses != null && !line.hasColumns() && cleanModuleFrame) {
            open(DumpLayout.KB_TABLE, addresses.wide);
            addFrame(addresses, line.function, context);
            return true;
        }
        if (cleanModuleFrame && (line.function.symbol() != null || line.hasColumns())) {
            boolean symbolsOnly = !line.hasColumns();
            open(symbolsOnly ? DumpLayout.SYMBOL_LIST : DumpLayout.KB_TABLE, line.wide);
            tentative = symbolsOnly;
            addFrame(line, line.function, context);
            return true;
        }
        if (line.isAddressesOnly()) {
            pendingAddresses = line.detached();
            return true;
        }
        return false;
    }

    /**
     * A frame line of the open table. A trailing colon after a frame with address columns is
     * noise, not a disassembly label; a bare {@code 0x...} needs columns (alone it is a wrapped
     * note); in a list of bare symbols found outside any table only a line that is nothing but a
     * frame counts ({@code Me!Notes.SelStart = 0} is code).
     */
    private boolean isFrame(FrameLine line) {
        FunctionText text = line.function;
        if (text == null) {
            return false;
        }
        boolean columns = line.hasColumns() || line.ordinal >= 0;
        if (text.module() == null) {
            return columns && !text.trailingText;
        }
        if (tentative && !columns && text.trailingText) {
            return false;
        }
        return !text.label || columns;
    }

    /** Debugger remarks that sit between frames and do not end the stack. */
    private static boolean isNote(ParseContext context) {
        LineText s = context.text();
        int i = context.indent();
        char c = s.charAt(i);
        if (c == '(' || c == '[') {
            return true;
        }
        if (s.startsWith("***", i) || s.startsWith("WARNING:", i) || s.startsWith("ERROR:", i)
                || s.startsWith("Unable to ", i) || s.startsWith("TrapFrame", i) || s.startsWith("Loading symbols", i)) {
            return true;
        }
        return s.indexOf('!', i) < 0 && closesMoreThanOpens(s, i);
    }

    /** The rest of a note cut by wrapping: {@code 0x72d7baf8] [4,30,4])}, {@code thiscall)}. */
    private static boolean closesMoreThanOpens(LineText s, int from) {
        int balance = 0;
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(' || c == '[') {
                balance++;
            } else if (c == ')' || c == ']') {
                balance--;
            }
        }
        return balance < 0;
    }

    /** The text ended: the frames of a table still open go to its thread. */
    public void endOfText() {
        giveFramesToThread();
    }

    private void giveFramesToThread() {
        if (tableFrameCount > 0) {
            ((BasicEList<StackFrame>) thread.getFrames()).addAllUnique(tableFrames, 0, tableFrameCount);
            clearTableFrames();
        }
    }

    private int frameCount() {
        return thread.getFrames().size() + tableFrameCount;
    }

    private void clearTableFrames() {
        Arrays.fill(tableFrames, 0, tableFrameCount, null);
        tableFrameCount = 0;
    }

    private void addFrame(FrameLine columns, FunctionText text, ParseContext context) {
        if (thread == null) {
            DumpThread announced = assembler.currentThread();
            thread = assembler.threadForStack(nextThreadId);
            ownsThread = thread != announced;
            nextThreadId = null;
            if (role == Role.ANALYZE) {
                assembler.evidence().analyzeStack(thread);
            } else if (role == Role.EXCEPTION_CONTEXT) {
                assembler.evidence().exceptionContextStack(thread);
            }
        }
        StackFrame frame = TriageFactory.eINSTANCE.createStackFrame();
        frame.setOrdinal(columns.ordinal >= 0 ? columns.ordinal : frameCount());
        frame.setModule(text.module());
        frame.setSymbol(text.symbol());
        frame.setOffset(text.offset());
        frame.setKey(text.key());
        // Setters only for values other than the defaults: a big log makes millions of frames.
        if (text.address != null) {
            frame.setInstructionAddress(text.address);
        }
        if (text.inline || columns.inline) {
            frame.setInline(true);
        }
        if (text.sourceFile != null || text.sourceLine != 0) {
            frame.setSourceFile(text.sourceFile);
            frame.setSourceLine(text.sourceLine);
        }
        setColumns(frame, columns);
        frame.setLine(context.lineNumber());
        frame.setStartOffset(context.lineStart() + text.start);
        frame.setEndOffset(context.lineStart() + text.end);
        if (tableFrameCount == tableFrames.length) {
            tableFrames = Arrays.copyOf(tableFrames, tableFrameCount * 2);
        }
        tableFrames[tableFrameCount++] = frame;
        if (layout == DumpLayout.SYMBOL_LIST && frameCount() == (tentative ? 2 : 1)) {
            assembler.addLayout(DumpLayout.SYMBOL_LIST);
        }
        if (text.continues) {
            continuedFrame = frame;
            // The scanner reuses its function text for the next line: keep a copy.
            continuedText = text.copy();
        }
    }

    private void completeContinuation(StackFrame frame, ParseContext context) {
        frame.setSymbol(continuedText.symbol());
        frame.setOffset(continuedText.offset());
        frame.setKey(continuedText.key());
        if (continuedText.sourceFile != null || continuedText.sourceLine != 0) {
            frame.setSourceFile(continuedText.sourceFile);
            frame.setSourceLine(continuedText.sourceLine);
        }
        // The range runs from the module on the first line to the offset on this one.
        frame.setEndOffset(context.lineStart() + continuedText.end);
        if (continuedText.continues) {
            continuedFrame = frame;
        } else {
            continuedText = null;
        }
    }

    private void setColumns(StackFrame frame, FrameLine columns) {
        if (columns.hasColumns()) {
            boolean stackPointer = wide || columns.wide || layout == DumpLayout.WINDBG_X64;
            frame.setAddresses(columns.addresses(stackPointer));
        }
    }

    /** The thread the open table writes to, null before its first frame; its frames are added when the table closes. */
    public DumpThread thread() {
        return thread;
    }

    public DumpLayout layout() {
        return layout;
    }
}
