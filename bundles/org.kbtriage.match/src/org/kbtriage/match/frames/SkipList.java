package org.kbtriage.match.frames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.kbtriage.model.StackFrame;

/**
 * Decides which frames are generic OS plumbing (heap, exception dispatch, thread start, waits,
 * RPC dispatch, bugcheck entry): the editable rules of {@code skip-list.txt} in this package, in
 * the spirit of Mozilla Socorro's prefix and irrelevant signature lists, optionally edited by a
 * user file. Immutable and safe to share between threads.
 */
public final class SkipList {

    private static final String DEFAULT_RESOURCE = "skip-list.txt";

    private final List<String> rules;
    private final Pattern combined;

    private SkipList(List<String> rules) {
        this.rules = List.copyOf(rules);
        StringBuilder alternation = new StringBuilder();
        for (String rule : this.rules) {
            if (!alternation.isEmpty()) {
                alternation.append('|');
            }
            alternation.append("(?:").append(rule).append(')');
        }
        this.combined = Pattern.compile(alternation.isEmpty() ? "(?!)" : alternation.toString());
    }

    /** The rules shipped with the product. */
    public static SkipList defaults() {
        try (InputStream in = SkipList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default skip list " + DEFAULT_RESOURCE + " is missing from the bundle");
            }
            return new SkipList(parse(read(in), DEFAULT_RESOURCE, new LinkedHashSet<>()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default skip list", e);
        }
    }

    /** A skip list made of exactly these rules (regular expressions over canonical frame keys). */
    public static SkipList of(List<String> rules) {
        return new SkipList(parse(rules, "rules", new LinkedHashSet<>()));
    }

    /**
     * These rules edited by a user file: each line adds a rule, a line {@code -RULE} removes the
     * rule written exactly as RULE, {@code #} starts a comment.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when a rule is not a valid regular expression (the message
     *                                  names the file and line)
     */
    public SkipList withOverrides(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return new SkipList(parse(lines, file.toString(), new LinkedHashSet<>(rules)));
    }

    /** The rules in force, in order. */
    public List<String> rules() {
        return Collections.unmodifiableList(rules);
    }

    /** True when the frame is generic plumbing; a frame without a module never is. */
    public boolean isGeneric(StackFrame frame) {
        return isGeneric(FrameNames.module(frame.getModule()), FrameNames.symbol(frame.getSymbol()));
    }

    /** The same test for canonical names (see {@link FrameNames}); {@code symbol} may be null. */
    public boolean isGeneric(String canonicalModule, String canonicalSymbol) {
        if (canonicalModule == null) {
            return false;
        }
        String key = canonicalModule + '!' + (canonicalSymbol == null ? "" : canonicalSymbol);
        return combined.matcher(key).matches();
    }

    private static List<String> parse(List<String> lines, String source, Set<String> rules) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("-")) {
                rules.remove(line.substring(1).strip());
                continue;
            }
            try {
                Pattern.compile(line);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(source + ", line " + (i + 1) + ": not a valid rule: "
                        + e.getDescription() + " in '" + line + "'", e);
            }
            rules.add(line);
        }
        return new ArrayList<>(rules);
    }

    private static List<String> read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        }
        return lines;
    }
}
