package org.kbtriage.kb.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small invented KB articles in both file forms, written at test time. */
final class TestArticles {

    private TestArticles() {
    }

    /** The shared evaluation and KB data ({@code -Dkbtriage.shared}, else {@code ../shared} beside the repo). */
    static Path shared() {
        String property = System.getProperty("kbtriage.shared");
        if (property != null && Files.isDirectory(Path.of(property))) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("kb"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("the shared KB data was not found; set -Dkbtriage.shared");
    }

    /** A Jekyll article with a stack, a fixed-file box and a reference, as in kb/NNN/QNNNNNN/README.md. */
    static String jekyll(String id, String title, String symptoms) {
        return "---\n"
                + "layout: page\n"
                + "title: \"" + id + ": " + title.replace("\"", "&quot;") + "\"\n"
                + "permalink: /kb/" + id.substring(1, 4) + "/" + id + "/\n"
                + "---\n\n"
                + "## " + id + ": " + title + "\n\n"
                + "{% raw %}\n\n"
                + tabbed("Article: " + id + "\n"
                        + "Product(s): Microsoft Widget Server\n"
                        + "Version(s): 4.2\n"
                        + "Operating System(s): \n"
                        + "Keyword(s): wid42 kbWidget420sp2Fix\n"
                        + "Last Modified: 03-JUN-2001\n"
                        + "\n"
                        + "-------------------------------------------------------------------------------\n"
                        + "The information in this article applies to:\n"
                        + "\n"
                        + "- Microsoft Widget Server, version 4.2 \n"
                        + "-------------------------------------------------------------------------------\n"
                        + "\n"
                        + "SYMPTOMS\n"
                        + "========\n"
                        + "\n"
                        + symptoms + "\n"
                        + "\n"
                        + "  0012f5cc 6fa960bf 048b0588 00000000 WIDGETSV!CQueueSpooler::FlushPendingItems+0x2f\n"
                        + "  0012f5e8 00593ce1 00000096 0514f16c WIDCORE!HrCopyBlobToQueue+0x67\n"
                        + "\n"
                        + "CAUSE\n"
                        + "=====\n"
                        + "\n"
                        + "The Widcore.dll file frees the spool buffer twice (0xC0000005).\n"
                        + "\n"
                        + "RESOLUTION\n"
                        + "==========\n"
                        + "\n"
                        + "Apply the fix. See Q123456 for how to obtain it.\n"
                        + "\n"
                        + "+-----------------------------+\n"
                        + "| File name    | Version      | \n"
                        + "+-----------------------------+\n"
                        + "| Widcore.dll  | 4.2.1234.17  | \n"
                        + "+-----------------------------+\n"
                        + "| Widgetsv.exe | 4.2.1234.17  | \n"
                        + "+-----------------------------+\n"
                        + "\n"
                        + "STATUS\n"
                        + "======\n"
                        + "\n"
                        + "Microsoft has confirmed this to be a problem in Widget Server version 4.2.\n"
                        + "\n"
                        + "Additional query words: spooler crash widcore\n"
                        + "\n"
                        + "======================================================================\n"
                        + "Keywords          : wid42 kbWidget420sp2Fix \n"
                        + "Technology        : kbWidgetSearch\n"
                        + "Version           : :4.2\n"
                        + "Issue type        : kbbug\n"
                        + "Solution Type     : kbfix\n"
                        + "\n"
                        + "=============================================================================\n")
                + "\n{% endraw %}\n";
    }

    private static String tabbed(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            out.append('\t').append(line).append('\n');
        }
        return out.toString();
    }

    /** A plain .TXT article with CRLF line ends and a newer-style file table. */
    static String txt(String id, String title, String text) {
        String body = "DOCUMENT:" + id + "  12-FEB-2000  [gadget]\n"
                + "TITLE   :" + title + "\n"
                + "PRODUCT :Microsoft Gadget Manager\n"
                + "PROD/VER:WinNT:2.0,2.0 SP1\n"
                + "OPER/SYS:\n"
                + "KEYWORDS:kbGadget200fix\n"
                + "\n"
                + "======================================================================\n"
                + "-------------------------------------------------------------------------------\n"
                + "The information in this article applies to:\n"
                + "\n"
                + " - Microsoft Gadget Manager, version 2.0\n"
                + "-------------------------------------------------------------------------------\n"
                + "\n"
                + "SUMMARY\n"
                + "=======\n"
                + "\n"
                + text + "\n"
                + "\n"
                + "MORE INFORMATION\n"
                + "================\n"
                + "\n"
                + "   Date      Time     Size      File name     Platform\n"
                + "   ---------------------------------------------------\n"
                + "   01/20/00  10:02a   143,632   Gadgetmg.dll  Intel\n"
                + "   01/20/00  10:04a   251,664   Gadgetmg.dll  Alpha\n"
                + "\n"
                + "Additional query words: gadget\n"
                + "\n"
                + "======================================================================\n"
                + "Keywords          : kbGadget200fix\n"
                + "Issue type        : kbbug\n"
                + "\n"
                + "=============================================================================\n"
                + "\n"
                + "THE INFORMATION PROVIDED IN THE MICROSOFT KNOWLEDGE BASE IS\n"
                + "PROVIDED \"AS IS\" WITHOUT WARRANTY OF ANY KIND.\n";
        return body.replace("\n", "\r\n");
    }

    /** Writes {@code path -> content} files under a folder. */
    static Path writeFolder(Path root, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        return root;
    }

    /** Writes {@code path -> content} entries into a zip. */
    static Path writeZip(Path zip, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zipOut.putNextEntry(new ZipEntry(file.getKey()));
                zipOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zipOut.closeEntry();
            }
        }
        return zip;
    }
}
