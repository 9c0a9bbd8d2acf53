package org.kbtriage.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application behind {@code triage COMMAND ...}. It never touches a display, so the
 * same product runs on a server or in CI.
 */
public final class TriageApplication implements IApplication {

    /**
     * Lucene logs a performance hint about the incubating Vector API on every start; on a command
     * line whose standard error carries only real errors that hint is noise. Held in a field
     * because java.util.logging keeps loggers weakly.
     */
    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    }

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
