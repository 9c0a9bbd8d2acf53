package org.kbtriage.parser.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kbtriage.model.Dump;
import org.kbtriage.model.StackFrame;
import org.kbtriage.parser.DumpParser;

/**
 * The same dump written in every encoding and line-end style a debugger or editor produces:
 * the frames and their character offsets into the decoded text must come out the same.
 */
class EncodingTest {

    /** A kb stack with a non-ASCII path (ü, é) that only decodes right in the right charset. */
    private static final String DUMP = String.join("\n",
            "Loading Dump File [C:\\Dokumente\\Müller\\crash.dmp]",
            "Résumé of the session",
            "0:000> kb",
            "ChildEBP RetAddr  Args to Child",
            "0012f9c4 00401b7e 00163d48 0012fa10 00000000 ORDSVC!COrderQueue::Pop+0x1f",
            "0012f9e8 00401c9a 0012fb2c 00000001 7c80b683 ORDSVC!ProcessNextOrder+0x4e",
            "");

    private final DumpParser parser = new DumpParser();

    @TempDir
    Path folder;

    @Test
    void utf8() throws Exception {
        check(DUMP, bytes(DUMP, StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        check(DUMP, concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, bytes(DUMP, StandardCharsets.UTF_8)), "UTF-8");
    }

    @Test
    void utf16LittleEndianWithByteOrderMarkAndCrLf() throws Exception {
        String crlf = DUMP.replace("\n", "\r\n");
        check(crlf, concat(new byte[] {(byte) 0xff, (byte) 0xfe}, bytes(crlf, StandardCharsets.UTF_16LE)), "UTF-16LE");
    }

    @Test
    void utf16BigEndianWithByteOrderMark() throws Exception {
        check(DUMP, concat(new byte[] {(byte) 0xfe, (byte) 0xff}, bytes(DUMP, StandardCharsets.UTF_16BE)), "UTF-16BE");
    }

    @Test
    void utf16LittleEndianWithoutByteOrderMark() throws Exception {
        check(DUMP, bytes(DUMP, StandardCharsets.UTF_16LE), "UTF-16LE");
    }

    @Test
    void utf16BigEndianWithoutByteOrderMark() throws Exception {
        check(DUMP, bytes(DUMP, StandardCharsets.UTF_16BE), "UTF-16BE");
    }

    @Test
    void windows1252() throws Exception {
        check(DUMP, bytes(DUMP, Charset.forName("windows-1252")), "windows-1252");
    }

    @Test
    void carriageReturnOnlyLineEnds() throws Exception {
        String cr = DUMP.replace("\n", "\r");
        check(cr, bytes(cr, StandardCharsets.UTF_8), "UTF-8");
    }

    @Test
    void mixedLineEnds() throws Exception {
        String mixed = DUMP.replaceFirst("\n", "\r\n").replaceFirst("kb\n", "kb\r");
        check(mixed, bytes(mixed, StandardCharsets.UTF_8), "UTF-8");
    }

    private void check(String decoded, byte[] content, String charset) throws Exception {
        Path file = Files.write(folder.resolve("dump.txt"), content);
        Dump dump = parser.parse(file, null);
        assertEquals(charset, dump.getCharset());
        assertEquals(content.length, dump.getSizeBytes());
        assertEquals(6, dump.getLineCount());
        List<StackFrame> frames = Frames.crashing(dump).getFrames();
        assertEquals(List.of("ordsvc!corderqueue::pop", "ordsvc!processnextorder"), Frames.keys(Frames.crashing(dump)));
        Fixtures.assertFrame(decoded, frames.get(0), "ORDSVC", "COrderQueue::Pop", "0x1f", "ordsvc!corderqueue::pop",
                "ORDSVC!COrderQueue::Pop+0x1f", 0);
        Fixtures.assertFrame(decoded, frames.get(1), "ORDSVC", "ProcessNextOrder", "0x4e", "ordsvc!processnextorder",
                "ORDSVC!ProcessNextOrder+0x4e", 0);
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
