package org.kbtriage.match.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.kbtriage.index.KbImporter;

/**
 * A tiny invented knowledge base in the archive's Jekyll form, and invented dumps of its crashes
 * in several debugger layouts, written at test time.
 */
final class TestKb {

    static final String CACHE_CRASH = "Q900101";
    static final String INDEX_CRASH = "Q900102";

    private TestKb() {
    }

    /** Writes the articles under {@code folder/kb/NNN/QNNNNNN/README.md} and indexes them into {@code indexDir}. */
    static void build(Path folder, Path indexDir) throws IOException {
        write(folder, CACHE_CRASH, "XWID: Widget Server Stops Responding in CacheLookup", """
                The Widget Server service (Widgetsv.exe) may stop responding. A user dump shows
                a call stack similar to the following:

                  0514efcc 77f640fc 04930000 40530000 0514eff8 NTDLL!RtlAllocateHeap+0x1ae
                  0514f0f4 6fff1383 00000015 00000000 0000009e WIDGETDB!CacheLookup+0x101
                  0514f104 6facfa8b 0000009e 6facfb25 048b0588 WIDGETDB!CacheFetch+0x13
                  0514f10c 6facfb25 048b0588 00000000 0000009e WIDGETDB!CCatalog::Resolve+0xb
                  0514f11c 6fa960bf 048b0588 00000000 0000009e WIDGETSV!HandleRequest+0x15
                  0514f138 6fa96118 00000001 048b0588 0514f16c WIDGETSV!WorkerLoop+0x2f
                  0514f14c 00593ce1 00000096 0514f16c 00000001 KERNEL32!BaseThreadStart+0x28

                CAUSE
                =====

                The catalog cache returns an entry that another thread has already freed.

                RESOLUTION
                ==========

                To resolve this problem, obtain the latest service pack for Widget Server 4.2.

                The English version of this fix should have the following file attributes or
                later:

                +-----------------------------+
                | File name    | Version      |
                +-----------------------------+
                | Widgetdb.dll | 4.2.1234.17  |
                +-----------------------------+

                WORKAROUND
                ==========

                Set the CacheEntries registry value to 0 and restart the Widget Server service.
                """);
        write(folder, INDEX_CRASH, "XWID: Access Violation in Widget Server While Splitting an Index Page", """
                Drwtsn32.log shows:

                  *----> Stack Back Trace <----*

                  FramePtr ReturnAd Param#1  Param#2  Param#3  Param#4  Function Name
                  021bfd4c 6148452f 000eb6d0 000e9c70 00113ffc 000eb6d0 widgetdb!IndexSplit
                  021bfd60 61481996 000eb6d0 07087fff 0000050a 00113ff0 widgetdb!IndexInsert
                  021bff38 60b0530c 040805c4 00252d00 00000004 6098a984 widgetdb!CCatalog::Commit
                  021bff48 6098a984 021bff58 00252d00 002bf670 0000064e widgetsv!HandleRequest
                  021bff64 6098a84d 77e71b04 6098a800 77e719c8 60b045fb widgetsv!WorkerLoop
                  021bffb8 77f04f2c 00000000 7ffdf000 0111ffb8 00000000 kernel32!BaseThreadStart

                RESOLUTION
                ==========

                This problem was corrected in Widget Server 4.2 Service Pack 3.
                """);
        write(folder, "Q900103", "XWID: How to Move the Widget Catalog to Another Drive", """
                This article describes how to move the catalog files to another drive. While
                the files are moved, a request for the catalog may fail in WIDGETDB!CatalogMove
                with an access violation; wait until the move completes.
                """);
        new KbImporter(indexDir).importSources(List.of(folder), null);
    }

    private static void write(Path folder, String id, String title, String symptoms) throws IOException {
        String body = "Article: " + id + "\nProduct(s): Microsoft Widget Server\nVersion(s): 4.2\n"
                + "Operating System(s): \nKeyword(s): wid42\nLast Modified: 03-JUN-2001\n\n"
                + "-------------------------------------------------------------------------------\n"
                + "The information in this article applies to:\n\n- Microsoft Widget Server, version 4.2\n"
                + "-------------------------------------------------------------------------------\n\n"
                + "SYMPTOMS\n========\n\n" + symptoms + "\nAdditional query words:\n\n"
                + "======================================================================\n"
                + "Keywords          : wid42\nIssue type        : kbbug\n";
        String text = "---\nlayout: page\ntitle: \"" + id + ": " + title + "\"\npermalink: /kb/" + id.substring(1, 4) + "/"
                + id + "/\n---\n\n## " + id + ": " + title + "\n\n{% raw %}\n\n"
                + body.lines().map(line -> "\t" + line).reduce("", (a, b) -> a + b + "\n") + "\n{% endraw %}\n";
        Path file = folder.resolve("kb").resolve(id.substring(1, 4)).resolve(id).resolve("README.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The Q900101 crash as a WinDbg session: exception, {@code kb}, {@code lm}, {@code lmvm} with an old Widgetdb.dll. */
    static String cacheCrashWinDbg() {
        return """
                Microsoft (R) Windows Debugger  Version 6.0.17.0
                Loading Dump File [C:\\WINNT\\user.dmp]
                User Mini Dump File with Full Memory: Only application data is available

                (1b10.1868): Access violation - code c0000005 (first/second chance not available)
                eax=00000002 ebx=263fd6c0 ecx=263fd6b8 edx=263fd744 esi=0109714f edi=263fd66c
                eip=6fff1383 esp=263fd544 ebp=263fd548 iopl=0         nv up ei ng nz na po nc
                WIDGETDB!CacheLookup+0x101:
                6fff1383 394108           cmp     dword ptr [ecx+8],eax
                0:016> kb
                ChildEBP RetAddr  Args to Child
                263fd548 0103eea7 0103eea7 0110a355 78062380 WIDGETDB!CacheLookup+0x101
                263fd564 01069d28 1052b324 263fdbf8 80000000 WIDGETDB!CacheFetch+0x13
                263fd574 0110a355 00000010 263fda4c 135eca38 WIDGETDB!CCatalog::Resolve+0xb
                263fd698 010fba6d 00000010 07e1fef4 00000004 WIDGETSV!HandleRequest+0x15
                263fd6ac 01114fc5 263fd884 00007fff 263fdb24 WIDGETSV!WorkerLoop+0x2f
                263fd7d0 0109714f 1b6d0008 263fd914 263fd53c KERNEL32!BaseThreadStart+0x28
                0:016> lm
                start    end        module name
                01000000 01152000   WIDGETSV   (deferred)
                6ff00000 6ff80000   WIDGETDB   (export symbols)       WIDGETDB.dll
                77e00000 77fa5000   ntdll      (export symbols)       ntdll.dll
                7814e000 7816c000   KERNEL32   (no symbols)           KERNEL32.dll
                0:016> lmvm WIDGETDB
                start    end        module name
                6ff00000 6ff80000   WIDGETDB   (pdb symbols)          WIDGETDB.dll
                    Loaded symbol image file: WIDGETDB.dll
                    Image path: C:\\WIDGET\\bin\\WIDGETDB.dll
                    Image name: WIDGETDB.dll
                    File version:     4.2.1100.3
                    Product version:  4.2.0.0
                0:016> q
                """;
    }

    /** The same crash as a Dr. Watson log entry. */
    static String cacheCrashDrWatson() {
        return """
                Microsoft (R) Windows NT (TM) Dr. Watson Postmortem Debugger

                Application exception occurred:
                        App: widgetsv.exe (pid=6156)
                        When: 12/2/2001 @ 07:22:16.367
                        Exception number: c0000005 (access violation)

                *----> Module List <----*
                (01000000 - 010ad000) C:\\WIDGET\\bin\\WIDGETSV.exe
                (6ff00000 - 6ff80000) C:\\WIDGET\\bin\\WIDGETDB.dll
                (77e8c000 - 77ecc000) C:\\WINNT\\system32\\KERNEL32.dll

                *----> State Dump for Thread Id 0xc2c <----*

                eax=58bcbd3c ebx=1c5fd7a8 ecx=191ca408 edx=0102aade esi=0a114918 edi=58bcbf0c

                function: CacheLookup
                        6fff137f 53               push    ebx
                FAULT ->6fff1383 394108           cmp     dword ptr [ecx+8],eax

                *----> Stack Back Trace <----*

                FramePtr ReturnAd Param#1  Param#2  Param#3  Param#4  Function Name
                58bcbd1c 77eb51c5 58bcbd14 0d3e40ec 0bdc5ae8 0d9da0c8 WIDGETDB!CacheLookup
                58bcbdf4 77e9b3a1 58bcbcec 58bcc018 00000002 00000001 WIDGETDB!CacheFetch
                58bcbf18 7801a7a6 00000004 11bc0af0 068ad740 00000002
                WIDGETDB!CCatalog::Resolve
                58bcbfa0 77ff9e71 070bb534 00b65304 58bcc308 58bcc25c WIDGETSV!HandleRequest
                58bcbfb4 77ea2bc6 600b7289 12ec8bd8 58bcc1cc 11feb6b0 WIDGETSV!WorkerLoop
                58bcbfcc 600d2426 00007fff 58bcc0a0 58bcbf78 01045f11 KERNEL32!BaseThreadStart

                *----> Raw Stack Dump <----*
                58bcbcf0  2c 4e 30 95 2a 97 ae 60 - ae 86 57 4b f8 84 c5 13  ,N0.*..`..WK....
                """;
    }

    /** A crash in a function that an article names in its text but prints in no stack. */
    static String catalogMoveWinDbg() {
        return """
                (0a10.0c44): Access violation - code c0000005 (first/second chance not available)
                0:004> kb
                ChildEBP RetAddr  Args to Child
                0012f0f4 6fff1383 00000015 00000000 0000009e WIDGETDB!CatalogMove+0x2c1
                0012f104 6facfa8b 0000009e 6facfb25 048b0588 WIDGETDB!MoveCatalogFiles+0x13
                0012f14c 00593ce1 00000096 0514f16c 00000001 KERNEL32!BaseThreadStart+0x28
                """;
    }

    /** A crash in invented code that only shares generic OS frames with the KB. */
    static String genericOnlyWinDbg() {
        return """
                (0a10.0c44): Access violation - code c0000005 (first/second chance not available)
                0:004> kb
                ChildEBP RetAddr  Args to Child
                0012f0d0 6fff1921 04930000 00000001 000000a8 ntdll!RtlAllocateHeap+0x1ae
                0012f0f4 6fff1383 00000015 00000000 0000009e ZORBLAX!Frobnicate+0x101
                0012f104 6facfa8b 0000009e 6facfb25 048b0588 ZORBLAX!Main+0x13
                0012f14c 00593ce1 00000096 0514f16c 00000001 KERNEL32!BaseThreadStart+0x28
                """;
    }

    /** UTF-16LE with a byte-order mark and CRLF line ends, as {@code .logopen /u} writes. */
    static byte[] utf16(String text) {
        byte[] body = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        return bytes;
    }
}
