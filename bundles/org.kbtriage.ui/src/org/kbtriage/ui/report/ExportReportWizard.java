package org.kbtriage.ui.report;

import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.ui.editor.DumpAnalysis;

/** File > Export Triage Report...: picks a format and a file, then writes the report in the background. */
public final class ExportReportWizard extends Wizard {

    private final DumpAnalysis analysis;
    private ReportTargetPage page;

    public ExportReportWizard(DumpAnalysis analysis) {
        this.analysis = analysis;
        setWindowTitle("Export Triage Report");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new ReportTargetPage(analysis.file());
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        ReportFormat format = page.format();
        Path target = page.target();
        page.rememberChoices();
        ReportExport.export(analysis, format, target);
        return true;
    }
}
