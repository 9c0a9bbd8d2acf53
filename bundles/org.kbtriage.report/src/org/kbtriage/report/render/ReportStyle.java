package org.kbtriage.report.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet inlined into every HTML report: {@code report.css} beside this class, read once.
 * A resource rather than a string constant, which the compiler would copy into every user.
 */
final class ReportStyle {

    private static final String CSS = load();

    private ReportStyle() {
    }

    static String css() {
        return CSS;
    }

    private static String load() {
        try (InputStream in = ReportStyle.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the report bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read report.css from the report bundle", e);
        }
    }
}
