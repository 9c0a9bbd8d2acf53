package org.kbtriage.report;

import java.util.Locale;
import java.util.Optional;

/** The formats a triage report is written in, with the file extension each uses. */
public enum ReportFormat {
    /** One self-contained HTML page, readable on screen and printed. */
    HTML("html", "text/html"),
    /** GitHub-flavoured Markdown, to paste into a ticket. */
    MARKDOWN("md", "text/markdown"),
    /** JSON following {@code schema/triage-report-1.schema.json}. */
    JSON("json", "application/json");

    private final String fileExtension;
    private final String mediaType;

    ReportFormat(String fileExtension, String mediaType) {
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** The file extension without the dot, e.g. {@code md}. */
    public String fileExtension() {
        return fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Appends this format's extension to {@code baseName}: {@code crash.txt} becomes {@code crash.txt.html}. */
    public String fileName(String baseName) {
        return baseName + "." + fileExtension;
    }

    /**
     * The format named by a user: {@code html}/{@code htm}, {@code md}/{@code markdown}, {@code json}
     * (any case), or empty when the name means none of them.
     */
    public static Optional<ReportFormat> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "html", "htm" -> Optional.of(HTML);
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format whose extension the file name ends with, e.g. {@code report.md}, or empty. */
    public static Optional<ReportFormat> fromFileName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : fromName(fileName.substring(dot + 1));
    }
}
