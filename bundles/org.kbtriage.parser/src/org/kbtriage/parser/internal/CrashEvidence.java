package org.kbtriage.parser.internal;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;

/**
 * What a dump tells about which thread crashed, collected while reading and weighed at the end,
 * strongest first: the {@code !analyze} STACK_TEXT, a stack printed after {@code .ecxr} (the
 * exception context), the {@code #} event-thread marker of a thread list, the thread of the
 * exception event {@code (pid.tid): Access violation}, the Dr. Watson state dump holding
 * {@code FAULT ->}, the {@code .} current-thread marker, and else the first stack printed.
 * Where the thread of the event cannot be named (stacks printed by {@code ~*e kb}, without thread
 * headers), the one thread whose top frames hold the faulting function (the {@code .exr}
 * exception address, or the disassembly label the debugger prints after the event) stands in
 * for it.
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
    /** Frame key of the faulting function: {@code ExceptionAddress: 77f8a3b1 (NTDLL!Foo+0xde)}. */
    private String faultingKey;
    private boolean eventAwaitsLabel;

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
            eventAwaitsLabel = true;
        }
    }

    /** The frame key of the function the exception was raised in, from the {@code .exr} record. */
    public void faultingFunction(String key) {
        if (faultingKey == null) {
            faultingKey = key;
        }
    }

    /**
     * A disassembly label ({@code NTDLL!RtlpFindAndCommitPages+0xde:}) was read; the first one
     * after the exception event is where the exception was raised.
     */
    public void label(String key) {
        if (eventAwaitsLabel) {
            eventAwaitsLabel = false;
            faultingFunction(key);
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
        } else if ((crashing = onlyThreadFaultingAtTop(dump)) != null) {
            reason = "the only stack with the faulting function " + faultingKey + " at its top";
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

    /** How deep below the top of a stack the faulting function may be (exception dispatch frames above it). */
    private static final int FAULT_DEPTH = 8;

    private DumpThread onlyThreadFaultingAtTop(Dump dump) {
        if (faultingKey == null) {
            return null;
        }
        DumpThread found = null;
        for (DumpThread thread : dump.getThreads()) {
            int depth = Math.min(FAULT_DEPTH, thread.getFrames().size());
            for (int i = 0; i < depth; i++) {
                if (faultingKey.equals(thread.getFrames().get(i).getKey())) {
                    if (found != null) {
                        return null;
                    }
                    found = thread;
                    break;
                }
            }
        }
        return found;
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
