package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/** WinDbg x86 {@code kv}, {@code kn}, {@code kp} and a second thread's {@code ~1kb}. */
class WinDbgX86LayoutTest {

    private final String text = Fixtures.text("windbg-x86.txt");
    private final Dump dump = new DumpParser().parseText(text, "windbg-x86.txt");

    @Test
    void readsTheKvStackWithNotesSymbolLessAndRawFrames() {
        DumpThread crashing = Frames.crashing(dump);
        assertEquals("0", crashing.getId());
        // The first prompt after "(9c4.a1c): Access violation" shows the event thread's number.
        assertEquals("a1c", crashing.getSystemId());
        assertEquals("thread of the exception event a1c", crashing.getCrashingReason());
        assertEquals(Arrays.asList("ordsvc!corderqueue::pop", "ordsvc!processnextorder", "ordplug", null,
                "ordsvc!workermain", "kernel32!basethreadstart"), Frames.keys(crashing));
        List<StackFrame> frames = crashing.getFrames();
        Fixtures.assertFrame(text, frames.get(0), "ORDSVC", "COrderQueue::Pop", "0x1f", "ordsvc!corderqueue::pop",
                "ORDSVC!COrderQueue::Pop+0x1f", 1);
        assertEquals("0012f9c4", frames.get(0).getAddresses().framePointer());
        assertEquals("00401b7e", frames.get(0).getAddresses().returnAddress());
        assertEquals(List.of("00163d48", "0012fa10", "00000000"), frames.get(0).getAddresses().arguments());
        Fixtures.assertFrame(text, frames.get(2), "ORDPLUG", null, "0x3284", "ordplug", "ORDPLUG+0x3284", 0);
        StackFrame raw = frames.get(3);
        assertNull(raw.getModule());
        assertEquals("0x12fab0", raw.getInstructionAddress());
        assertEquals(List.of("00000000", "00000000", "00000000"), raw.getAddresses().arguments());
        Fixtures.assertFrame(text, frames.get(4), "ORDSVC", "WorkerMain", "0x30", "ordsvc!workermain",
                "ORDSVC!WorkerMain+0x30", 0);
    }

    @Test
    void readsKpArgumentListsPrintedOneParameterALine() {
        String kp = Fixtures.text("windbg-kP.txt");
        DumpThread thread = Frames.crashing(new DumpParser().parseText(kp, "windbg-kP.txt"));
        assertEquals(List.of("ordsvc!corderqueue::pop", "ordsvc!processnextorder", "ordsvc!workermain",
                "kernel32!basethreadstart"), Frames.keys(thread));
        StackFrame pop = thread.getFrames().get(0);
        assertEquals("0x1f", pop.getOffset());
        assertEquals("d:\\src\\ordsvc\\queue.cpp", pop.getSourceFile());
        assertEquals(212, pop.getSourceLine());
        assertEquals(kp.indexOf("ORDSVC!COrderQueue::Pop("), pop.getStartOffset());
        assertEquals(kp.indexOf("0)+0x1f") + "0)+0x1f".length(), pop.getEndOffset());
        assertEquals("0x4e", thread.getFrames().get(1).getOffset());
        assertEquals(Fixtures.lineOf(kp, kp.indexOf("ORDSVC!WorkerMain(")), thread.getFrames().get(2).getLine());
    }

    @Test
    void readsNumberedFramesWithAnInlineFrame() {
        DumpThread kn = dump.getThreads().get(1);
        assertEquals(5, kn.getFrames().size());
        StackFrame inline = kn.getFrames().get(1);
        assertEquals(1, inline.getOrdinal());
        assertTrue(inline.isInline());
        Fixtures.assertFrame(text, inline, "ORDSVC", "COrderQueue::Front", null, "ordsvc!corderqueue::front",
                "ORDSVC!COrderQueue::Front", 0);
        assertEquals(4, kn.getFrames().get(4).getOrdinal());
        assertFalse(kn.getFrames().get(0).isInline());
    }

    @Test
    void readsKpArgumentsAndSourceLines() {
        StackFrame frame = dump.getThreads().get(2).getFrames().get(0);
        assertEquals("corderqueue::pop", frame.getKey().substring("ordsvc!".length()));
        assertEquals("0x1f", frame.getOffset());
        assertEquals("d:\\build\\ordsvc\\queue.cpp", frame.getSourceFile());
        assertEquals(214, frame.getSourceLine());
        assertTrue(Frames.covered(text, frame).startsWith("ORDSVC!COrderQueue::Pop(struct ORDER_ENTRY"));
        assertTrue(Frames.covered(text, frame).endsWith(")+0x1f"));
    }

    @Test
    void keepsTheSecondThreadApartFromTheCrash() {
        DumpThread timer = dump.getThreads().get(3);
        assertEquals("1", timer.getId());
        assertFalse(timer.isCrashing());
        assertEquals("ordsvc!timerthread", timer.getFrames().get(3).getKey());
    }

    @Test
    void readsTheExceptionRecord() {
        assertEquals("c0000005", dump.getException().getCode());
        assertEquals("00401a2f", dump.getException().getAddress());
        assertEquals("Access violation", dump.getException().getDescription());
        assertEquals("ORDSVC", dump.getException().getModule());
        assertEquals(List.of(DumpLayout.WINDBG_X86), dump.getLayouts());
        assertTrue(dump.getProblems().isEmpty(), () -> "unexpected problems " + dump.getProblems());
    }

    @Test
    void skipsTheFrameSizesOfKf() {
        String numbered = """
                0:004> knf
                 #   Memory  ChildEBP RetAddr
                00           0271fd9c 6c3a1e02 zebrafmt!CLabelLayout::MeasureGlyph+0x57
                01        2c 0271fdc8 6c3a1b77 zebrafmt!CLabelLayout::Flow+0x1a2
                02        48 0271fe10 0040233e zebrafmt!RenderLabel+0x47
                """;
        String unnumbered = numbered.replace("0:004> knf", "0:004> kf").replace(" #   Memory", "  Memory")
                .replaceAll("(?m)^0[0-2] ", "   ");
        for (String text : List.of(numbered, unnumbered)) {
            Dump dump = new DumpParser().parseText(text, "kf.txt");
            DumpThread thread = Frames.crashing(dump);
            assertEquals(List.of("zebrafmt!clabellayout::measureglyph", "zebrafmt!clabellayout::flow", "zebrafmt!renderlabel"),
                    Frames.keys(thread), text);
            StackFrame flow = thread.getFrames().get(1);
            assertEquals(1, flow.getOrdinal(), text);
            assertEquals("0271fdc8", flow.getAddresses().framePointer(), text);
            assertEquals("6c3a1b77", flow.getAddresses().returnAddress(), text);
        }
    }
}
