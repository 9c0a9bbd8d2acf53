package org.kbtriage.report.content;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.kbtriage.model.Applicability;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.Module;
import org.kbtriage.report.content.TriageReport.FixCheck;

/**
 * Does an article's fix apply to a dump? Each file the fix replaces is looked up among the dump's
 * loaded modules: a loaded version older than the fixed one means the process is AFFECTED, one at
 * least as new means the fix is already there (FIXED); without the module or its version nothing
 * can be said (UNKNOWN).
 */
final class FixApplicability {

    private final List<Module> loadedModules;

    FixApplicability(List<Module> loadedModules) {
        this.loadedModules = loadedModules;
    }

    FixCheck check(FixedFile file) {
        Optional<Module> loaded = findLoaded(file.getFileName());
        String loadedVersion = loaded.map(Module::getFileVersion).filter(v -> !v.isBlank()).orElse(null);
        Applicability verdict = compare(loadedVersion, file.getVersion());
        return new FixCheck(file.getFileName(), file.getVersion(), file.getPlatform(), file.getDate(), loadedVersion,
                verdict.getName());
    }

    /**
     * The verdict for a whole fix: AFFECTED when any replaced file is loaded in an older version, FIXED
     * when the files that can be compared are all at least the fixed version, otherwise the matcher's
     * own verdict.
     */
    static Applicability overall(List<FixCheck> checks, Applicability matcherVerdict) {
        boolean anyFixed = false;
        for (FixCheck check : checks) {
            if (Applicability.AFFECTED.getName().equals(check.applicability())) {
                return Applicability.AFFECTED;
            }
            anyFixed |= Applicability.FIXED.getName().equals(check.applicability());
        }
        if (anyFixed) {
            return Applicability.FIXED;
        }
        return matcherVerdict == null ? Applicability.UNKNOWN : matcherVerdict;
    }

    static Applicability compare(String loadedVersion, String fixedVersion) {
        Optional<DottedVersion> loaded = DottedVersion.parse(loadedVersion);
        Optional<DottedVersion> fixed = DottedVersion.parse(fixedVersion);
        if (loaded.isEmpty() || fixed.isEmpty()) {
            return Applicability.UNKNOWN;
        }
        return loaded.get().compareTo(fixed.get()) < 0 ? Applicability.AFFECTED : Applicability.FIXED;
    }

    private Optional<Module> findLoaded(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.empty();
        }
        String wanted = fileName.trim().toLowerCase(Locale.ROOT);
        return loadedModules.stream().filter(m -> names(m).contains(wanted)).findFirst();
    }

    /** The names a module answers to, lower case: image name, file name of its path, module name + .dll/.exe. */
    private static List<String> names(Module module) {
        String image = lower(module.getImageName());
        String path = lower(module.getImagePath());
        String pathFile = path == null ? null : path.substring(Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/')) + 1);
        String name = lower(module.getName());
        return Stream.of(image, pathFile, name, name == null ? null : name + ".dll",
                name == null ? null : name + ".exe", name == null ? null : name + ".sys")
                .filter(Objects::nonNull).toList();
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
