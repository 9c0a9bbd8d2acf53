package org.kbtriage.parser;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.kbtriage.model.Dump;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.Severity;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.parser.internal.DumpTextParser;
import org.kbtriage.parser.internal.LineReader;

/**
 * Parses crash-dump text into the triage model: WinDbg {@code k}/{@code kb}/{@code kv}/{@code kn}
 * (x86 and x64), {@code ~*kb} thread lists, {@code !analyze -v}, Dr. Watson logs, {@code lm}/
 * {@code lmv} module lists, kernel-debugger sessions, and the stack tables and symbol lists that
 * KB articles print, including frames wrapped onto two lines.
 *
 * <p>Files are streamed: memory grows with the number of frames, not with the file size. Frame
 * offsets are character offsets into the decoded text (byte-order mark removed, line ends kept as
 * they are), so an editor showing the decoded file can highlight a frame exactly.
 *
 * <p>An empty file is an error ({@link DumpReadException} "empty file"), not an empty dump: there
 * is nothing to show. A text without any stack gives a dump with the WARNING "no stack found".
 * Instances hold no state between calls; each call builds a new model on the calling thread.
 */
public final class DumpParser {

    private static final int PROGRESS_TICKS = 1000;

    public DumpParser() {
        // Stateless: every call reads on its own.
    }

    /**
     * Reads, decodes and parses a file. For a log holding several crashes (Dr. Watson appends
     * them) this is the last crash, with the INFO problem "N crashes in this log; showing the last".
     *
     * @param monitor progress and cancellation, may be null
     * @throws DumpReadException the file is missing, unreadable, empty or binary; the message says which
     * @throws OperationCanceledException the monitor was canceled
     */
    public Dump parse(Path file, IProgressMonitor monitor) throws DumpReadException {
        List<Dump> dumps = read(file, monitor, false);
        return dumps.get(dumps.size() - 1);
    }

    /** Like {@link #parse}, but returns every crash of a multi-crash log separately, in file order. */
    public List<Dump> parseAll(Path file, IProgressMonitor monitor) throws DumpReadException {
        return read(file, monitor, true);
    }

    /** Parses already-decoded text (a KB article's printed stack, a pasted dump). Never throws. */
    public Dump parseText(CharSequence text, String sourceName) {
        try {
            List<Dump> dumps = new DumpTextParser(false)
                    .parse(new LineReader(new StringReader(text.toString()), DumpTextParser.MAX_PARSED_LINE + 1), null);
            Dump dump = dumps.get(dumps.size() - 1);
            dump.setSourceFile(sourceName);
            dump.setSizeBytes(text.length());
            return dump;
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
    }

    private static List<Dump> read(Path file, IProgressMonitor monitor, boolean keepEveryCrash) throws DumpReadException {
        SubMonitor progress = SubMonitor.convert(monitor, "Parsing " + file.getFileName(), PROGRESS_TICKS);
        long size = sizeOf(file);
        if (size == 0) {
            throw new DumpReadException(file, "empty file");
        }
        try (CountingInputStream raw = new CountingInputStream(Files.newInputStream(file))) {
            byte[] head = raw.readNBytes(TextDecoding.SAMPLE_SIZE);
            TextDecoding.Encoding encoding = TextDecoding.detect(head, head.length);
            int binaryAt = TextDecoding.findBinaryData(head, head.length, encoding);
            if (binaryAt >= 0) {
                throw new DumpReadException(file, "not a text dump (binary data at byte " + binaryAt + ")");
            }
            if (head.length <= encoding.bomLength()) {
                throw new DumpReadException(file, "empty file (only a byte-order mark)");
            }
            InputStream text = new SequenceInputStream(
                    new ByteArrayInputStream(head, encoding.bomLength(), head.length - encoding.bomLength()), raw);
            LineReader lines = new LineReader(text, encoding.charset(), DumpTextParser.MAX_PARSED_LINE + 1);
            long[] reported = {0};
            List<Dump> dumps = new DumpTextParser(keepEveryCrash).parse(lines, characters -> {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                long ticks = Math.min(PROGRESS_TICKS, raw.count() * PROGRESS_TICKS / size);
                progress.worked((int) (ticks - reported[0]));
                reported[0] = ticks;
            });
            for (Dump dump : dumps) {
                dump.setSourceFile(file.toString());
                dump.setCharset(encoding.name());
                dump.setSizeBytes(size);
                if (!lines.lastLineEnded()) {
                    dump.getProblems().add(problem(lines.lineNumber(), "the last line has no line end (the file may be truncated)"));
                }
            }
            return dumps;
        } catch (IOException e) {
            throw new DumpReadException(file, "cannot read the file: " + describe(e), e);
        } catch (OutOfMemoryError e) {
            throw new DumpReadException(file, String.format(Locale.ROOT,
                    "not enough memory to hold the frames of this dump (the Java heap is limited to %.1f GB)",
                    Runtime.getRuntime().maxMemory() / (double) (1L << 30)), null);
        } catch (OperationCanceledException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw new DumpReadException(file, "cannot read the file: " + describe(e.getCause()), e);
        } catch (RuntimeException e) {
            throw new DumpReadException(file, "the parser failed: " + e, e);
        } finally {
            progress.done();
        }
    }

    private static long sizeOf(Path file) throws DumpReadException {
        if (Files.isDirectory(file)) {
            throw new DumpReadException(file, "is a directory, not a dump file");
        }
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new DumpReadException(file, "no such file", e);
        } catch (IOException e) {
            throw new DumpReadException(file, "cannot read the file: " + describe(e), e);
        }
    }

    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static ParseProblem problem(int line, String message) {
        ParseProblem problem = TriageFactory.eINSTANCE.createParseProblem();
        problem.setLine(line);
        problem.setSeverity(Severity.INFO);
        problem.setMessage(message);
        return problem;
    }

    /** Counts the bytes read, for progress in proportion to the file size. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
