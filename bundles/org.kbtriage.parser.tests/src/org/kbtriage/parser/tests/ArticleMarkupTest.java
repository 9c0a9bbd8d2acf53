package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/** Frame forms that KB articles print and debuggers seldom do: negative offsets, HTML bold tags in plain text. */
class ArticleMarkupTest {

    private final DumpParser parser = new DumpParser();

    @Test
    void readsANegativeOffsetAndKeepsTheKeyOfTheSymbol() {
        String text = Fixtures.text("negative-offset.txt");
        Dump dump = parser.parseText(text, "negative-offset.txt");
        assertEquals(2, dump.getThreads().size(), Frames.describe(dump));
        List<StackFrame> listed = dump.getThreads().get(0).getFrames();
        assertEquals(List.of("mapi32!sccopyrowset", "mapi32!hrqueryrowset"), Frames.keys(dump.getThreads().get(0)));
        Fixtures.assertFrame(text, listed.get(1), "MAPI32", "HrQueryRowSet", "-0x26", "mapi32!hrqueryrowset",
                "MAPI32!HrQueryRowSet-0x26", 0);

        DumpThread table = dump.getThreads().get(1);
        assertEquals(List.of("mapi32!sccopyrowset", "mapi32!hrqueryrowset", "store!ecsearchfolderrows"), Frames.keys(table));
        StackFrame negative = table.getFrames().get(1);
        Fixtures.assertFrame(text, negative, "MAPI32", "HrQueryRowSet", "-0x26", "mapi32!hrqueryrowset",
                "MAPI32!HrQueryRowSet-0x26", 1);
        assertEquals("0613fd48", negative.getAddresses().framePointer());
        assertEquals(List.of("01c4f2a0", "00000000", "00000000"), negative.getAddresses().arguments());
    }

    @Test
    void theSameOffsetWithEitherSignKeepsItsSign() {
        Dump dump = parser.parseText(String.join("\n",
                "ChildEBP RetAddr  Args to Child",
                "0613fd10 6f08b2c4 00000000 0613fd48 00000001 MAPI32!ScCopyRowSet+0x26",
                "0613fd48 6f08a11e 01c4f2a0 00000000 00000000 MAPI32!HrQueryRowSet-0x26",
                "0613fd80 77e8d1c2 01c4f2a0 0613fdc0 00000000 STORE!EcSearchFolderRows+0x26",
                "0613fdb8 77e8d1c2 01c4f2a0 0613fdc0 00000000 STORE!EcSearchFolder-0x26"), "signs.txt");
        List<String> offsets = dump.getThreads().get(0).getFrames().stream().map(StackFrame::getOffset).toList();
        assertEquals(List.of("0x26", "-0x26", "0x26", "-0x26"), offsets);
    }

    @Test
    void aHyphenInsideASymbolIsNotAnOffset() {
        Dump dump = parser.parseText(String.join("\n",
                "ChildEBP RetAddr  Args to Child",
                "0012f0a4 77e8f3b0 00000001 00000002 00000003 APP!CList::operator-+0x12",
                "0012f0c8 77e8f3b0 00000001 00000002 00000003 APP!Trim-Right+0x4",
                ""), "hyphens");
        DumpThread thread = Frames.crashing(dump);
        assertEquals(List.of("app!clist::operator-", "app!trim-right"), Frames.keys(thread));
        assertEquals("0x12", thread.getFrames().get(0).getOffset());
        assertEquals("0x4", thread.getFrames().get(1).getOffset());
    }

    @Test
    void stripsHtmlBoldTagsAroundAndInsideSymbols() {
        String text = Fixtures.text("bold-tags.txt");
        Dump dump = parser.parseText(text, "bold-tags.txt");
        assertEquals(2, dump.getThreads().size(), Frames.describe(dump));

        DumpThread table = dump.getThreads().get(0);
        assertEquals(List.of("imcsvc!cqueuereader::nextmessage", "imcsvc!cqueuereader::run", "kernel32!basethreadstart"),
                Frames.keys(table));
        StackFrame bold = table.getFrames().get(0);
        Fixtures.assertFrame(text, bold, "IMCSVC", "CQueueReader::NextMessage", "0x6d", "imcsvc!cqueuereader::nextmessage",
                "IMCSVC!<B>CQueueReader::NextMessage</B>+0x6d", 0);
        assertEquals("05a1fe34", bold.getAddresses().framePointer());

        DumpThread symbols = dump.getThreads().get(1);
        assertEquals(List.of("imcsvc!cqueuereader::nextmessage", "imcsvc!cqueuereader::run"), Frames.keys(symbols));
        Fixtures.assertFrame(text, symbols.getFrames().get(0), "IMCSVC", "CQueueReader::NextMessage", "0x6d",
                "imcsvc!cqueuereader::nextmessage", "IMCSVC!CQueueReader::NextMessage+0x6d", 0);
        Fixtures.assertFrame(text, symbols.getFrames().get(1), "IMCSVC", "CQueueReader::Run", "0x112",
                "imcsvc!cqueuereader::run", "IMCSVC!CQueueReader::Run+0x112", 1);
    }
}
