package org.kbtriage.match.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotted file version ({@code 5.5.2652.85}) compared numerically, part by part; missing parts
 * read as 0, so {@code 5.5} equals {@code 5.5.0.0}.
 */
public record FileVersion(List<Integer> parts) implements Comparable<FileVersion> {

    private static final Pattern DOTTED = Pattern.compile("\\d+(?:[.,]\\d+)+");

    public FileVersion {
        parts = List.copyOf(parts);
    }

    /** The first dotted number in the text ({@code "5.5.2652.85 (x86)"} -> 5.5.2652.85); null if none. */
    public static FileVersion parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DOTTED.matcher(text);
        if (!m.find()) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (String part : m.group().split("[.,]")) {
            try {
                parts.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new FileVersion(parts);
    }

    /** Major and minor agree (5.5.x.y and 5.5.z.w): the same release line. */
    public boolean sameReleaseLine(FileVersion other) {
        return part(0) == other.part(0) && part(1) == other.part(1);
    }

    public int part(int index) {
        return index < parts.size() ? parts.get(index) : 0;
    }

    @Override
    public int compareTo(FileVersion other) {
        int length = Math.max(parts.size(), other.parts.size());
        for (int i = 0; i < length; i++) {
            int c = Integer.compare(part(i), other.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int part : parts) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(part);
        }
        return text.toString();
    }
}
