package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.Module;
import org.kbtriage.model.Severity;
import org.kbtriage.parser.DumpParser;

/** {@code lm}, {@code lmv m}, {@code lmvm}: one Module per name, with the versions of the verbose listings. */
class ModuleListLayoutTest {

    private final Dump dump = new DumpParser().parseText(Fixtures.text("lmv.txt"), "lmv.txt");

    @Test
    void listsEveryLoadedModuleOnce() {
        assertEquals(List.of("mailgw", "smtpx", "WS2_32", "kernel32"), dump.getModules().stream().map(Module::getName).toList());
        assertEquals(List.of(DumpLayout.MODULE_LIST), dump.getLayouts());
    }

    @Test
    void readsVersionsFromTheVerboseListing() {
        Module smtpx = dump.getModules().get(1);
        assertEquals("smtpx.dll", smtpx.getImageName());
        assertEquals("C:\\Program Files\\MailGateway\\smtpx.dll", smtpx.getImagePath());
        assertEquals("2.4.1187.3", smtpx.getFileVersion());
        assertEquals("2.4.0.0", smtpx.getProductVersion());
        assertEquals("Fri Dec 18 23:14:08 2009 (4B2C11A0)", smtpx.getTimestamp());
        assertEquals("10000000", smtpx.getStartAddress());
        Module kernel32 = dump.getModules().get(3);
        assertEquals("5.2.3790.4480", kernel32.getFileVersion());
        assertEquals("C:\\WINDOWS\\system32\\kernel32.dll", kernel32.getImagePath());
    }

    @Test
    void aSymbolFileIsNotTheImageAndUnloadedModulesAreLeftOut() {
        assertNull(dump.getModules().get(0).getImageName());
        assertEquals("WS2_32.dll", dump.getModules().get(2).getImageName());
        assertEquals(4, dump.getModules().size());
    }

    @Test
    void aModuleListAloneHasNoStack() {
        assertEquals("no stack found", dump.getProblems().get(0).getMessage());
        assertEquals(Severity.WARNING, dump.getProblems().get(0).getSeverity());
    }
}
