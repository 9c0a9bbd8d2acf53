package org.kbtriage.ui.core;

import java.nio.file.Path;
import java.util.Objects;

import org.kbtriage.model.Dump;

/** A dump file read, decoded and parsed: the text exactly as the frame offsets count it, and its model. */
public record LoadedDump(Path file, String text, Dump dump) {

    public LoadedDump {
        Objects.requireNonNull(file);
        Objects.requireNonNull(text);
        Objects.requireNonNull(dump);
    }
}
