package org.kbtriage.ui.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kbtriage.parser.TextDecoding;

/**
 * A dump file's text decoded the way the parser decodes it (same charset detection, byte-order mark
 * dropped, line ends kept, bad bytes replaced), so the parser's frame offsets index it exactly.
 */
final class DecodedText {

    private DecodedText() {
    }

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        TextDecoding.Encoding encoding = TextDecoding.detect(bytes, Math.min(bytes.length, TextDecoding.SAMPLE_SIZE));
        int start = Math.min(encoding.bomLength(), bytes.length);
        // Replaces bad bytes like a REPLACE decoder, without its intermediate char buffer (200 MB for a 100 MB log).
        return new String(bytes, start, bytes.length - start, encoding.charset());
    }
}
