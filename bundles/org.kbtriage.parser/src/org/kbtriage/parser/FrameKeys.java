package org.kbtriage.parser;

import java.util.Locale;

/**
 * The identity of a stack frame across dumps and KB articles: {@code module!symbol} in lower
 * case, without the offset, the image extension, the stdcall/fastcall decoration and the load
 * address WinDbg appends to a module name that two loaded images share, so that
 * {@code STORE.EXE!EcRpc+0x12}, {@code store!EcRpc+0x471}, {@code store!_EcRpc@20} and
 * {@code store_60000000!EcRpc} share the key {@code store!ecrpc}.
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
        String moduleKey = stripLoadAddress(stripImageExtension(module.strip().toLowerCase(Locale.ROOT)));
        if (symbol == null || symbol.isBlank()) {
            return moduleKey;
        }
        return moduleKey + '!' + undecorated(symbol.strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code _HrGetProps@12} (stdcall) and {@code @HrGetProps@8} (fastcall) -> {@code HrGetProps}:
     * the same function as printed with public symbols and with full ones. C++ names and names
     * without the decoration are returned unchanged.
     */
    public static String undecorated(String symbol) {
        int at = symbol.lastIndexOf('@');
        if (at < 2 || at == symbol.length() - 1 || symbol.charAt(0) != '_' && symbol.charAt(0) != '@') {
            return symbol;
        }
        for (int i = at + 1; i < symbol.length(); i++) {
            if (!Character.isDigit(symbol.charAt(i))) {
                return symbol;
            }
        }
        String name = symbol.substring(1, at);
        return name.indexOf('@') >= 0 || name.indexOf(':') >= 0 ? symbol : name;
    }

    /**
     * {@code mapi32_6fa80000} -> {@code mapi32}: WinDbg names the second of two images with one
     * name by the name and its load address (8 or 16 hex digits).
     */
    static String stripLoadAddress(String module) {
        int underscore = module.lastIndexOf('_');
        int digits = module.length() - underscore - 1;
        if (underscore < 1 || digits != 8 && digits != 16) {
            return module;
        }
        for (int i = underscore + 1; i < module.length(); i++) {
            if (Character.digit(module.charAt(i), 16) < 0) {
                return module;
            }
        }
        return module.substring(0, underscore);
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
