package org.kbtriage.parser.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.Module;
import org.kbtriage.model.ParseProblem;
import org.kbtriage.model.Severity;
import org.kbtriage.model.TriageFactory;

/**
 * Builds the {@link Dump} model while the recognizers read a text: threads, modules, the
 * exception, layouts and problems, one dump per crash (a Dr. Watson log appends one crash after
 * another). At the end of each crash it picks the crashing thread from the evidence collected.
 */
public final class DumpAssembler {

    private static final TriageFactory FACTORY = TriageFactory.eINSTANCE;

    private final boolean keepEveryCrash;
    private final List<Dump> finished = new ArrayList<>();
    private int crashCount;

    private Dump dump;
    private CrashEvidence evidence;
    private Map<String, Module> modulesByName;
    private DumpThread currentThread;
    /** Recycles the many equal strings of a big log (module names, symbols, offsets, keys) to save memory. */
    private final FrameNames names = new FrameNames(new StringPool());

    /**
     * @param keepEveryCrash keep every crash of a multi-crash log; otherwise only the last one
     *                       is kept, so memory does not grow with the number of crashes
     */
    public DumpAssembler(boolean keepEveryCrash) {
        this.keepEveryCrash = keepEveryCrash;
        startDump();
    }

    private void startDump() {
        dump = FACTORY.createDump();
        evidence = new CrashEvidence();
        modulesByName = new HashMap<>();
        currentThread = null;
        crashCount++;
    }

    public Dump dump() {
        return dump;
    }

    public CrashEvidence evidence() {
        return evidence;
    }

    /** A new crash begins (Dr. Watson "Application exception occurred"); the previous one, if any, is done. */
    public void startCrash() {
        if (dump.getThreads().isEmpty() && dump.getException() == null && dump.getModules().isEmpty()) {
            return;
        }
        finishDump();
        if (!keepEveryCrash) {
            finished.clear();
        }
        startDump();
    }

    public void addLayout(DumpLayout layout) {
        if (!dump.getLayouts().contains(layout)) {
            dump.getLayouts().add(layout);
        }
    }

    public void problem(int line, Severity severity, String message) {
        ParseProblem problem = FACTORY.createParseProblem();
        problem.setLine(line);
        problem.setSeverity(severity);
        problem.setMessage(message);
        dump.getProblems().add(problem);
    }

    /** Starts a thread named by a thread list or a state dump and makes it current. */
    public DumpThread newThread(String id, String systemId) {
        DumpThread thread = FACTORY.createDumpThread();
        thread.setId(id == null ? "#" + (dump.getThreads().size() + 1) : id);
        thread.setSystemId(systemId);
        dump.getThreads().add(thread);
        currentThread = thread;
        return thread;
    }

    /** The thread a new stack table belongs to: the current one while it has no frames, else a new one. */
    public DumpThread threadForStack(String idHint) {
        if (currentThread != null && currentThread.getFrames().isEmpty()) {
            return currentThread;
        }
        return newThread(idHint, null);
    }

    public DumpThread currentThread() {
        return currentThread;
    }

    /** Forgets the current thread: the next stack table starts a new one. */
    public void leaveThread() {
        currentThread = null;
    }

    public ExceptionRecord exception() {
        ExceptionRecord record = dump.getException();
        if (record == null) {
            record = FACTORY.createExceptionRecord();
            dump.setException(record);
        }
        return record;
    }

    /** The module of that name, created (in listing order) on first mention. */
    public Module module(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        Module module = modulesByName.get(key);
        if (module == null) {
            module = FACTORY.createModule();
            module.setName(name);
            modulesByName.put(key, module);
            dump.getModules().add(module);
        }
        return module;
    }

    /** The frame names and other strings shared across the parse. */
    public FrameNames names() {
        return names;
    }

    public int crashCount() {
        return crashCount;
    }

    /** Finishes the text: returns every crash (or only the last one) with its crashing thread chosen. */
    public List<Dump> finish() {
        finishDump();
        return finished;
    }

    private void finishDump() {
        evidence.chooseCrashingThread(dump);
        boolean anyFrame = dump.getThreads().stream().anyMatch(t -> !t.getFrames().isEmpty());
        if (!anyFrame) {
            problem(0, Severity.WARNING, "no stack found");
        }
        if (dump.getLayouts().isEmpty()) {
            dump.getLayouts().add(DumpLayout.UNKNOWN);
        }
        finished.add(dump);
    }
}
