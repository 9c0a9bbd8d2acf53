package org.kbtriage.report.content;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Windows file version such as {@code 5.5.2653.73}, compared part by part as numbers. Text around
 * the numbers ({@code 5.0.2195.4314 (SP2)}) is ignored; commas count as dots ({@code 5,5,2653,73}).
 */
public record DottedVersion(long[] parts) implements Comparable<DottedVersion> {

    private static final Pattern NUMBERS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    public static Optional<DottedVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = NUMBERS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            long[] parts = Arrays.stream(m.group().split("[.,]")).mapToLong(Long::parseLong).toArray();
            return Optional.of(new DottedVersion(parts));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Missing trailing parts count as zero: {@code 5.5} equals {@code 5.5.0.0}. */
    @Override
    public int compareTo(DottedVersion other) {
        int n = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < n; i++) {
            int c = Long.compare(part(i), other.part(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private long part(int i) {
        return i < parts.length ? parts[i] : 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DottedVersion v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        int end = parts.length;
        while (end > 0 && parts[end - 1] == 0) {
            end--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, end));
    }

    @Override
    public String toString() {
        return String.join(".", Arrays.stream(parts).mapToObj(Long::toString).toList());
    }
}
