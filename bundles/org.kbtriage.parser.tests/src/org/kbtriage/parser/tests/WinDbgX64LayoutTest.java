package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/** WinDbg x64 {@code kn} (backtick addresses, inline frames, source lines) and {@code kb} with {@code :} columns. */
class WinDbgX64LayoutTest {

    private final String text = Fixtures.text("windbg-x64.txt");
    private final Dump dump = new DumpParser().parseText(text, "windbg-x64.txt");

    @Test
    void readsChildSpRetAddrCallSite() {
        DumpThread crashing = Frames.crashing(dump);
        assertEquals("7", crashing.getId());
        List<StackFrame> frames = crashing.getFrames();
        assertEquals(6, frames.size());
        StackFrame top = frames.get(0);
        Fixtures.assertFrame(text, top, "BILLCORE", "CInvoice::AddLine", "0x3e", "billcore!cinvoice::addline",
                "BILLCORE!CInvoice::AddLine+0x3e", 0);
        assertEquals("00000000`0223f6d0", top.getAddresses().stackPointer());
        assertNull(top.getAddresses().framePointer());
        assertEquals("000007fe`f3a42d17", top.getAddresses().returnAddress());
        assertEquals("e:\\src\\billing\\invoice.cpp", top.getSourceFile());
        assertEquals(412, top.getSourceLine());
        assertEquals(List.of(DumpLayout.WINDBG_X64), dump.getLayouts());
    }

    @Test
    void marksInlineFramesWithoutAddresses() {
        StackFrame inline = Frames.crashing(dump).getFrames().get(1);
        assertTrue(inline.isInline());
        assertNull(inline.getAddresses().stackPointer());
        assertNull(inline.getAddresses().returnAddress());
        Fixtures.assertFrame(text, inline, "BILLCORE", "CInvoice::Recalculate", "0x1a", "billcore!cinvoice::recalculate",
                "BILLCORE!CInvoice::Recalculate+0x1a", 0);
        assertFalse(Frames.crashing(dump).getFrames().get(2).isInline());
    }

    @Test
    void readsArgumentsBetweenColons() {
        DumpThread listener = dump.getThreads().get(1);
        assertEquals("3", listener.getId());
        StackFrame frame = listener.getFrames().get(2);
        Fixtures.assertFrame(text, frame, "BILLCORE", "CQueueListener::Listen", "0x60", "billcore!cqueuelistener::listen",
                "BILLCORE!CQueueListener::Listen+0x60", 0);
        assertEquals(List.of("00000000`00316f80", "00000000`00000000", "00000000`00000000", "00000000`00000000"),
                frame.getAddresses().arguments());
        assertEquals("000007fe`f3a41c2e", dump.getException().getAddress());
        assertEquals("BILLCORE", dump.getException().getModule());
    }
}
