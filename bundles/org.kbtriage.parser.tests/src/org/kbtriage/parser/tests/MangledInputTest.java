package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.Severity;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/**
 * Cut, spliced and garbled versions of the fixtures: the parser must always return a dump whose
 * frame ranges lie inside the text, never throw.
 */
class MangledInputTest {

    private static final List<String> FIXTURES = List.of("windbg-x86.txt", "windbg-x64.txt", "wrapped.txt",
            "thread-list.txt", "analyze.txt", "drwatson.txt", "lmv.txt", "kernel.txt");
    private static final String NOISE = " \t\r\n!+:`'()[]<>-0x123456789abcdefABCDEF~#.*@?_$Idkb";

    @Test
    void neverThrowsAndKeepsRangesInsideTheText() {
        Random random = new Random(20240611);
        DumpParser parser = new DumpParser();
        for (int round = 0; round < 400; round++) {
            String text = mangle(Fixtures.text(FIXTURES.get(round % FIXTURES.size())), random);
            Dump dump = parser.parseText(text, "mangled-" + round);
            assertNotNull(dump);
            int currentRound = round;
            assertTrue(dump.getProblems().stream().noneMatch(p -> p.getSeverity() == Severity.ERROR),
                    () -> "internal error in round " + currentRound + ": " + dump.getProblems());
            for (DumpThread thread : dump.getThreads()) {
                for (StackFrame frame : thread.getFrames()) {
                    assertTrue(frame.getStartOffset() >= 0 && frame.getStartOffset() < frame.getEndOffset()
                            && frame.getEndOffset() <= text.length(), () -> "range out of text in round " + frame);
                }
            }
        }
    }

    private static String mangle(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(40);
        for (int i = 0; i < edits && out.length() > 0; i++) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(4)) {
                case 0 -> out.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                case 1 -> out.deleteCharAt(at);
                case 2 -> out.setLength(at);
                default -> {
                    int from = random.nextInt(out.length());
                    int to = Math.min(out.length(), from + random.nextInt(200));
                    out.insert(at, out.substring(from, to));
                }
            }
        }
        return out.toString();
    }
}
