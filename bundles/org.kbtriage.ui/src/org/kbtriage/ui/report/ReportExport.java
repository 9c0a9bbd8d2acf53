package org.kbtriage.ui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.eclipse.core.runtime.jobs.Job;
import org.kbtriage.model.TriageSession;
import org.kbtriage.report.IndexInfo;
import org.kbtriage.report.ReportContext;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.report.ReportWriter;
import org.kbtriage.ui.core.KbStatus;
import org.kbtriage.ui.core.TriageException;
import org.kbtriage.ui.core.TriageJobs;
import org.kbtriage.ui.core.TriageService;
import org.kbtriage.ui.core.TriageServices;
import org.kbtriage.ui.core.TriageSessionSnapshot;
import org.kbtriage.ui.editor.DumpAnalysis;

/** Writes the triage report of an open dump with the report bundle's {@link ReportWriter}, in a job. */
public final class ReportExport {

    private ReportExport() {
    }

    /** Takes a copy of the analysis (on the calling, UI thread) and writes it in a scheduled job. */
    public static Job export(DumpAnalysis analysis, ReportFormat format, Path target) {
        TriageService service = TriageServices.get();
        KbStatus kb = analysis.kbStatus();
        TriageSession session = TriageSessionSnapshot.of(analysis.dump(), analysis.matches(), kb.describe());
        IndexInfo index = kb.isAvailable()
                ? new IndexInfo(kb.articleCount(), kb.builtAt(), kb.location() == null ? null : kb.location().toString())
                : null;
        ReportContext context = new ReportContext(Instant.now(), null, index, service::isGeneric);
        Job job = TriageJobs.create("Exporting the triage report " + target.getFileName(), monitor -> {
            try {
                new ReportWriter().write(session, format, target, context);
            } catch (IOException | RuntimeException e) {
                throw new TriageException("Cannot write the report to " + target + ": " + e.getMessage(), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
