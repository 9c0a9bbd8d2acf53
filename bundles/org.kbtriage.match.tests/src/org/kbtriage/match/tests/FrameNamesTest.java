package org.kbtriage.match.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.kbtriage.match.frames.FrameNames;

class FrameNamesTest {

    @Test
    void modulesLoseTheirExtensionAndKernelImagesShareOneName() {
        assertEquals("mapi32", FrameNames.module("MAPI32.dll"));
        assertEquals("store", FrameNames.module("STORE.EXE"));
        assertEquals("nt", FrameNames.module("ntkrnlmp"));
        assertEquals("nt", FrameNames.module("NTOSKRNL.EXE"));
        assertEquals("hal", FrameNames.module("halmps"));
        assertNull(FrameNames.module("  "));
    }

    @Test
    void symbolsLoseOffsetsDecorationAndLeadingUnderscore() {
        assertEquals("mapiallocatebuffer", FrameNames.symbol("MAPIAllocateBuffer+0x28"));
        assertEquals("kitrap0e", FrameNames.symbol("_KiTrap0E"));
        assertEquals("ntclose", FrameNames.symbol("_NtClose@4"));
        assertEquals("rpc_interface::dispatchtostub", FrameNames.symbol("?DispatchToStub@RPC_INTERFACE@@QAEJPAU_RPC_MESSAGE@@IPAJ@Z"));
        assertEquals("omsg::ecfixconversationprops", FrameNames.symbol("OMSG__EcFixConversationProps"));
        assertEquals("__ascii_stricmp", FrameNames.symbol("__ascii_stricmp"));
    }

    @Test
    void framesWithoutAFunctionHaveNoSymbol() {
        assertNull(FrameNames.symbol("<nosymbols>"));
        assertNull(FrameNames.symbol("0x1234"));
        assertNull(FrameNames.symbol(""));
        assertNull(FrameNames.symbol(null));
    }
}
