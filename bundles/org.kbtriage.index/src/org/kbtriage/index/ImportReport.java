package org.kbtriage.index;

import java.time.Duration;
import java.util.List;

/**
 * What an import changed.
 *
 * @param added articles new to the index
 * @param changed articles whose file content changed since the last import
 * @param removed articles no longer in a source that was imported again
 * @param unchanged articles already indexed with the same content
 * @param skipped article files that could not be read or parsed (each has a warning)
 * @param rebuilt whether the index was rebuilt from scratch (new, outdated schema or corrupt)
 * @param articleCount the number of articles in the index afterwards
 * @param warnings one line each, naming the file or index concerned
 * @param elapsed the time the import took
 */
public record ImportReport(int added, int changed, int removed, int unchanged, int skipped, boolean rebuilt,
        int articleCount, List<String> warnings, Duration elapsed) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
