package org.kbtriage.parser.layouts;

import java.util.Locale;

import org.kbtriage.model.Module;
import org.kbtriage.parser.FrameKeys;
import org.kbtriage.parser.internal.DumpAssembler;

/**
 * A line of the Dr. Watson module list, {@code (00400000 - 0040e000) C:\WINNT\...\mad.exe}: read
 * by hand rather than by a regular expression, as every crash of a long log repeats the list.
 */
final class ModuleLine {

    private ModuleLine() {
    }

    /** Adds the module of a module-list line to the dump; false when the line is not one. */
    static boolean read(String s, DumpAssembler assembler) {
        int n = s.length();
        int open = skipSpace(s, 0);
        if (open >= n || s.charAt(open) != '(') {
            return false;
        }
        int startEnd = hexEnd(s, open + 1);
        if (!isAddressLength(startEnd - open - 1)) {
            return false;
        }
        int dash = skipSpace(s, startEnd);
        if (dash >= n || s.charAt(dash) != '-') {
            return false;
        }
        int endStart = skipSpace(s, dash + 1);
        int endEnd = hexEnd(s, endStart);
        if (!isAddressLength(endEnd - endStart) || endEnd >= n || s.charAt(endEnd) != ')') {
            return false;
        }
        int pathStart = skipSpace(s, endEnd + 1);
        int pathEnd = n;
        while (pathEnd > pathStart && isSpace(s.charAt(pathEnd - 1))) {
            pathEnd--;
        }
        module(assembler, s.substring(open + 1, startEnd), s.substring(endStart, endEnd), s.substring(pathStart, pathEnd));
        return true;
    }

    private static void module(DumpAssembler assembler, String start, String end, String path) {
        int slash = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
        String imageName = path.substring(slash + 1);
        if (imageName.isEmpty()) {
            return;
        }
        int dot = imageName.lastIndexOf('.');
        String name = dot > 0 ? imageName.substring(0, dot) : imageName;
        Module module = assembler.module(FrameKeys.stripImageExtension(name));
        module.setImageName(imageName);
        module.setImagePath(path);
        module.setStartAddress(start.toLowerCase(Locale.ROOT));
        module.setEndAddress(end.toLowerCase(Locale.ROOT));
    }

    private static boolean isAddressLength(int digits) {
        return digits >= 8 && digits <= 16;
    }

    /** The end of the run of hex digits starting at {@code from}. */
    static int hexEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
            i++;
        }
        return i;
    }

    /** Skips what {@link #isSpace} calls space. */
    static int skipSpace(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** What {@code \s} matches in a Java regular expression. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r';
    }
}
