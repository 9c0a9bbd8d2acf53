package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/** A stack wrapped at 79 columns inside an e-mail: functions on the next line, C++ names split, cut notes. */
class WrappedFramesTest {

    private final String text = Fixtures.text("wrapped.txt");
    private final Dump dump = new DumpParser().parseText(text, "mail.txt");

    @Test
    void joinsAddressLinesWithTheFunctionOnTheNextLine() {
        DumpThread crashing = Frames.crashing(dump);
        assertEquals(List.of("faxgate!cfaxrouter::dispatchinbound", "faxgate!cfaxrouter::routetomailbox",
                "faxgate!cinboundjob::`scalar deleting destructor'", "faxgate!jobthreadproc", "kernel32!basethreadstart"),
                Frames.keys(crashing));
        StackFrame first = crashing.getFrames().get(0);
        Fixtures.assertFrame(text, first, "FAXGATE", "CFaxRouter::DispatchInbound", "0x8a",
                "faxgate!cfaxrouter::dispatchinbound", "FAXGATE!CFaxRouter::DispatchInbound+0x8a", 0);
        assertEquals("0213fd2c", first.getAddresses().framePointer());
        assertEquals(List.of("00000000", "0213fd64", "0213fe08"), first.getAddresses().arguments());
    }

    @Test
    void joinsANameSplitAfterTheScopeOperator() {
        StackFrame split = Frames.crashing(dump).getFrames().get(1);
        assertEquals("CFaxRouter::RouteToMailbox", split.getSymbol());
        assertEquals("0x13c", split.getOffset());
        int start = text.indexOf("FAXGATE!CFaxRouter::\n");
        assertEquals(start, split.getStartOffset());
        assertEquals(text.indexOf("RouteToMailbox+0x13c") + "RouteToMailbox+0x13c".length(), split.getEndOffset());
        assertEquals(Fixtures.lineOf(text, start), split.getLine());
    }

    @Test
    void joinsAQuotedNameWrappedAtItsSpace() {
        StackFrame destructor = Frames.crashing(dump).getFrames().get(2);
        assertEquals("CInboundJob::`scalar deleting destructor'", destructor.getSymbol());
        assertEquals("0x1e", destructor.getOffset());
        assertEquals("0213fd80", destructor.getAddresses().framePointer());
    }

    @Test
    void skipsNotesCutOntoTheirOwnLines() {
        StackFrame last = Frames.crashing(dump).getFrames().get(4);
        Fixtures.assertFrame(text, last, "KERNEL32", "BaseThreadStart", "0x52", "kernel32!basethreadstart",
                "KERNEL32!BaseThreadStart+0x52", 0);
        assertEquals(1, dump.getThreads().size());
    }

    @Test
    void joinsAnOffsetWrappedOntoTheNextLine() {
        String article = String.join("\r\n",
                "  FramePtr  RetAddr   Param1   Param2   Param3   Function Name",
                "  0086fe14  77e1a2c0  00000000 0086fe48 00000001",
                "  FAXSVC!?DispatchCall@CRpcEndpoint@@QAEJPAU_CALL_INFO@@@Z+",
                "   0xd6",
                "  0086fe48  77e1a3e1  0013c2a8 00000000 0086fe70",
                "  FAXSVC!?ReceiveCall@CRpcEndpoint@@QAEJXZ",
                "   +0xa4",
                "  0086fe70  00000000  00000001 00000000 00000000 KERNEL32!BaseThreadStart+0x52",
                "");
        Dump parsed = new DumpParser().parseText(article, "article");
        DumpThread thread = Frames.crashing(parsed);
        assertEquals(List.of("faxsvc!?dispatchcall@crpcendpoint@@qaejpau_call_info@@@z",
                "faxsvc!?receivecall@crpcendpoint@@qaejxz", "kernel32!basethreadstart"), Frames.keys(thread));
        StackFrame first = thread.getFrames().get(0);
        assertEquals("0xd6", first.getOffset());
        assertEquals(article.indexOf("FAXSVC!?Dispatch"), first.getStartOffset());
        assertEquals(article.indexOf("0xd6") + 4, first.getEndOffset());
        assertEquals("0xa4", thread.getFrames().get(1).getOffset());
        assertEquals("0086fe48", thread.getFrames().get(1).getAddresses().framePointer());
    }
}
