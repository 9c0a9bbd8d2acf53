package org.kbtriage.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.kbtriage.ui.internal.TriageUiPlugin;

/** The last KB queries, newest first, remembered in the dialog settings between runs. */
final class SearchHistory {

    static final int MAX = 20;
    private static final String KEY = "queries";

    private final IDialogSettings section;

    SearchHistory() {
        section = DialogSettings.getOrCreateSection(TriageUiPlugin.getDefault().getDialogSettings(), "kbSearch");
    }

    List<String> queries() {
        String[] saved = section.getArray(KEY);
        return saved == null ? List.of() : List.of(saved);
    }

    /** Puts the query first (once) and returns the new history. */
    List<String> add(String query) {
        List<String> queries = new ArrayList<>(queries());
        queries.remove(query);
        queries.add(0, query);
        if (queries.size() > MAX) {
            queries = queries.subList(0, MAX);
        }
        section.put(KEY, queries.toArray(String[]::new));
        return queries;
    }

    static List<String> words(String query) {
        return Arrays.stream(query.split("[^\\p{L}\\p{N}_]+")).filter(w -> w.length() >= 2).toList();
    }
}
