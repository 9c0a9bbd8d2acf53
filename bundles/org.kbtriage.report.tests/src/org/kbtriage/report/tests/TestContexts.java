package org.kbtriage.report.tests;

import java.time.Instant;

import org.kbtriage.report.IndexInfo;
import org.kbtriage.report.ReportContext;

final class TestContexts {

    private TestContexts() {
    }

    /** A context with a fixed time, version and index, and the OS modules as generic frames. */
    static ReportContext fixed() {
        return new ReportContext(Instant.parse("2026-03-01T10:15:30Z"), "1.2.3.test",
                new IndexInfo(300, Instant.parse("2026-02-27T08:00:00Z"), "/var/kbtriage/index"), Sessions.OS_FRAMES);
    }
}
