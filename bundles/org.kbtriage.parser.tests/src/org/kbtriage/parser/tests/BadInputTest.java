package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.Dump;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.Severity;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;
import org.kbtriage.parser.DumpReadException;

/** Files that are not (good) dumps: each gets a clear answer, never an unexpected exception. */
class BadInputTest {

    private static final String STACK = "0:000> kb\nChildEBP RetAddr  Args to Child\n"
            + "0012f9c4 00401b7e 00163d48 0012fa10 00000000 ORDSVC!COrderQueue::Pop+0x1f\n"
            + "0012f9e8 00401c9a 0012fb2c 00000001 7c80b683 ORDSVC!ProcessNextOrder+0x4e\n";

    private final DumpParser parser = new DumpParser();

    @TempDir
    Path folder;

    @Test
    void aBinaryFileIsNotATextDump() throws Exception {
        byte[] minidump = {'M', 'D', 'M', 'P', (byte) 0x93, (byte) 0xa7, 0, 0, 12, 0, 0, 0, 32, 0, 0, 0};
        Path file = Files.write(folder.resolve("crash.dmp"), minidump);
        DumpReadException e = assertThrows(DumpReadException.class, () -> parser.parse(file, null));
        assertEquals(file + ": not a text dump (binary data at byte 6)", e.getMessage());
        assertEquals(file, e.getFile());
    }

    @Test
    void anEmptyFileIsAnError() throws Exception {
        Path file = Files.write(folder.resolve("empty.txt"), new byte[0]);
        DumpReadException e = assertThrows(DumpReadException.class, () -> parser.parse(file, null));
        assertEquals(file + ": empty file", e.getMessage());
        Path bomOnly = Files.write(folder.resolve("bom.txt"), new byte[] {(byte) 0xff, (byte) 0xfe});
        assertTrue(assertThrows(DumpReadException.class, () -> parser.parse(bomOnly, null)).getMessage().endsWith("empty file (only a byte-order mark)"));
    }

    @Test
    void aMissingFileOrAFolderIsNamed() {
        Path missing = folder.resolve("nowhere.txt");
        assertEquals(missing + ": no such file", assertThrows(DumpReadException.class, () -> parser.parse(missing, null)).getMessage());
        assertEquals(folder + ": is a directory, not a dump file",
                assertThrows(DumpReadException.class, () -> parser.parse(folder, null)).getMessage());
    }

    @Test
    void textWithoutAStackGetsAWarning() throws Exception {
        Dump dump = parser.parse(Files.writeString(folder.resolve("notes.txt"), "Server restarted at 10:40.\nNo dump taken.\n"), null);
        assertTrue(dump.getThreads().isEmpty());
        ParseProblem problem = dump.getProblems().get(0);
        assertEquals("no stack found", problem.getMessage());
        assertEquals(Severity.WARNING, problem.getSeverity());
    }

    @Test
    void aTruncatedLastLineStillGivesItsFrame() throws Exception {
        String cut = STACK + "0012fa60 7c80b683 00000001 00342a50 00342ac8 ORDSVC!WorkerMa";
        Dump dump = parser.parse(Files.writeString(folder.resolve("cut.txt"), cut), null);
        List<StackFrame> frames = Frames.crashing(dump).getFrames();
        assertEquals(3, frames.size());
        assertEquals("ordsvc!workerma", frames.get(2).getKey());
        assertEquals(cut.length(), frames.get(2).getEndOffset());
        assertTrue(dump.getProblems().stream().anyMatch(p -> p.getMessage().contains("no line end")), dump.getProblems()::toString);
    }

    @Test
    void aHugeLineIsSkippedAndLaterOffsetsStayRight() throws Exception {
        String huge = "x".repeat(1 << 20);
        String text = "Comment: " + huge + "\r\n" + STACK.replace("\n", "\r\n");
        Path file = Files.write(folder.resolve("huge.txt"), text.getBytes(StandardCharsets.UTF_8));
        Dump dump = parser.parse(file, null);
        StackFrame first = Frames.crashing(dump).getFrames().get(0);
        Fixtures.assertFrame(text, first, "ORDSVC", "COrderQueue::Pop", "0x1f", "ordsvc!corderqueue::pop",
                "ORDSVC!COrderQueue::Pop+0x1f", 0);
        assertTrue(dump.getProblems().stream().anyMatch(p -> p.getLine() == 1 && p.getSeverity() == Severity.INFO));
    }

    @Test
    void aHugeLineInPastedTextIsSkippedToo() {
        Dump dump = parser.parseText("y".repeat(3_000_000) + "\n" + STACK, "pasted");
        assertEquals(2, Frames.crashing(dump).getFrames().size());
    }

    @Test
    void cancellationStopsTheParse() throws Exception {
        StringBuilder big = new StringBuilder();
        while (big.length() < 2_000_000) {
            big.append(STACK);
        }
        Path file = Files.writeString(folder.resolve("big.txt"), big);
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> parser.parse(file, monitor));
    }

    @Test
    void invalidUtf8IsReadAsWindows1252() throws Exception {
        byte[] latin = (STACK.replace("ORDSVC!ProcessNextOrder", "ORDSVC!Pr\u00fcfeOrder")).getBytes("windows-1252");
        Dump dump = parser.parse(Files.write(folder.resolve("latin.txt"), latin), null);
        assertEquals("windows-1252", dump.getCharset());
        assertEquals("Pr\u00fcfeOrder", Frames.crashing(dump).getFrames().get(1).getSymbol());
    }
}
