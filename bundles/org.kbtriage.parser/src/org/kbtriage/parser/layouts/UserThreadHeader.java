package org.kbtriage.parser.layouts;

import org.kbtriage.parser.internal.LineText;

/**
 * A thread header of {@code ~*kb}: {@code .  0  Id: 1a4.1b0 Suspend: 1 Teb: 7ffde000 Unfrozen}
 * ({@code .} marks the current thread, {@code #} the thread of the last event). Read by hand rather
 * than by a regular expression: a thread list of a big process has one per thread.
 *
 * @param marker   {@code '.'}, {@code '#'} or 0
 * @param number   the debugger's thread number, as printed
 * @param threadId the system thread id, as printed
 */
record UserThreadHeader(char marker, String number, String threadId) {

    /** The header on this line, or null when the line is not one. */
    static UserThreadHeader parse(LineText s) {
        int n = s.length();
        int i = ModuleLine.skipSpace(s, 0);
        char marker = 0;
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == '#')) {
            marker = s.charAt(i);
            i = ModuleLine.skipSpace(s, i + 1);
        }
        int numberStart = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int numberEnd = i;
        i = ModuleLine.skipSpace(s, i);
        if (numberEnd == numberStart || i == numberEnd || !s.startsWith("Id:", i)) {
            return null;
        }
        int processStart = ModuleLine.skipSpace(s, i + 3);
        int processEnd = ModuleLine.hexEnd(s, processStart);
        if (processEnd == processStart || processEnd >= n || s.charAt(processEnd) != '.') {
            return null;
        }
        int threadStart = processEnd + 1;
        int threadEnd = ModuleLine.hexEnd(s, threadStart);
        if (threadEnd == threadStart || !restIsSuspendOrNothing(s, threadEnd)) {
            return null;
        }
        return new UserThreadHeader(marker, s.substring(numberStart, numberEnd), s.substring(threadStart, threadEnd));
    }

    /** Nothing, or white space then {@code Suspend:} and anything on the same line. */
    private static boolean restIsSuspendOrNothing(LineText s, int from) {
        if (from == s.length()) {
            return true;
        }
        int i = ModuleLine.skipSpace(s, from);
        if (i == from || !s.startsWith("Suspend:", i)) {
            return false;
        }
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }
}
