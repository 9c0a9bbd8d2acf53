package org.kbtriage.match.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.StackFrame;

class SkipListTest {

    private final SkipList defaults = SkipList.defaults();

    private static StackFrame frame(String module, String symbol) {
        StackFrame frame = Fixtures.thread("0", true, module + (symbol == null ? "+0x10" : "!" + symbol)).getFrames().get(0);
        return frame;
    }

    @Test
    void osPlumbingIsGeneric() {
        assertTrue(defaults.isGeneric(frame("ntdll", "RtlAllocateHeap+0x67a")));
        assertTrue(defaults.isGeneric(frame("NTDLL", "RtlpFindAndCommitPages")));
        assertTrue(defaults.isGeneric(frame("KERNEL32", "BaseThreadStart")));
        assertTrue(defaults.isGeneric(frame("KERNEL32.dll", "UnhandledExceptionFilter+0x2b5")));
        assertTrue(defaults.isGeneric(frame("ntdll", "KiUserExceptionDispatcher")));
        assertTrue(defaults.isGeneric(frame("kernel32", "WaitForSingleObjectEx")));
        assertTrue(defaults.isGeneric(frame("RPCRT4", "?DispatchToStub@RPC_INTERFACE@@QAEJPAU_RPC_MESSAGE@@IPAJ@Z+0x41")));
        assertTrue(defaults.isGeneric(frame("RPCRT4", "NdrStubCall2")));
        assertTrue(defaults.isGeneric(frame("ntkrnlmp", "KeBugCheckEx")));
        assertTrue(defaults.isGeneric(frame("faultrep", null)));
    }

    @Test
    void applicationAndUnusualOsFramesAreNot() {
        assertFalse(defaults.isGeneric(frame("MAPI32", "MAPIAllocateBuffer")));
        assertFalse(defaults.isGeneric(frame("EMSMTA", "HrStrAToStrW")));
        assertFalse(defaults.isGeneric(frame("ntdll", "LdrpWalkImportDescriptor")));
        assertFalse(defaults.isGeneric(frame("RPCRT4", "OSF_SCONNECTION__DispatchPacket")));
        assertFalse(defaults.isGeneric(frame("store", null)));
    }

    @Test
    void aUserFileAddsAndRemovesRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("skip.txt");
        Files.writeString(file, "# site rules\nstore!ecrpc\n-ntdll!rtl(p)?\\w*heap\\w*\n");

        SkipList edited = defaults.withOverrides(file);

        assertTrue(edited.isGeneric(frame("STORE", "EcRpc+0x12")));
        assertFalse(edited.isGeneric(frame("ntdll", "RtlAllocateHeap")));
        assertTrue(edited.isGeneric(frame("KERNEL32", "BaseThreadStart")));
        assertFalse(defaults.isGeneric(frame("STORE", "EcRpc")), "the defaults are not changed");
    }

    @Test
    void aBrokenRuleIsReportedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("skip.txt");
        Files.writeString(file, "store!ecrpc\nstore!(unclosed\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> defaults.withOverrides(file));

        assertTrue(e.getMessage().contains("skip.txt, line 2"), e.getMessage());
    }
}
