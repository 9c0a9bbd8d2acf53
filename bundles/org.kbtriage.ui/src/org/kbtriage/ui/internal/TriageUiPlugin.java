package org.kbtriage.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The UI bundle's activator: its preference store, dialog settings and log. */
public final class TriageUiPlugin extends AbstractUIPlugin {

    public static final String ID = "org.kbtriage.ui";

    private static TriageUiPlugin instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    public static TriageUiPlugin getDefault() {
        return instance;
    }

    public static ILog log() {
        return ILog.of(TriageUiPlugin.class);
    }

    public static IStatus error(String message, Throwable cause) {
        return Status.error(message, cause);
    }
}
