package org.kbtriage.ui.report;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.kbtriage.report.ReportFormat;
import org.kbtriage.ui.internal.TriageUiPlugin;

/** The report's format and file; the file's extension follows the format. */
final class ReportTargetPage extends WizardPage {

    private static final String SETTINGS = "exportReport";
    private static final String KEY_FORMAT = "format";
    private static final String KEY_FOLDER = "folder";

    private final Path dumpFile;
    private final Button[] formatButtons = new Button[ReportFormat.values().length];
    private Text file;

    ReportTargetPage(Path dumpFile) {
        super("target", "Export Triage Report", null);
        this.dumpFile = dumpFile;
        setDescription("The report of " + dumpFile.getFileName() + ": the verdict, the matched articles and their fixes.");
    }

    private IDialogSettings settings() {
        return DialogSettings.getOrCreateSection(TriageUiPlugin.getDefault().getDialogSettings(), SETTINGS);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));

        Group formats = new Group(page, SWT.NONE);
        formats.setText("Format");
        formats.setLayout(new GridLayout(1, false));
        formats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        String remembered = settings().get(KEY_FORMAT);
        ReportFormat initial = ReportFormat.fromName(remembered).orElse(ReportFormat.HTML);
        for (ReportFormat format : ReportFormat.values()) {
            Button button = new Button(formats, SWT.RADIO);
            button.setText(label(format));
            button.setData(format);
            button.setSelection(format == initial);
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    followFormat(format);
                }
            });
            formatButtons[format.ordinal()] = button;
        }

        new Label(page, SWT.NONE).setText("&File:");
        file = new Text(page, SWT.BORDER);
        file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        String folder = settings().get(KEY_FOLDER);
        Path base = folder != null ? Path.of(folder) : dumpFile.getParent();
        file.setText(base.resolve(initial.fileName(stem(dumpFile))).toString());
        file.addListener(SWT.Modify, e -> validate());
        Button browse = new Button(page, SWT.PUSH);
        browse.setText("&Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        setControl(page);
        validate();
    }

    private static String label(ReportFormat format) {
        return switch (format) {
            case HTML -> "&HTML page (to read or print)";
            case MARKDOWN -> "&Markdown (to paste into a ticket)";
            case JSON -> "&JSON (for tools)";
        };
    }

    private static String stem(Path dump) {
        String name = dump.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private void followFormat(ReportFormat format) {
        String current = file.getText().strip();
        int dot = current.lastIndexOf('.');
        int slash = Math.max(current.lastIndexOf('/'), current.lastIndexOf('\\'));
        String base = dot > slash ? current.substring(0, dot) : current;
        file.setText(base + "." + format.fileExtension());
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] {"*." + format().fileExtension(), "*"});
        Path current = Path.of(file.getText().strip());
        if (current.getParent() != null) {
            dialog.setFilterPath(current.getParent().toString());
        }
        dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        String text = file.getText().strip();
        String error = null;
        if (text.isEmpty()) {
            error = "Name the file to write the report to.";
        } else if (!Path.of(text).isAbsolute()) {
            error = "Give the report file's full path.";
        }
        setErrorMessage(error);
        setPageComplete(error == null);
    }

    ReportFormat format() {
        for (Button button : formatButtons) {
            if (button.getSelection()) {
                return (ReportFormat) button.getData();
            }
        }
        return ReportFormat.HTML;
    }

    Path target() {
        return Path.of(file.getText().strip());
    }

    void rememberChoices() {
        settings().put(KEY_FORMAT, format().name().toLowerCase(Locale.ROOT));
        Path parent = target().getParent();
        if (parent != null) {
            settings().put(KEY_FOLDER, parent.toString());
        }
    }
}
