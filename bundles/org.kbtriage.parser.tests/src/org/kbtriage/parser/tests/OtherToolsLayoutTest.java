package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/**
 * Stacks as other tools and people pass them on: Visual Studio's Call Stack window, a DebugDiag
 * analysis report, a WinDbg stack quoted back in an e-mail, addresses printed with {@code 0x},
 * the thread stacks that Process Explorer and Process Hacker copy.
 */
class OtherToolsLayoutTest {

    @Test
    void readsVisualStudioCallStacksWithAndWithoutSymbols() {
        String text = Fixtures.text("visual-studio.txt");
        Dump dump = new DumpParser().parseText(text, "visual-studio.txt");
        assertEquals(2, dump.getThreads().size(), Frames.describe(dump));
        DumpThread old = dump.getThreads().get(0);
        assertEquals(Arrays.asList("faxgate!cfaxjob::renderpage", "faxgate!cfaxjob::render", "faxgate!faxworkerproc",
                "kernel32", "ntdll"), Frames.keys(old));
        Fixtures.assertFrame(text, old.getFrames().get(0), "faxgate.dll", "CFaxJob::RenderPage", "0x4c",
                "faxgate!cfaxjob::renderpage", "faxgate.dll!CFaxJob::RenderPage(unsigned long nPage=3)  + 0x4c", 0);
        StackFrame noSymbols = old.getFrames().get(3);
        assertNull(noSymbols.getSymbol());
        assertEquals("0x7c80b713", noSymbols.getInstructionAddress());

        DumpThread recent = dump.getThreads().get(1);
        assertEquals(List.of("faxgate!cfaxjob::renderpage", "faxgate!cfaxjob::render", "faxgate!faxworkerproc"),
                Frames.keys(recent));
        assertNull(recent.getFrames().get(0).getOffset());
        assertEquals(412, recent.getFrames().get(0).getSourceLine());
    }

    @Test
    void readsADebugDiagThreadButNotTheFrameNamedInItsSummary() {
        String text = Fixtures.text("debugdiag.txt");
        Dump dump = new DumpParser().parseText(text, "debugdiag.txt");
        DumpThread crashing = Frames.crashing(dump);
        assertEquals(1, dump.getThreads().size(), Frames.describe(dump));
        assertEquals(List.of("zebradrv!zbprintband", "zebradrv!zbrenderpage", "printq!pqdespool", "msvcrt!_endthreadex",
                "kernel32!basethreadstart"), Frames.keys(crashing));
        Fixtures.assertFrame(text, crashing.getFrames().get(1), "zebradrv", "ZbRenderPage", "0x11c",
                "zebradrv!zbrenderpage", "zebradrv!ZbRenderPage+11c", 0);
    }

    @Test
    void readsAStackQuotedInAnEMailAndAddressesWithA0xPrefix() {
        String text = Fixtures.text("quoted-mail.txt");
        Dump dump = new DumpParser().parseText(text, "quoted-mail.txt");
        assertEquals(2, dump.getThreads().size(), Frames.describe(dump));
        DumpThread quoted = dump.getThreads().get(0);
        assertEquals(List.of("ordsvc!corderqueue::pop", "ordsvc!processnextorder", "ordsvc!workermain",
                "kernel32!basethreadstart"), Frames.keys(quoted));
        Fixtures.assertFrame(text, quoted.getFrames().get(2), "ORDSVC", "WorkerMain", "0x30", "ordsvc!workermain",
                "ORDSVC!WorkerMain+0x30", 0);
        assertEquals("0012fa4c", quoted.getFrames().get(2).getAddresses().framePointer());
        Fixtures.assertFrame(text, quoted.getFrames().get(3), "KERNEL32", "BaseThreadStart", "0x37",
                "kernel32!basethreadstart", "KERNEL32!BaseThreadStart+0x37", 0);

        DumpThread prefixed = dump.getThreads().get(1);
        assertEquals(List.of("ordsvc!corderqueue::pop", "ordsvc!processnextorder", "ordsvc!workermain"),
                Frames.keys(prefixed));
        assertEquals("0x0012f9e8", prefixed.getFrames().get(1).getAddresses().framePointer());
        assertEquals(List.of("0x0012fb2c"), prefixed.getFrames().get(1).getAddresses().arguments());
    }

    @Test
    void readsProcessHackerNumberedFramesWithFileNamesAsModules() {
        String text = "0, ntdll.dll!KiFastSystemCallRet\n1, kernel32.dll!WaitForSingleObjectEx+0xa8\n"
                + "2, labelsvc.exe!CSpooler::Poll+0x3c\n3, labelsvc.exe!ServiceMain+0x8c\n";
        Dump dump = new DumpParser().parseText(text, "process-hacker.txt");

        DumpThread thread = Frames.crashing(dump);
        assertEquals(List.of("ntdll!kifastsystemcallret", "kernel32!waitforsingleobjectex", "labelsvc!cspooler::poll",
                "labelsvc!servicemain"), Frames.keys(thread));
        assertEquals(2, thread.getFrames().get(2).getOrdinal());
        Fixtures.assertFrame(text, thread.getFrames().get(2), "labelsvc.exe", "CSpooler::Poll", "0x3c",
                "labelsvc!cspooler::poll", "labelsvc.exe!CSpooler::Poll+0x3c", 0);
    }
}
