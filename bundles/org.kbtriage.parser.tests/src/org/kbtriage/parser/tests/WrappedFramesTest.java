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
        assertEquals("0213fd2c", first.getFramePointer());
        assertEquals(List.of("00000000", "0213fd64", "0213fe08"), first.getArguments());
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
        assertEquals("0213fd80", destructor.getFramePointer());
    }

    @Test
    void skipsNotesCutOntoTheirOwnLines() {
        StackFrame last = Frames.crashing(dump).getFrames().get(4);
        Fixtures.assertFrame(text, last, "KERNEL32", "BaseThreadStart", "0x52", "kernel32!basethreadstart",
                "KERNEL32!BaseThreadStart+0x52", 0);
        assertEquals(1, dump.getThreads().size());
    }
}
