package org.kbtriage.ui.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
        try {
            return encoding.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("cannot decode the text as " + encoding.name(), e);
        }
    }
}
