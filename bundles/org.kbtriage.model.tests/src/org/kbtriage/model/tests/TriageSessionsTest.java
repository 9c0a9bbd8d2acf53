package org.kbtriage.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.Applicability;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriageSession;
import org.kbtriage.model.io.TriageSessions;
import org.kbtriage.model.values.AddressColumns;

class TriageSessionsTest {

    @TempDir
    Path dir;

    @Test
    void sessionRoundTripsThroughXmiWithFrameReferencesIntact() throws IOException {
        TriageSession session = newSession();
        Path file = dir.resolve("crash.triage");

        TriageSessions.save(session, file);
        TriageSession loaded = TriageSessions.load(file);

        Dump dump = loaded.getDump();
        assertEquals("mta.txt", dump.getSourceFile());
        assertEquals(List.of(DumpLayout.WINDBG_X86, DumpLayout.MODULE_LIST), dump.getLayouts());
        DumpThread thread = dump.getThreads().get(0);
        assertTrue(thread.isCrashing());
        assertEquals("mapi32!mapiallocatebuffer", thread.getFrames().get(1).getKey());
        assertEquals(AddressColumns.valueOf("0012f9c4 00401b7e 00163d48 --------"), thread.getFrames().get(1).getAddresses());
        assertEquals(AddressColumns.valueOf("sp:00000000`0223f6d0 000007fe`f3a42d17"), thread.getFrames().get(0).getAddresses());

        Match match = loaded.getMatches().get(0);
        assertSame(thread.getFrames().get(1), match.getMatchedFrames().get(0),
                "the matched frame must resolve to the dump's own frame");
        assertSame(loaded.getArticles().get(0), match.getArticle());
        assertEquals(Applicability.AFFECTED, match.getApplicability());
        assertEquals(0.87, match.getScore(), 1e-9);
    }

    @Test
    void savingReplacesAnExistingSessionAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("crash.triage");
        Files.writeString(file, "old content", StandardCharsets.UTF_8);

        TriageSessions.save(newSession(), file);

        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("mapi32!mapiallocatebuffer"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void loadingSomethingThatIsNotASessionNamesTheFile() throws IOException {
        Path file = dir.resolve("notes.triage");
        Files.writeString(file, "this is not XMI", StandardCharsets.UTF_8);

        IOException error = assertThrows(IOException.class, () -> TriageSessions.load(file));

        assertTrue(error.getMessage().contains("notes.triage"), error.getMessage());
        assertFalse(error.getMessage().isBlank());
    }

    @Test
    void aSessionSavedWithTheOldAddressAttributesLoadsWithItsColumns() throws IOException {
        Path file = writeSession("old.triage", """
                  <dump sourceFile="mta.txt">
                    <threads id="0" crashing="true">
                      <frames module="MAPI32" symbol="MAPIAllocateBuffer" returnAddress="00401b7e" framePointer="0012f9c4" key="mapi32!mapiallocatebuffer">
                        <arguments>00163d48</arguments>
                        <arguments>00000000</arguments>
                      </frames>
                      <frames module="BILLCORE" returnAddress="000007fe`f3a42d17" stackPointer="00000000`0223f6d0"/>
                      <frames module="ORDSVC" symbol="Submit"/>
                    </threads>
                  </dump>
                """);

        List<StackFrame> frames = TriageSessions.load(file).getDump().getThreads().get(0).getFrames();

        assertEquals(AddressColumns.valueOf("0012f9c4 00401b7e 00163d48 00000000"), frames.get(0).getAddresses());
        assertEquals("mapi32!mapiallocatebuffer", frames.get(0).getKey());
        assertEquals(AddressColumns.valueOf("sp:00000000`0223f6d0 000007fe`f3a42d17"), frames.get(1).getAddresses());
        assertEquals(null, frames.get(2).getAddresses());
    }

    @Test
    void anUnknownAttributeIsStillAnError() throws IOException {
        Path file = writeSession("future.triage", "  <dump sourceFile=\"mta.txt\" colour=\"blue\"/>\n");

        IOException error = assertThrows(IOException.class, () -> TriageSessions.load(file));

        assertTrue(error.getMessage().contains("future.triage") && error.getMessage().contains("'colour'"), error.getMessage());
    }

    /** A session file of the model's namespace around {@code content}, as an older or newer build might write it. */
    private Path writeSession(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<triage:TriageSession xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:triage=\"http://kbtriage.org/model/1.0\">\n" + content
                + "</triage:TriageSession>\n", StandardCharsets.UTF_8);
        return file;
    }

    private static TriageSession newSession() {
        TriageFactory f = TriageFactory.eINSTANCE;
        Dump dump = f.createDump();
        dump.setSourceFile("mta.txt");
        dump.getLayouts().add(DumpLayout.WINDBG_X86);
        dump.getLayouts().add(DumpLayout.MODULE_LIST);
        DumpThread thread = f.createDumpThread();
        thread.setId("0");
        thread.setCrashing(true);
        thread.getFrames().add(frame(0, "NTDLL", "RtlAllocateHeap", "ntdll!rtlallocateheap"));
        thread.getFrames().add(frame(1, "MAPI32", "MAPIAllocateBuffer", "mapi32!mapiallocatebuffer"));
        thread.getFrames().get(0).setAddresses(AddressColumns.valueOf("sp:00000000`0223f6d0 000007fe`f3a42d17"));
        thread.getFrames().get(1).setAddresses(AddressColumns.valueOf("0012f9c4 00401b7e 00163d48 --------"));
        dump.getThreads().add(thread);

        KbArticle article = f.createKbArticle();
        article.setId("Q000001");
        article.setTitle("Heap corruption in a test component");

        Match match = f.createMatch();
        match.setArticle(article);
        match.setArticleId(article.getId());
        match.setScore(0.87);
        match.setConfident(true);
        match.setApplicability(Applicability.AFFECTED);
        match.getMatchedFrames().add(thread.getFrames().get(1));

        TriageSession session = f.createTriageSession();
        session.setDump(dump);
        session.getArticles().add(article);
        session.getMatches().add(match);
        return session;
    }

    private static StackFrame frame(int ordinal, String module, String symbol, String key) {
        StackFrame frame = TriageFactory.eINSTANCE.createStackFrame();
        frame.setOrdinal(ordinal);
        frame.setModule(module);
        frame.setSymbol(symbol);
        frame.setOffset("0x28");
        frame.setKey(key);
        return frame;
    }
}
