package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.parser.DumpParser;

/** Kernel-debugger prompts and bugchecks, and the stack tables and symbol lists that KB articles print. */
class KernelAndKbTableLayoutTest {

    private final String text = Fixtures.text("kernel.txt");
    private final Dump dump = new DumpParser().parseText(text, "kernel.txt");

    @Test
    void readsTheKernelStackAfterABangKbPrompt() {
        DumpThread crashing = Frames.crashing(dump);
        assertEquals(List.of("nt!kitrap0e", "scanflt!scfcompleteread", "scanflt!scfdispatchread", "nt!iofcalldriver"),
                Frames.keys(crashing));
        Fixtures.assertFrame(text, crashing.getFrames().get(1), "scanflt", "ScfCompleteRead", "0x41",
                "scanflt!scfcompleteread", "scanflt!ScfCompleteRead+0x41", 0);
        assertTrue(dump.getLayouts().containsAll(List.of(DumpLayout.KERNEL_DEBUGGER, DumpLayout.WINDBG_X86)));
    }

    @Test
    void readsTheBugcheck() {
        assertEquals("000000d1", dump.getException().getCode());
        assertEquals("Bugcheck 0xD1 (DRIVER_IRQL_NOT_LESS_OR_EQUAL)", dump.getException().getDescription());
        assertEquals("0xD1", dump.getBugcheckStr());
    }

    @Test
    void readsAFramePtrTableAndASymbolList() {
        DumpThread table = dump.getThreads().get(2);
        assertEquals(3, table.getFrames().size());
        assertEquals("f8957b04", table.getFrames().get(1).getAddresses().framePointer());
        Fixtures.assertFrame(text, table.getFrames().get(2), "scanflt", "ScfDispatchRead", "0xa4",
                "scanflt!scfdispatchread", "scanflt!ScfDispatchRead+0xa4", 1);
        DumpThread symbols = dump.getThreads().get(3);
        assertEquals(4, symbols.getFrames().size());
        Fixtures.assertFrame(text, symbols.getFrames().get(3), "nt", "IofCallDriver", "0x3f", "nt!iofcalldriver",
                "nt!IofCallDriver+0x3f", 1);
        assertTrue(dump.getLayouts().containsAll(List.of(DumpLayout.KB_TABLE, DumpLayout.SYMBOL_LIST)));
    }

    @Test
    void aSymbolMentionedInProseIsNotAStack() {
        Dump prose = new DumpParser().parseText("The crash is in\nscanflt!ScfCompleteRead+0x41\nwhen the scan runs.\n", "note");
        assertTrue(prose.getThreads().isEmpty(), Frames.describe(prose));
        assertEquals("no stack found", prose.getProblems().get(0).getMessage());
        Dump code = new DumpParser().parseText("Private Sub Check_Click()\n    Me!Notes.SetFocus\n    Me!Notes.SelStart = 0\n"
                + "    Me!Notes.SelLength = Len(Me!Notes)\nEnd Sub\n", "basic");
        assertTrue(code.getThreads().isEmpty(), Frames.describe(code));
    }

    @Test
    void theExceptionEventNamesAThreadOfAKernelProcessListingWhateverItsZeroPadding() {
        String listing = Fixtures.text("kernel-process.txt");
        Dump process = new DumpParser().parseText(listing, "kernel-process.txt");

        assertEquals(2, process.getThreads().size(), Frames.describe(process));
        DumpThread crashing = Frames.crashing(process);
        assertEquals("07d4", crashing.getId(), "event (2f0.7d4) is the thread of Cid 02f0.07d4");
        assertEquals("zebrafmt!clabellayout::measureglyph", crashing.getFrames().get(0).getKey());
        assertEquals("thread of the exception event 7d4", crashing.getCrashingReason());
    }
}
