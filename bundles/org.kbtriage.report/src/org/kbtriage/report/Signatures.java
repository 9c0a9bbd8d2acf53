package org.kbtriage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;

/**
 * Crash signatures in the spirit of Mozilla Socorro: the first distinctive frames of the crashing
 * thread, after skipping generic ones, joined with {@value #SEPARATOR}. Dumps with the same
 * signature are the same crash, so a folder of dumps is bucketed by it.
 * <p>
 * A frame is written {@code module!symbol}, a symbol-less frame as its module alone (a run of
 * such frames of one module counts once: their offsets say little across builds). Module names
 * are compared the way Windows does, without case and without the {@code .dll}/{@code .exe}
 * extension, so the same stack from a {@code kb} listing and a Dr. Watson log buckets together.
 * Offsets are left out: they change with every build of a module.
 */
public final class Signatures {

    /** Joins the frames of a signature. */
    public static final String SEPARATOR = " | ";

    /** How many distinctive frames a signature holds at most. */
    public static final int DEFAULT_MAX_FRAMES = 5;

    /** The signature of a dump without any usable stack. */
    public static final String EMPTY = "EMPTY: no crashing thread identified";

    /** A predicate for callers without a skip list: no frame is generic. */
    public static final Predicate<StackFrame> NO_GENERIC_FRAMES = frame -> false;

    private static final Pattern IMAGE_EXTENSION = Pattern.compile("\\.(dll|exe|sys|drv|ocx|cpl|com)$",
            Pattern.CASE_INSENSITIVE);

    private Signatures() {
    }

    /** The signature of the thread's stack with at most {@value #DEFAULT_MAX_FRAMES} frames. */
    public static String signature(DumpThread thread, Predicate<StackFrame> generic) {
        return signature(thread, generic, DEFAULT_MAX_FRAMES);
    }

    /**
     * The signature of the thread's stack: the first {@code maxFrames} frames that are not generic.
     * When every frame is generic, the first generic frames stand in, so such crashes still bucket by
     * where they happened rather than all together.
     */
    public static String signature(DumpThread thread, Predicate<StackFrame> generic, int maxFrames) {
        List<StackFrame> frames = signatureFrames(thread, generic, maxFrames);
        if (frames.isEmpty()) {
            return EMPTY;
        }
        return String.join(SEPARATOR, frames.stream().map(Signatures::frameSignature).toList());
    }

    /** The signature of the dump's crashing thread (see {@link #crashingThread(Dump)}), or {@link #EMPTY}. */
    public static String signature(Dump dump, Predicate<StackFrame> generic) {
        return crashingThread(dump).map(thread -> signature(thread, generic)).orElse(EMPTY);
    }

    /** The frames that make up the thread's signature, top of the stack first. */
    public static List<StackFrame> signatureFrames(DumpThread thread, Predicate<StackFrame> generic, int maxFrames) {
        if (maxFrames < 1) {
            throw new IllegalArgumentException("A signature needs at least one frame, not " + maxFrames);
        }
        if (thread == null) {
            return List.of();
        }
        List<StackFrame> identifiable = thread.getFrames().stream().filter(Signatures::hasIdentity).toList();
        List<StackFrame> distinctive = identifiable.stream().filter(generic.negate()).toList();
        return firstFrames(distinctive.isEmpty() ? identifiable : distinctive, maxFrames);
    }

    /**
     * The thread the dump crashed on: the one marked crashing, else the first thread with frames
     * (a plain {@code kb} listing holds one unnamed thread), else empty.
     */
    public static Optional<DumpThread> crashingThread(Dump dump) {
        if (dump == null) {
            return Optional.empty();
        }
        return dump.getThreads().stream().filter(DumpThread::isCrashing).findFirst()
                .or(() -> dump.getThreads().stream().filter(t -> !t.getFrames().isEmpty()).findFirst());
    }

    /** One frame as it appears in a signature: {@code module!symbol}, or {@code module} without a symbol. */
    public static String frameSignature(StackFrame frame) {
        String module = normalizedModule(frame.getModule());
        String symbol = blankToNull(frame.getSymbol());
        if (module == null) {
            return symbol;
        }
        return symbol == null ? module : module + "!" + symbol;
    }

    /** A module name as signatures compare it: lower case, without an image extension. */
    public static String normalizedModule(String module) {
        String name = blankToNull(module);
        if (name == null) {
            return null;
        }
        return IMAGE_EXTENSION.matcher(name.trim()).replaceFirst("").toLowerCase(Locale.ROOT);
    }

    private static List<StackFrame> firstFrames(List<StackFrame> candidates, int maxFrames) {
        List<StackFrame> chosen = new ArrayList<>(maxFrames);
        String previous = null;
        for (StackFrame frame : candidates) {
            String text = frameSignature(frame);
            boolean repeatedModuleOnly = blankToNull(frame.getSymbol()) == null && text.equals(previous);
            if (!repeatedModuleOnly) {
                chosen.add(frame);
                if (chosen.size() == maxFrames) {
                    break;
                }
            }
            previous = text;
        }
        return chosen;
    }

    /** A frame with neither module nor symbol is a bare address: it identifies nothing. */
    private static boolean hasIdentity(StackFrame frame) {
        return blankToNull(frame.getModule()) != null || blankToNull(frame.getSymbol()) != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
