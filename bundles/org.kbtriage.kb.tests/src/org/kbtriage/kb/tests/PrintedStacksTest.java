package org.kbtriage.kb.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.index.FramedArticle;
import org.kbtriage.index.KbImporter;
import org.kbtriage.index.KbIndex;

/** The index hands the matcher each article's printed stacks apart, without rebuilding articles. */
class PrintedStacksTest {

    @TempDir
    Path temp;

    @Test
    void anArticlePrintingTwoStacksKeepsThemApart() throws Exception {
        String gadgetStack = "The service stops with this stack when the queue is empty:\n"
                + "\n"
                + "  0012f4a0 6fa91010 00000000 00000001 GADGETSV!CFeedPump::DrainQueue+0x1c\n"
                + "  0012f4c4 6fa93344 00000001 00000000 GADCORE!HrReadFeedBlock+0x3a\n"
                + "  0012f4e8 77f1b2c4 00000000 00000000 KERNEL32!BaseThreadStart+0x52\n"
                + "\n"
                + "When the queue holds items that were written by an earlier version of the\n"
                + "service, the widget spooler fails instead, and the stack of the failing\n"
                + "thread looks like this one:";
        Path articles = TestArticles.writeFolder(temp.resolve("articles"), Map.of(
                "kb/900/Q900001/README.md", TestArticles.jekyll("Q900001", "WID: Spooler Stops in Widcore",
                        "The Widget spooler service stops."),
                "kb/900/Q900005/README.md", TestArticles.jekyll("Q900005", "WID: Gadget Feed Stops the Spooler",
                        gadgetStack)));
        new KbImporter(temp.resolve("index")).importSources(List.of(articles), null);

        try (KbIndex kb = KbIndex.open(temp.resolve("index"))) {
            Map<String, FramedArticle> framed = kb.framedArticles().stream()
                    .collect(Collectors.toMap(FramedArticle::id, Function.identity()));
            List<String> widgetStack = List.of("widgetsv!cqueuespooler::flushpendingitems", "widcore!hrcopyblobtoqueue");
            assertEquals(List.of(widgetStack), framed.get("Q900001").stacks());
            assertEquals(List.of(List.of("gadgetsv!cfeedpump::drainqueue", "gadcore!hrreadfeedblock",
                    "kernel32!basethreadstart"), widgetStack), framed.get("Q900005").stacks());
            assertEquals(kb.article("Q900005").orElseThrow().getFrames().stream().map(f -> f.getKey()).toList(),
                    framed.get("Q900005").frameKeys(), "the stacks hold the rebuilt article's frames, in order");
        }
    }
}
