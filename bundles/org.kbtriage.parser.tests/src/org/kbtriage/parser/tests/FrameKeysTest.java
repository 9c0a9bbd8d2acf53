package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.kbtriage.parser.FrameKeys;

class FrameKeysTest {

    @Test
    void lowerCaseWithoutExtensionAndOffset() {
        assertEquals("store!ecrpc", FrameKeys.key("STORE.EXE", "EcRpc"));
        assertEquals("kernel32!basethreadstart", FrameKeys.key("KERNEL32.dll", "BaseThreadStart"));
        assertEquals("scanflt!scfcompleteread", FrameKeys.key("scanflt.sys", "ScfCompleteRead"));
        assertEquals("ordsvc!corderqueue::pop", FrameKeys.key("ORDSVC", "COrderQueue::Pop"));
    }

    @Test
    void stdcallAndFastcallDecorationIsDropped() {
        assertEquals("kernel32!basethreadstart", FrameKeys.key("kernel32", "_BaseThreadStart@8"));
        assertEquals("mapi32!hrgetprops", FrameKeys.key("MAPI32", "@HrGetProps@8"));
        assertEquals("msvcrt!_endthreadex", FrameKeys.key("msvcrt", "_endthreadex"));
        assertEquals("ordsvc!?pop@corderqueue@@qaepavcorder@@xz", FrameKeys.key("ORDSVC", "?Pop@COrderQueue@@QAEPAVCOrder@@XZ"));
        assertEquals("ordsvc!_a@b@4", FrameKeys.key("ORDSVC", "_a@b@4"));
    }

    @Test
    void moduleOnlyWithoutSymbolAndNothingWithoutModule() {
        assertEquals("ordplug", FrameKeys.key("ORDPLUG", null));
        assertNull(FrameKeys.key(null, null));
        assertEquals("msvcrt", FrameKeys.key("msvcrt.dll", " "));
    }

    @Test
    void theLoadAddressWinDbgAppendsToATwiceLoadedNameIsDropped() {
        assertEquals("mapi32!mapiallocatebuffer", FrameKeys.key("MAPI32_6fa80000", "MAPIAllocateBuffer"));
        assertEquals("billcore!cinvoice::post", FrameKeys.key("billcore_000007fef3a40000", "CInvoice::Post"));
        assertEquals("ord_v2", FrameKeys.key("ORD_V2", null), "a name's own underscore stays");
        assertEquals("ord_2001cafe1", FrameKeys.key("ord_2001cafe1", null), "nine digits are no load address");
    }
}
