package org.kbtriage.parser;

import java.util.Locale;

/**
 * The identity of a stack frame across dumps and KB articles: {@code module!symbol} in lower
 * case, without the offset and without the image extension, so that {@code STORE.EXE!EcRpc+0x12}
 * and {@code store!EcRpc+0x471} share the key {@code store!ecrpc}.
 */
public final class FrameKeys {

    private static final String[] IMAGE_EXTENSIONS = {".dll", ".exe", ".sys", ".drv", ".ocx", ".cpl"};

    private FrameKeys() {
    }

    /**
     * Returns {@code module!symbol} (or just {@code module} when the frame has no symbol), lower
     * case; {@code null} when the module is unknown (a raw address frame).
     */
    public static String key(String module, String symbol) {
        if (module == null || module.isBlank()) {
            return null;
        }
        String moduleKey = stripImageExtension(module.strip().toLowerCase(Locale.ROOT));
        if (symbol == null || symbol.isBlank()) {
            return moduleKey;
        }
        return moduleKey + '!' + symbol.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code "KERNEL32.dll"} -> {@code "KERNEL32"}; other names unchanged. */
    public static String stripImageExtension(String module) {
        for (String extension : IMAGE_EXTENSIONS) {
            if (module.regionMatches(true, module.length() - extension.length(), extension, 0, extension.length())
                    && module.length() > extension.length()) {
                return module.substring(0, module.length() - extension.length());
            }
        }
        return module;
    }
}
