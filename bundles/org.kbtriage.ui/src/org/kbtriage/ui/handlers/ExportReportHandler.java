package org.kbtriage.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.kbtriage.ui.editor.DumpAnalysis;
import org.kbtriage.ui.report.ExportReportWizard;

/** File > Export Triage Report...: the wizard on the active dump editor's analysis. */
public final class ExportReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        DumpAnalysis analysis = ActiveDumpAnalysis.orExplain(event, "Export Triage Report");
        if (analysis == null) {
            return null;
        }
        new WizardDialog(shell, new ExportReportWizard(analysis)).open();
        return null;
    }
}
