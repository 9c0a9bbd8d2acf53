package org.kbtriage.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.kbtriage.ui.internal.TriageUiPlugin;

/** The dumps opened last, newest first, remembered in the dialog settings between runs. */
public final class RecentFiles {

    public static final int MAX = 8;
    private static final String KEY = "files";

    private RecentFiles() {
    }

    private static IDialogSettings section() {
        return DialogSettings.getOrCreateSection(TriageUiPlugin.getDefault().getDialogSettings(), "recentFiles");
    }

    public static List<Path> list() {
        String[] saved = section().getArray(KEY);
        List<Path> files = new ArrayList<>();
        if (saved != null) {
            for (String file : saved) {
                files.add(Path.of(file));
            }
        }
        return files;
    }

    public static void add(Path file) {
        List<String> files = new ArrayList<>(list().stream().map(Path::toString).toList());
        String name = file.toAbsolutePath().normalize().toString();
        files.remove(name);
        files.add(0, name);
        section().put(KEY, files.subList(0, Math.min(MAX, files.size())).toArray(String[]::new));
    }
}
