package org.kbtriage.kb.format;

/** One row of a fixed-file table; an attribute the table does not give is an empty string. */
public record FixedFileRow(String fileName, String version, String platform, String date, String size) {
}
