package org.kbtriage.parser.internal;

import java.io.IOException;
import java.util.List;

import org.kbtriage.model.Dump;
import org.kbtriage.model.Severity;
import org.kbtriage.parser.layouts.Recognizers;

/**
 * The line loop: hands every line to the open stack table first (the common case in a big log),
 * then to the layout recognizers, then tries it as a stack line without a header. A line no one
 * takes ends the open table.
 */
public final class DumpTextParser {

    /** Lines are parsed up to this many characters; the rest of a longer line is skipped. */
    public static final int MAX_PARSED_LINE = 8192;

    /** Called every {@link #CHECKPOINT_LINES} lines: reports progress, may throw to cancel. */
    public interface Checkpoint {
        void reached(long charactersRead);
    }

    static final int CHECKPOINT_LINES = 4096;

    private final DumpAssembler assembler;
    private final ParseContext context;
    private final List<LineRecognizer> recognizers;
    private boolean reportedLongLine;

    public DumpTextParser(boolean keepEveryCrash) {
        assembler = new DumpAssembler(keepEveryCrash);
        context = new ParseContext(assembler);
        recognizers = Recognizers.all();
    }

    /** Reads every line; returns the crashes found (the last one only unless every crash is kept). */
    public List<Dump> parse(LineReader lines, Checkpoint checkpoint) throws IOException {
        int lineCount = 0;
        while (lines.next()) {
            lineCount = lines.lineNumber();
            if (lines.lineLength() > MAX_PARSED_LINE) {
                reportLongLine(lines);
                context.stacks().close();
                continue;
            }
            LineText text = lines.text();
            int quote = quotePrefixLength(text);
            if (quote > 0) {
                text.dropPrefix(quote);
            }
            context.moveTo(text, lineCount, lines.lineStart() + quote);
            try {
                readLine();
            } catch (RuntimeException e) {
                // One odd line must not cost the rest of the dump.
                context.stacks().close();
                assembler.problem(lineCount, Severity.ERROR, "line could not be parsed: " + e);
            }
            if (checkpoint != null && lineCount % CHECKPOINT_LINES == 0) {
                checkpoint.reached(lines.offset());
            }
        }
        context.stacks().endOfText();
        int crashes = assembler.crashCount();
        List<Dump> dumps = assembler.finish();
        for (Dump dump : dumps) {
            dump.setLineCount(lineCount);
        }
        if (crashes > 1 && dumps.size() == 1) {
            dumps.get(0).getProblems().add(0, problem(crashes + " crashes in this log; showing the last"));
        }
        return dumps;
    }

    private void readLine() {
        StackReader stacks = context.stacks();
        if (stacks.isOpen() && stacks.accept(context)) {
            return;
        }
        if (context.isBlank()) {
            stacks.acceptHeaderless(context);
            return;
        }
        for (LineRecognizer recognizer : recognizers) {
            if (recognizer.accept(context)) {
                return;
            }
        }
        stacks.acceptHeaderless(context);
    }

    /**
     * Length of an e-mail quote prefix ({@code > }, {@code >> }, {@code > > }): dumps are pasted
     * into mail and quoted back. Debuggers never start a line with {@code >}, and Visual Studio's
     * current-frame marker goes with it.
     */
    static int quotePrefixLength(LineText line) {
        int i = FrameLine.skipSpace(line, 0);
        if (i >= line.length() || line.charAt(i) != '>') {
            return 0;
        }
        int end = i;
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            end = i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t') ? i + 1 : i;
            // "> > " quotes twice; "> text" keeps the text's own indentation after the one space.
            int next = FrameLine.skipSpace(line, end);
            if (next < line.length() && line.charAt(next) == '>') {
                i = next;
            }
        }
        return end;
    }

    private void reportLongLine(LineReader lines) {
        if (!reportedLongLine) {
            reportedLongLine = true;
            assembler.problem(lines.lineNumber(), Severity.INFO, "line is " + lines.lineLength()
                    + " characters long; lines longer than " + MAX_PARSED_LINE + " characters are skipped");
        }
    }

    private static org.kbtriage.model.ParseProblem problem(String message) {
        org.kbtriage.model.ParseProblem problem = org.kbtriage.model.TriageFactory.eINSTANCE.createParseProblem();
        problem.setSeverity(Severity.INFO);
        problem.setMessage(message);
        return problem;
    }
}
