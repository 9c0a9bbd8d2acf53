package org.kbtriage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.handlers.ImportKbHandler;

/**
 * The KB sample imported once per test run through File > Import KB's job, into the product's default index
 * location (under the test's user.home in target/).
 */
final class KbFixture {

    private static boolean imported;

    private KbFixture() {
    }

    static void ensureImported() {
        if (imported) {
            return;
        }
        Job job = ImportKbHandler.importKb(SharedData.kbSample());
        Ui.waitForTriageJobs();
        Ui.waitUntil("the import", () -> job.getResult() != null);
        assertEquals(IStatus.OK, job.getResult().getSeverity(), "import failed: " + job.getResult().getMessage());
        KbStatus status = TriageServices.get().kbStatus();
        assertTrue(status.isAvailable(), status.describe());
        assertTrue(status.articleCount() >= 300, status.describe());
        imported = true;
    }
}
