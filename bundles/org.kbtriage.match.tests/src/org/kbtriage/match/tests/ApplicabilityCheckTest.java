package org.kbtriage.match.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.match.fix.ApplicabilityCheck;
import org.kbtriage.match.fix.FileVersion;
import org.kbtriage.model.Applicability;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.Module;
import org.kbtriage.model.TriageFactory;

class ApplicabilityCheckTest {

    private static FixedFile fixed(String name, String version) {
        FixedFile file = TriageFactory.eINSTANCE.createFixedFile();
        file.setFileName(name);
        file.setVersion(version);
        return file;
    }

    private static Applicability assess(List<Module> loaded, FixedFile... fixed) {
        return ApplicabilityCheck.assess(loaded, List.of(fixed)).applicability();
    }

    @Test
    void anOlderLoadedFileIsAffected() {
        ApplicabilityCheck.Result result = ApplicabilityCheck.assess(
                List.of(Fixtures.module("MAPI32.dll", "5.5.2448.0")), List.of(fixed("Mapi32.dll", "5.5.2652.85")));

        assertEquals(Applicability.AFFECTED, result.applicability());
        assertEquals(List.of("loaded MAPI32.dll 5.5.2448.0 is older than the fixed 5.5.2652.85"), result.details());
    }

    @Test
    void anEqualOrNewerLoadedFileIsFixed() {
        assertEquals(Applicability.FIXED, assess(List.of(Fixtures.module("MAPI32.dll", "5.5.2652.85")),
                fixed("Mapi32.dll", "5.5.2652.85")));
        assertEquals(Applicability.FIXED, assess(List.of(Fixtures.module("MAPI32.dll", "5.5.2653.12")),
                fixed("Mapi32.dll", "5.5.2652.85")));
    }

    @Test
    void withoutAVersionToCompareItIsUnknown() {
        assertEquals(Applicability.UNKNOWN, assess(List.of(Fixtures.module("MAPI32.dll", null)),
                fixed("Mapi32.dll", "5.5.2652.85")));
        assertEquals(Applicability.UNKNOWN, assess(List.of(Fixtures.module("STORE.EXE", "5.5.2448.0")),
                fixed("Mapi32.dll", "5.5.2652.85")));
        assertEquals(Applicability.UNKNOWN, assess(List.of(Fixtures.module("MAPI32.dll", "5.5.2448.0"))));
    }

    @Test
    void oneOlderFileAmongFixedOnesIsAffected() {
        assertEquals(Applicability.AFFECTED, assess(
                List.of(Fixtures.module("STORE.EXE", "5.5.2653.0"), Fixtures.module("MAPI32.dll", "5.5.2448.0")),
                fixed("Store.exe", "5.5.2652.85"), fixed("Mapi32.dll", "5.5.2652.85")));
    }

    @Test
    void rowsForAnotherReleaseLineAreNotComparedWith() {
        // The article lists the fix for 5.0 and for 5.5; a 5.5 file is compared with the 5.5 row.
        assertEquals(Applicability.FIXED, assess(List.of(Fixtures.module("MAPI32.dll", "5.5.2652.90")),
                fixed("Mapi32.dll", "5.0.1460.48"), fixed("Mapi32.dll", "5.5.2652.85")));
        assertEquals(Applicability.AFFECTED, assess(List.of(Fixtures.module("MAPI32.dll", "5.0.1458.0")),
                fixed("Mapi32.dll", "5.0.1460.48"), fixed("Mapi32.dll", "5.5.2652.85")));
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertTrue(FileVersion.parse("5.5.2652.85").compareTo(FileVersion.parse("5.5.2448.100")) > 0);
        assertTrue(FileVersion.parse("4.0.1381.9").compareTo(FileVersion.parse("4.0.1381.10")) < 0);
        assertEquals(0, FileVersion.parse("5.5").compareTo(FileVersion.parse("5.5.0.0")));
        assertEquals("5.5.2652.85", FileVersion.parse("5.5.2652.85 (x86)").toString());
        assertEquals(null, FileVersion.parse("unknown"));
    }
}
