package org.kbtriage.match.fix;

import java.util.ArrayList;
import java.util.List;

import org.kbtriage.match.frames.FrameNames;
import org.kbtriage.model.Applicability;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.Module;

/**
 * Does the article's fix apply to this dump? Compares the versions of the modules the dump lists
 * as loaded ({@code lm}/{@code lmv}, the Dr. Watson module list) with the article's fixed file
 * versions: a loaded file older than its fixed version is {@link Applicability#AFFECTED}; every
 * compared file at or above it is {@link Applicability#FIXED}; nothing to compare is
 * {@link Applicability#UNKNOWN}.
 */
public final class ApplicabilityCheck {

    private ApplicabilityCheck() {
    }

    /**
     * The verdict and, for a person, the comparisons behind it.
     *
     * @param applicability the verdict
     * @param details       one line per compared file, e.g. "loaded MAPI32.dll 5.5.2448.0 is older than the fixed 5.5.2652.85"
     */
    public record Result(Applicability applicability, List<String> details) {
    }

    public static Result assess(List<? extends Module> loaded, List<? extends FixedFile> fixedFiles) {
        boolean affected = false;
        boolean fixed = false;
        List<String> details = new ArrayList<>();
        for (Module module : loaded) {
            FileVersion loadedVersion = FileVersion.parse(module.getFileVersion());
            if (loadedVersion == null) {
                loadedVersion = FileVersion.parse(module.getProductVersion());
            }
            String name = FrameNames.module(module.getImageName() != null ? module.getImageName() : module.getName());
            if (loadedVersion == null || name == null) {
                continue;
            }
            FileVersion fixedVersion = fixedVersionFor(name, loadedVersion, fixedFiles);
            if (fixedVersion == null) {
                continue;
            }
            String shown = module.getImageName() != null ? module.getImageName() : module.getName();
            if (loadedVersion.compareTo(fixedVersion) < 0) {
                affected = true;
                details.add("loaded " + shown + " " + loadedVersion + " is older than the fixed " + fixedVersion);
            } else {
                fixed = true;
                details.add("loaded " + shown + " " + loadedVersion + " is at or above the fixed " + fixedVersion);
            }
        }
        Applicability applicability = affected ? Applicability.AFFECTED : fixed ? Applicability.FIXED : Applicability.UNKNOWN;
        return new Result(applicability, List.copyOf(details));
    }

    /**
     * The fixed version listed for this file; when several rows list it (one per platform or
     * release), the one on the loaded version's release line, else the lowest.
     */
    private static FileVersion fixedVersionFor(String canonicalName, FileVersion loaded, List<? extends FixedFile> fixedFiles) {
        FileVersion lowest = null;
        FileVersion sameLine = null;
        for (FixedFile file : fixedFiles) {
            if (!canonicalName.equals(FrameNames.module(file.getFileName()))) {
                continue;
            }
            FileVersion version = FileVersion.parse(file.getVersion());
            if (version == null) {
                continue;
            }
            if (lowest == null || version.compareTo(lowest) < 0) {
                lowest = version;
            }
            if (version.sameReleaseLine(loaded) && (sameLine == null || version.compareTo(sameLine) < 0)) {
                sameLine = version;
            }
        }
        return sameLine != null ? sameLine : lowest;
    }
}
