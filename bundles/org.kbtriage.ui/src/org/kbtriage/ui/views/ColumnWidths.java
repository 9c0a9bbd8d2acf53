package org.kbtriage.ui.views;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.kbtriage.ui.internal.TriageUiPlugin;

/** Remembers a table's or tree's column widths in the bundle's dialog settings, between runs. */
final class ColumnWidths {

    private ColumnWidths() {
    }

    static void remember(Table table, String key) {
        TableColumn[] columns = table.getColumns();
        restore(columns, key);
        table.addDisposeListener(e -> save(columns, key));
    }

    static void remember(Tree tree, String key) {
        TreeColumn[] columns = tree.getColumns();
        restore(columns, key);
        tree.addDisposeListener(e -> save(columns, key));
    }

    private static IDialogSettings section(String key) {
        return DialogSettings.getOrCreateSection(TriageUiPlugin.getDefault().getDialogSettings(), "columns." + key);
    }

    private static void restore(Item[] columns, String key) {
        IDialogSettings section = section(key);
        for (int i = 0; i < columns.length; i++) {
            try {
                int width = section.getInt(Integer.toString(i));
                if (width > 0) {
                    setWidth(columns[i], width);
                }
            } catch (NumberFormatException e) {
                // never saved: keep the default width
            }
        }
    }

    private static void save(Item[] columns, String key) {
        IDialogSettings section = section(key);
        for (int i = 0; i < columns.length; i++) {
            section.put(Integer.toString(i), columns[i] instanceof TableColumn c ? c.getWidth() : ((TreeColumn) columns[i]).getWidth());
        }
    }

    private static void setWidth(Item column, int width) {
        if (column instanceof TableColumn c) {
            c.setWidth(width);
        } else if (column instanceof TreeColumn c) {
            c.setWidth(width);
        }
    }
}
