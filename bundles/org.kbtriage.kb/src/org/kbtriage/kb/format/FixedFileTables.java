package org.kbtriage.kb.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the two kinds of fixed-file table printed in KB articles: the boxes
 * ({@code | File name | Version |} between {@code +----+} rules), mapped by their column headings, and the
 * later column lists ({@code Date  Time  Size  File name  Platform} over a dashed rule), whose rows are
 * read token by token because their columns do not line up with the heading.
 */
final class FixedFileTables {

    private static final Pattern BOX_RULE = Pattern.compile("\\s*\\+-[-+]*\\+?\\s*");
    private static final Pattern COLUMN_HEADER = Pattern.compile(
            "(?i)^\\s*(?=.*\\bFile ?name\\b)(?=.*\\b(?:Date|Size|Version)\\b)[A-Za-z /.]+$");
    private static final Pattern DASHES = Pattern.compile("\\s*-{5,}\\s*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final Pattern DATE = Pattern.compile("\\d{1,2}[-/]\\d{1,2}[-/]\\d{2,4}|\\d{1,2}-[A-Za-z]{3}-\\d{2,4}");
    private static final Pattern TIME = Pattern.compile("(?i)\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ap]m?)?");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)[ap]\\.?m\\.?");
    private static final Pattern SIZE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern SIZE_UNIT = Pattern.compile("(?i)(?:K|KB|MB|bytes)");
    private static final Pattern SIZE_WITH_UNIT = Pattern.compile("(?i)[\\d.,]+(?:K|KB|MB)");
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+)+[a-z]?");
    private static final Pattern PLATFORM = Pattern.compile(
            "(?i)\\(?(?:Intel|Alpha|x86|x64|IA64|IA-64|AMD64|MIPS|PPC|PowerPC|i386)\\)?");
    private static final Pattern FILE_NAME = Pattern.compile("[\\w$~\\\\/.\\-]*[A-Za-z_$~][\\w$~\\-]*\\.[A-Za-z0-9_]{1,4}");

    private FixedFileTables() {
    }

    static List<FixedFileRow> rows(String[] lines, int from, int to) {
        List<FixedFileRow> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines[i];
            if (!mentionsFileName(line)) {
                continue;
            }
            if (ArticleBody.firstNonBlank(line) == '|' && line.toLowerCase(Locale.ROOT).contains("file name")) {
                i = readBox(lines, i, to, rows);
            } else if (isColumnHeader(line.strip())) {
                i = readColumns(lines, i, to, rows);
            }
        }
        return rows;
    }

    /** {@link #COLUMN_HEADER}, tried only on lines of letters, spaces, slashes and dots (few lines are). */
    private static boolean isColumnHeader(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '/' || c == '.')) {
                return false;
            }
        }
        return COLUMN_HEADER.matcher(line).matches();
    }

    private static boolean mentionsFileName(String line) {
        return line.contains("ile") || line.contains("ILE");
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Reads a box from its heading row; returns the last line it used. */
    private static int readBox(String[] lines, int headerLine, int to, List<FixedFileRow> rows) {
        List<String> headings = cells(lines[headerLine]);
        int i = headerLine + 1;
        for (; i < to; i++) {
            String line = lines[i].strip();
            if (BOX_RULE.matcher(line).matches()) {
                continue;
            }
            if (!line.startsWith("|")) {
                break;
            }
            List<String> cells = cells(line);
            String fileName = "";
            String version = "";
            String platform = "";
            String date = "";
            String size = "";
            for (int c = 0; c < cells.size() && c < headings.size(); c++) {
                String heading = headings.get(c).toLowerCase(Locale.ROOT);
                String value = cells.get(c);
                if (heading.contains("file")) {
                    fileName = value;
                } else if (heading.contains("version")) {
                    version = value;
                } else if (heading.contains("platform")) {
                    platform = value;
                } else if (heading.contains("date")) {
                    date = value;
                } else if (heading.contains("size")) {
                    size = value;
                }
            }
            if (!fileName.isEmpty()) {
                rows.add(new FixedFileRow(fileName, version, platform, date, size));
            }
        }
        return i - 1;
    }

    /** Reads a column list from its heading line; returns the last line it used. */
    private static int readColumns(String[] lines, int headerLine, int to, List<FixedFileRow> rows) {
        boolean hasVersion = lines[headerLine].toLowerCase(Locale.ROOT).contains("version");
        int i = headerLine + 1;
        if (i < to && DASHES.matcher(lines[i]).matches()) {
            i++;
        }
        for (; i < to; i++) {
            if (lines[i].isBlank()) {
                break;
            }
            FixedFileRow row = columnRow(lines[i], hasVersion);
            if (row == null) {
                break;
            }
            rows.add(row);
        }
        return i - 1;
    }

    private static FixedFileRow columnRow(String line, boolean hasVersion) {
        String[] tokens = WHITESPACE.split(line.strip());
        String fileName = "";
        String version = "";
        String platform = "";
        String date = "";
        String time = "";
        String size = "";
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            String next = t + 1 < tokens.length ? tokens[t + 1] : "";
            if (date.isEmpty() && DATE.matcher(token).matches()) {
                date = token;
            } else if (time.isEmpty() && TIME.matcher(token).matches()) {
                time = MERIDIEM.matcher(next).matches() ? token + " " + tokens[++t] : token;
            } else if (size.isEmpty() && SIZE_WITH_UNIT.matcher(token).matches()) {
                size = token;
            } else if (size.isEmpty() && token.matches("[\\d.,]+") && SIZE_UNIT.matcher(next).matches()) {
                size = token + " " + tokens[++t];
            } else if (version.isEmpty() && hasVersion && VERSION.matcher(token).matches()) {
                version = token;
            } else if (size.isEmpty() && SIZE.matcher(token).matches()) {
                size = token;
            } else if (platform.isEmpty() && !fileName.isEmpty() && PLATFORM.matcher(token).matches()) {
                platform = token.replace("(", "").replace(")", "");
            } else if (fileName.isEmpty() && FILE_NAME.matcher(token).matches()) {
                fileName = token;
            }
        }
        if (fileName.isEmpty() || (date.isEmpty() && size.isEmpty() && version.isEmpty())) {
            return null;
        }
        String when = time.isEmpty() ? date : date.isEmpty() ? time : date + " " + time;
        return new FixedFileRow(fileName, version, platform, when, size);
    }
}
