package org.kbtriage.match.frames;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Canonical spellings of module and function names, so that the same function compares equal
 * however a debugger or a KB article printed it: {@code NTOSKRNL.EXE!_KiTrap0E@0+0x252},
 * {@code nt!KiTrap0E} and {@code ntkrnlmp!KiTrap0E} all become {@code nt!kitrap0e};
 * {@code RPCRT4!?DispatchToStub@RPC_INTERFACE@@QAEJPAU_RPC_MESSAGE@@IPAJ@Z} and
 * {@code RPCRT4!OSF_SCONNECTION__DispatchToStub} read as {@code rpc_interface::dispatchtostub}
 * and {@code osf_sconnection::dispatchtostub}.
 */
public final class FrameNames {

    /** Kernel images and HALs appear under several file names; articles and dumps mix them. */
    private static final Map<String, String> MODULE_ALIASES = Map.of(
            "ntoskrnl", "nt", "ntkrnlmp", "nt", "ntkrnlpa", "nt", "ntkrpamp", "nt",
            "halmps", "hal", "halaacpi", "hal", "halacpi", "hal", "halapic", "hal", "halmacpi", "hal");

    private static final String[] IMAGE_EXTENSIONS = {".dll", ".exe", ".sys", ".drv", ".ocx", ".cpl", ".dbg"};
    private static final Pattern OFFSET = Pattern.compile("\\s*\\+\\s*(0x)?[0-9a-f`]+$");
    private static final Pattern HEX_ONLY = Pattern.compile("(0x)?[0-9a-f`]+");
    private static final Pattern STDCALL_SUFFIX = Pattern.compile("@\\d+$");
    private static final Pattern DOUBLE_UNDERSCORE_SCOPE = Pattern.compile("(?<=[a-z0-9])__(?=[a-z~])");

    private FrameNames() {
    }

    /** {@code "NTOSKRNL.EXE"} -> {@code "nt"}; {@code "MAPI32.dll"} -> {@code "mapi32"}; null or blank -> null. */
    public static String module(String module) {
        if (module == null || module.isBlank()) {
            return null;
        }
        String name = module.strip().toLowerCase(Locale.ROOT);
        for (String extension : IMAGE_EXTENSIONS) {
            if (name.endsWith(extension) && name.length() > extension.length()) {
                name = name.substring(0, name.length() - extension.length());
                break;
            }
        }
        return MODULE_ALIASES.getOrDefault(name, name);
    }

    /**
     * The canonical function name, or null when the frame names no function ({@code <nosymbols>},
     * a bare address).
     */
    public static String symbol(String symbol) {
        if (symbol == null) {
            return null;
        }
        String name = OFFSET.matcher(symbol.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        name = stripTrailingPunctuation(name);
        if (name.isEmpty() || name.startsWith("<") || HEX_ONLY.matcher(name).matches()) {
            return null;
        }
        if (name.startsWith("?") && !name.startsWith("??") && name.contains("@@")) {
            name = undecorate(name);
        } else {
            name = STDCALL_SUFFIX.matcher(name).replaceFirst("");
            name = DOUBLE_UNDERSCORE_SCOPE.matcher(name).replaceAll("::");
        }
        // x86 C names carry a leading underscore in some symbol files and not in others.
        if (name.length() > 1 && name.charAt(0) == '_' && name.charAt(1) != '_') {
            name = name.substring(1);
        }
        return name.isEmpty() ? null : name;
    }

    /** {@code ?Name@Class@Namespace@@...} (MSVC decoration) -> {@code namespace::class::name}. */
    private static String undecorate(String decorated) {
        String[] parts = decorated.substring(1, decorated.indexOf("@@")).split("@");
        StringBuilder name = new StringBuilder();
        for (int i = parts.length - 1; i >= 0; i--) {
            if (parts[i].isEmpty()) {
                continue;
            }
            if (!name.isEmpty()) {
                name.append("::");
            }
            name.append(parts[i]);
        }
        return name.toString();
    }

    private static String stripTrailingPunctuation(String name) {
        int end = name.length();
        while (end > 0 && ".:,;".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(0, end);
    }
}
