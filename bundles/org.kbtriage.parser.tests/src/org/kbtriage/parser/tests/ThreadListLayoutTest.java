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
}
