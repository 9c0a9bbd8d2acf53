package org.kbtriage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kbtriage.report.tests.Sessions.OS_FRAMES;
import static org.kbtriage.report.tests.Sessions.frame;
import static org.kbtriage.report.tests.Sessions.thread;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.report.Signatures;

class SignaturesTest {

    @Test
    void skipsGenericFramesAndKeepsTheFirstFiveDistinctiveOnes() {
        Dump dump = Sessions.dump("a.txt");
        DumpThread crashing = dump.getThreads().get(1);
        assertEquals("jetdb!IlineSeekPageInternal | jetdb!ErrSeekPage | jetdb!ErrBTreeDown | jetdb | jetdb!ErrIsamSeek",
                Signatures.signature(crashing, OS_FRAMES));
    }

    @Test
    void withoutASkipListTheTopFramesCount() {
        DumpThread crashing = Sessions.dump("a.txt").getThreads().get(1);
        assertEquals("ntdll!RtlpWaitForCriticalSection | jetdb!IlineSeekPageInternal",
                Signatures.signature(crashing, Signatures.NO_GENERIC_FRAMES, 2));
    }

    @Test
    void modulesCompareWithoutCaseOrExtensionSoLayoutsAgree() {
        DumpThread windbg = thread("0", true, frame(0, "EXCDO", "CMsg::Save", "0x10"), frame(1, "MAPI32", null, "0x44"));
        DumpThread watson = thread("0", true, frame(0, "excdo.dll", "CMsg::Save", "0x10"), frame(1, "mapi32.DLL", null, "0x90"));
        assertEquals(Signatures.signature(windbg, OS_FRAMES), Signatures.signature(watson, OS_FRAMES));
        assertEquals("excdo!CMsg::Save | mapi32", Signatures.signature(watson, OS_FRAMES));
    }

    @Test
    void aRunOfSymbolLessFramesOfOneModuleCountsOnce() {
        DumpThread thread = thread("0", true, frame(0, "VENDOR", null, "0x10"), frame(1, "VENDOR", null, "0x20"),
                frame(2, "VENDOR", null, "0x30"), frame(3, "APP", "main", "0x5"), frame(4, "VENDOR", null, "0x40"));
        assertEquals("vendor | app!main | vendor", Signatures.signature(thread, OS_FRAMES));
    }

    @Test
    void bareAddressesAreNoPartOfASignature() {
        DumpThread thread = thread("0", true, frame(0, null, null, null), frame(1, "APP", "main", "0x5"));
        assertEquals("app!main", Signatures.signature(thread, OS_FRAMES));
    }

    @Test
    void aStackOfGenericFramesOnlyIsSignedByThoseFrames() {
        DumpThread thread = thread("0", true, frame(0, "ntdll", "NtWaitForSingleObject", "0xb"),
                frame(1, "KERNEL32", "WaitForSingleObjectEx", "0x71"));
        assertEquals("ntdll!NtWaitForSingleObject | kernel32!WaitForSingleObjectEx", Signatures.signature(thread, OS_FRAMES));
    }

    @Test
    void aDumpWithoutStackHasTheEmptySignature() {
        Dump dump = TriageFactory.eINSTANCE.createDump();
        assertEquals(Signatures.EMPTY, Signatures.signature(dump, OS_FRAMES));
        dump.getThreads().add(thread("0", false));
        assertEquals(Signatures.EMPTY, Signatures.signature(dump, OS_FRAMES));
    }

    @Test
    void theCrashingThreadIsTheMarkedOneElseTheFirstWithFrames() {
        Dump dump = Sessions.dump("a.txt");
        assertSame(dump.getThreads().get(1), Signatures.crashingThread(dump).orElseThrow());
        dump.getThreads().get(1).setCrashing(false);
        assertSame(dump.getThreads().get(0), Signatures.crashingThread(dump).orElseThrow());
        assertTrue(Signatures.signature(dump, OS_FRAMES).startsWith("ntdll!ZwRemoveIoCompletion"));
    }
}
