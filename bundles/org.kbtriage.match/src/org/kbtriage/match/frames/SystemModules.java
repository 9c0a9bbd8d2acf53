package org.kbtriage.match.frames;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The core operating-system modules ({@code system-modules.txt} in this package): frames in them
 * are weak evidence because the same function sits under crashes of many programs.
 */
public final class SystemModules {

    private final Set<String> modules;

    private SystemModules(Set<String> modules) {
        this.modules = Set.copyOf(modules);
    }

    /** The list shipped with the product. */
    public static SystemModules defaults() {
        try (InputStream in = SystemModules.class.getResourceAsStream("system-modules.txt")) {
            if (in == null) {
                throw new IllegalStateException("system-modules.txt is missing from the bundle");
            }
            Set<String> modules = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    line = line.strip();
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        modules.add(FrameNames.module(line));
                    }
                }
            }
            return new SystemModules(modules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read system-modules.txt", e);
        }
    }

    /** A list of exactly these modules (any spelling; they are made canonical). */
    public static SystemModules of(Set<String> modules) {
        Set<String> canonical = new HashSet<>();
        modules.forEach(m -> canonical.add(FrameNames.module(m)));
        return new SystemModules(canonical);
    }

    /** True for a core OS module; expects a canonical name. */
    public boolean contains(String canonicalModule) {
        return modules.contains(canonicalModule);
    }
}
