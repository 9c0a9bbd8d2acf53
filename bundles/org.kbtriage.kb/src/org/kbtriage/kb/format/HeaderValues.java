package org.kbtriage.kb.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits the list-valued header fields shared by both article formats. */
final class HeaderValues {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    /** {@code MS-DOS:3.x,4.x} or {@code :5.5}: a platform name before the version list. */
    private static final Pattern PLATFORM_PREFIX = Pattern.compile("^[^:,]*:");

    private HeaderValues() {
    }

    static List<String> words(String value) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : WHITESPACE.split(value.strip())) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** Versions as listed ({@code 4.0,4.0 SP1}); a leading platform name ({@code WINDOWS:}) is dropped. */
    static List<String> versions(String value) {
        Set<String> versions = new LinkedHashSet<>();
        for (String part : SEMICOLON.split(value.strip())) {
            String list = PLATFORM_PREFIX.matcher(part).replaceFirst("");
            for (String version : COMMA.split(list.strip())) {
                if (!version.isBlank()) {
                    versions.add(version.strip());
                }
            }
        }
        return new ArrayList<>(versions);
    }

    /** Products: one header value, occasionally a comma-separated list. */
    static List<String> products(String value) {
        List<String> products = new ArrayList<>();
        for (String product : COMMA.split(value.strip())) {
            if (!product.isBlank()) {
                products.add(product.strip());
            }
        }
        return products;
    }
}
