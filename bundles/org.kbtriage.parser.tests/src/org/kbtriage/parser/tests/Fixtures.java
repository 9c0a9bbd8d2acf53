package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.kbtriage.model.StackFrame;

/** The hand-written dump fixtures next to the tests, and assertions about where a frame sits in them. */
final class Fixtures {

    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a frame's fields and that its offsets cover exactly {@code printed}, found at its
     * {@code occurrence}-th (0-based) place in the text, on the line counted from the text itself.
     */
    static void assertFrame(String text, StackFrame frame, String module, String symbol, String offset, String key,
            String printed, int occurrence) {
        assertEquals(module, frame.getModule(), "module");
        assertEquals(symbol, frame.getSymbol(), "symbol");
        assertEquals(offset, frame.getOffset(), "offset");
        assertEquals(key, frame.getKey(), "key");
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(printed, start + 1);
            assertTrue(start >= 0, "fixture has no occurrence " + occurrence + " of " + printed);
        }
        assertEquals(start, frame.getStartOffset(), "start offset of " + printed);
        assertEquals(start + printed.length(), frame.getEndOffset(), "end offset of " + printed);
        assertEquals(lineOf(text, start), frame.getLine(), "line of " + printed);
    }

    /** 1-based line of a character offset, counting \r\n, \n and \r as line ends. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        return line;
    }
}
