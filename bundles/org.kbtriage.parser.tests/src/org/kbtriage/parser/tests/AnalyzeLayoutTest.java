package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.parser.DumpParser;

/** {@code !analyze -v}: the STACK_TEXT is the crashing stack; the bucket and name fields fill the dump. */
class AnalyzeLayoutTest {

    private final String text = Fixtures.text("analyze.txt");
    private final Dump dump = new DumpParser().parseText(text, "analyze.txt");

    @Test
    void stackTextIsTheCrashingStack() {
        DumpThread crashing = Frames.crashing(dump);
        assertEquals("!analyze STACK_TEXT", crashing.getCrashingReason());
        assertEquals(List.of("inventsrv!cstockcache::lookup", "inventsrv!creorderpolicy::evaluate",
                "inventsrv!reorderthread", "kernel32!basethreadstart"), Frames.keys(crashing));
        Fixtures.assertFrame(text, crashing.getFrames().get(1), "inventsrv", "CReorderPolicy::Evaluate", "0x85",
                "inventsrv!creorderpolicy::evaluate", "inventsrv!CReorderPolicy::Evaluate+0x85", 0);
        assertFalse(dump.getThreads().get(1).isCrashing());
    }

    @Test
    void readsTheAnalysisFields() {
        assertEquals("NULL_CLASS_PTR_READ_c0000005_inventsrv.exe!CStockCache::Lookup", dump.getFailureBucketId());
        assertEquals("inventsrv", dump.getAnalyzeModuleName());
        assertEquals("inventsrv.exe", dump.getImageName());
        assertEquals("inventsrv.exe", dump.getProcessName());
        assertEquals("APPLICATION_FAULT_NULL_CLASS_PTR_READ", dump.getBugcheckStr());
        assertTrue(dump.getLayouts().contains(DumpLayout.ANALYZE));
    }

    @Test
    void readsTheExceptionFromRecordAndFaultingIp() {
        assertEquals("c0000005", dump.getException().getCode());
        assertEquals("1000b4c7", dump.getException().getAddress());
        assertEquals("inventsrv", dump.getException().getModule());
        assertEquals("Access violation", dump.getException().getDescription());
    }

    @Test
    void faultingIpSymbolLinesAreNotStacks() {
        assertEquals(2, dump.getThreads().size(), Frames.describe(dump));
    }
}
