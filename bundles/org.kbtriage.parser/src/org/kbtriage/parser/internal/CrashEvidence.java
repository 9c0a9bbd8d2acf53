package org.kbtriage.parser.internal;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;

/**
 * What a dump tells about which thread crashed, collected while reading and weighed at the end,
 * strongest first: the {@code !analyze} STACK_TEXT, a stack printed after {@code .ecxr} (the
 * exception context), the {@code #} event-thread marker of a thread list, the thread of the
 * exception event {@code (pid.tid): Access violation}, the Dr. Watson state dump holding
 * {@code FAULT ->}, the {@code .} current-thread marker, and else the first stack printed.
 */
public final class CrashEvidence {

    private DumpThread analyzeThread;
    private DumpThread exceptionContextThread;
    private DumpThread eventMarkedThread;
    private DumpThread currentMarkedThread;
    private DumpThread faultThread;
    private String eventSystemId;
    /** The debugger's number for the event thread: the first prompt after the event line shows it. */
    private String eventThreadNumber;
    private boolean eventAwaitsPrompt;

    public void analyzeStack(DumpThread thread) {
        if (analyzeThread == null) {
            analyzeThread = thread;
        }
    }

    public void exceptionContextStack(DumpThread thread) {
        if (exceptionContextThread == null) {
            exceptionContextThread = thread;
        }
    }

    public void eventMarker(DumpThread thread) {
        eventMarkedThread = thread;
    }

    public void currentMarker(DumpThread thread) {
        currentMarkedThread = thread;
    }

    public void faultIn(DumpThread thread) {
        if (faultThread == null) {
            faultThread = thread;
        }
    }

    /** The thread id of the exception event line, {@code (16e4.189c): ...} -> {@code 189c}. */
    public void eventThread(String systemId) {
        if (eventSystemId == null) {
            eventSystemId = systemId;
            eventAwaitsPrompt = true;
        }
    }

    /** A user-mode prompt ({@code 0:032>}) was read; the first one after the event line is the event thread. */
    public void prompt(String threadNumber) {
        if (eventAwaitsPrompt) {
            eventAwaitsPrompt = false;
            eventThreadNumber = threadNumber;
        }
    }

    void chooseCrashingThread(Dump dump) {
        if (eventThreadNumber != null && eventSystemId != null) {
            for (DumpThread thread : dump.getThreads()) {
                if (eventThreadNumber.equals(thread.getId()) && thread.getSystemId() == null) {
                    thread.setSystemId(eventSystemId);
                }
            }
        }
        DumpThread crashing;
        String reason;
        if (hasFrames(analyzeThread)) {
            crashing = analyzeThread;
            reason = "!analyze STACK_TEXT";
        } else if (hasFrames(exceptionContextThread)) {
            crashing = exceptionContextThread;
            reason = "stack of the exception context (.ecxr)";
        } else if (hasFrames(eventMarkedThread)) {
            crashing = eventMarkedThread;
            reason = "thread marked # (last event) in the thread list";
        } else if (hasFrames(crashing = threadWithSystemId(dump, eventSystemId))) {
            reason = "thread of the exception event " + eventSystemId;
        } else if (hasFrames(faultThread)) {
            crashing = faultThread;
            reason = "state dump with FAULT ->";
        } else if (hasFrames(currentMarkedThread)) {
            crashing = currentMarkedThread;
            reason = "thread marked . (current) in the thread list";
        } else {
            crashing = dump.getThreads().stream().filter(CrashEvidence::hasFrames).findFirst().orElse(null);
            reason = "first stack in the dump";
        }
        if (crashing != null) {
            crashing.setCrashing(true);
            crashing.setCrashingReason(reason);
        }
    }

    private static DumpThread threadWithSystemId(Dump dump, String systemId) {
        if (systemId == null) {
            return null;
        }
        for (DumpThread thread : dump.getThreads()) {
            if (sameThreadId(systemId, thread.getSystemId())) {
                return thread;
            }
        }
        return null;
    }

    /** {@code 5c4} and {@code 05c4} name one thread: the event line and a kernel {@code Cid 03a8.05c4} pad differently. */
    static boolean sameThreadId(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return stripLeadingZeros(a).equalsIgnoreCase(stripLeadingZeros(b));
    }

    private static String stripLeadingZeros(String hex) {
        int i = 0;
        while (i < hex.length() - 1 && hex.charAt(i) == '0') {
            i++;
        }
        return hex.substring(i);
    }

    private static boolean hasFrames(DumpThread thread) {
        return thread != null && !thread.getFrames().isEmpty();
    }
}
