package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Module;
import org.kbtriage.model.Severity;
import org.kbtriage.parser.DumpParser;

/** A drwtsn32.log with two crashes appended: module list, state dumps, FAULT ->, stack back traces. */
class DrWatsonLayoutTest {

    private final String text = Fixtures.text("drwatson.txt");
    private final DumpParser parser = new DumpParser();

    @TempDir
    Path folder;

    @Test
    void parseShowsTheLastCrashAndSaysSo() throws Exception {
        Path log = Files.writeString(folder.resolve("drwtsn32.log"), text);
        Dump dump = parser.parse(log, null);
        assertEquals("2 crashes in this log; showing the last", dump.getProblems().get(0).getMessage());
        assertEquals(Severity.INFO, dump.getProblems().get(0).getSeverity());
        DumpThread crashing = Frames.crashing(dump);
        assertEquals("2c4", crashing.getSystemId());
        Fixtures.assertFrame(text, crashing.getFrames().get(0), "zebradrv", "ZplEncodeBarcode", "0x42",
                "zebradrv!zplencodebarcode", "zebradrv!ZplEncodeBarcode+0x42", 0);
        assertEquals("10002d02", dump.getException().getAddress());
        assertEquals(List.of(DumpLayout.DR_WATSON), dump.getLayouts());
    }

    @Test
    void parseAllReturnsEachCrash() throws Exception {
        Path log = Files.writeString(folder.resolve("drwtsn32.log"), text);
        List<Dump> crashes = parser.parseAll(log, null);
        assertEquals(2, crashes.size());
        Dump first = crashes.get(0);
        assertEquals("labelprn.exe", first.getProcessName());
        assertEquals("c0000005", first.getException().getCode());
        assertEquals("access violation", first.getException().getDescription());
        assertEquals("10002c31", first.getException().getAddress());
        assertEquals("zebradrv", first.getException().getModule());
        assertEquals(List.of("1a0", "1bc"), first.getThreads().stream().map(DumpThread::getId).toList());
        DumpThread crashing = Frames.crashing(first);
        assertEquals("1a0", crashing.getId());
        assertEquals("state dump with FAULT ->", crashing.getCrashingReason());
        Fixtures.assertFrame(text, crashing.getFrames().get(1), "zebradrv", "ZplPrintLabel", "0x7e",
                "zebradrv!zplprintlabel", "zebradrv!ZplPrintLabel+0x7e", 0);
        assertEquals(List.of("00132a40", "0012fe48", "00000003", "0012ff60"), crashing.getFrames().get(1).getAddresses().arguments());
        assertFalse(first.getThreads().get(1).isCrashing());
        assertEquals(2, first.getThreads().get(1).getFrames().size());
    }

    @Test
    void readsTheModuleList() throws Exception {
        Dump first = parser.parseAll(Files.writeString(folder.resolve("drwtsn32.log"), text), null).get(0);
        assertEquals(List.of("labelprn", "zebradrv", "ntdll", "KERNEL32"), first.getModules().stream().map(Module::getName).toList());
        Module driver = first.getModules().get(1);
        assertEquals("zebradrv.dll", driver.getImageName());
        assertEquals("C:\\Program Files\\LabelPrint\\zebradrv.dll", driver.getImagePath());
        assertEquals("10000000", driver.getStartAddress());
        assertEquals("1000e000", driver.getEndAddress());
    }
}
