package org.kbtriage.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless command line as an OSGi application ({@code -application org.kbtriage.cli.triage}), for running
 * {@code triage} commands inside an Eclipse installation. The {@code triage} script starts the same command line
 * without OSGi through {@link TriageMain}, which starts several times faster. It never touches a display, so the
 * same product runs on a server or in CI.
 */
public final class TriageApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        return TriageCommand.execute(args == null ? new String[0] : args);
    }

    @Override
    public void stop() {
        // Commands check for interruption themselves; nothing to release here.
    }
}
