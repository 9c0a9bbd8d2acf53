package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.parser.DumpParser;

/** {@code ~*kb}: every thread read, the {@code #} thread is the crashing one. */
class ThreadListLayoutTest {

    private final String text = Fixtures.text("thread-list.txt");
    private final DumpParser parser = new DumpParser();

    @Test
    void readsEveryThreadWithItsIds() {
        Dump dump = parser.parseText(text, "threads.txt");
        assertEquals(List.of("0", "1", "2", "3"), dump.getThreads().stream().map(DumpThread::getId).toList());
        assertEquals(List.of("5ec", "604", "61c", "7a0"), dump.getThreads().stream().map(DumpThread::getSystemId).toList());
        assertEquals(List.of(4, 2, 4, 2), dump.getThreads().stream().map(t -> t.getFrames().size()).toList());
        assertTrue(dump.getLayouts().contains(DumpLayout.THREAD_LIST));
        Fixtures.assertFrame(text, dump.getThreads().get(1).getFrames().get(1), "PRINTQ", "PollSpooler", "0x2d",
                "printq!pollspooler", "PRINTQ!PollSpooler+0x2d", 0);
    }

    @Test
    void theThreadMarkedWithHashCrashed() {
        DumpThread crashing = Frames.crashing(parser.parseText(text, "threads.txt"));
        assertEquals("2", crashing.getId());
        assertEquals("printq!cjoblist::unlink", crashing.getFrames().get(0).getKey());
    }

    @Test
    void withoutHashTheExceptionEventNamesTheThread() {
        String withoutHash = "(5e8.7a0): Access violation - code c0000005 (first chance)\n" + text.replace("#  2  Id:", "   2  Id:");
        DumpThread crashing = Frames.crashing(parser.parseText(withoutHash, "threads.txt"));
        assertEquals("3", crashing.getId());
        assertEquals("thread of the exception event 7a0", crashing.getCrashingReason());
    }

    @Test
    void withoutAnyEvidenceTheCurrentThreadCrashed() {
        DumpThread crashing = Frames.crashing(parser.parseText(text.replace("#  2  Id:", "   2  Id:"), "threads.txt"));
        assertEquals("0", crashing.getId());
    }

    @Test
    void withoutThreadHeadersTheStackHoldingTheFaultingFunctionCrashed() {
        String idle = """
                ChildEBP RetAddr  Args to Child
                0012fe34 7c90d85c 7c8023ed 00000000 0012fe68 ntdll!KiFastSystemCallRet
                0012fe9c 0040118c 00000264 ffffffff 00000000 kernel32!WaitForSingleObjectEx+0xa8
                0012ff80 00401a2e 00000001 00000000 00000000 labelsvc!ServiceMain+0x8c
                """;
        String faulting = """
                ChildEBP RetAddr  Args to Child
                0271fd9c 6c3a1e02 00c41e60 00000001 0271fdc8 zebrafmt!CLabelLayout::MeasureGlyph+0x57
                0271fdc8 6c3a1b77 00c41e60 0271fe10 00000000 zebrafmt!CLabelLayout::Flow+0x1a2
                0271ffb4 7c80b713 00c3f8a8 00000000 00000000 labelsvc!PrintWorker+0x9e
                """;
        String event = """
                (2f0.7d4): Access violation - code c0000005 (first chance)
                eax=00000000 ebx=00c41e60 ecx=0012f6b0 edx=7c90e4f4 esi=00c41e60 edi=00000001
                eip=6c3a21f7 esp=0271fd80 ebp=0271fd9c iopl=0         nv up ei pl zr na pe nc
                zebrafmt!CLabelLayout::MeasureGlyph+0x57:
                6c3a21f7 8b4804          mov     ecx,dword ptr [eax+4] ds:0023:00000004=????????
                """;
        String exr = """
                0:002> .exr -1
                ExceptionAddress: 6c3a21f7 (zebrafmt!CLabelLayout::MeasureGlyph+0x00000057)
                   ExceptionCode: c0000005 (Access violation)
                """;
        for (String text : List.of(event + "0:002> ~*e kb\n" + idle + faulting + idle,
                exr + "0:002> ~*e kb\n" + idle + idle + faulting)) {
            Dump dump = new DumpParser().parseText(text, "tilde-e.txt");
            DumpThread crashing = Frames.crashing(dump);
            assertEquals("zebrafmt!clabellayout::measureglyph", crashing.getFrames().get(0).getKey(), Frames.describe(dump));
            assertEquals("the only stack with the faulting function zebrafmt!clabellayout::measureglyph at its top",
                    crashing.getCrashingReason());
        }
    }
}
