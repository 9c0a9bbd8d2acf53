package org.kbtriage.parser.layouts;

import java.util.Locale;

import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.Module;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.ParseContext;

/**
 * {@code lm}, {@code lmv}, {@code lmvm NAME}: after the {@code start end module name} header, one
 * line per module ({@code 60000000 600f4000   ESE   (pdb symbols)   ESE.dll}) and, for the
 * verbose forms, indented {@code Key: value} lines (Image path, Image name, Timestamp, File
 * version, Product version). A module listed twice ({@code lm}, then {@code lmvm}) is one Module.
 */
final class ModuleListRecognizer implements LineRecognizer {

    private boolean inList;
    private boolean unloaded;
    private Module last;

    @Override
    public boolean accept(ParseContext context) {
        int i = context.indent();
        if (context.firstChar() == 's' && context.text().startsWith("start", i) && context.line().contains("module name")) {
            context.stacks().close();
            context.assembler().addLayout(DumpLayout.MODULE_LIST);
            inList = true;
            unloaded = false;
            last = null;
            return true;
        }
        if (!inList) {
            return false;
        }
        String s = context.line();
        if (s.startsWith("Unloaded modules:", i)) {
            unloaded = true;
            last = null;
            return true;
        }
        if (i == 0 && moduleLine(context, s)) {
            return true;
        }
        if (i > 0 && detailLine(s.substring(i))) {
            return true;
        }
        inList = false;
        last = null;
        return false;
    }

    private boolean moduleLine(ParseContext context, String s) {
        String[] parts = s.strip().split("\\s+", 4);
        if (parts.length < 3 || !isAddress(parts[0]) || !isAddress(parts[1]) || parts[2].indexOf('!') >= 0) {
            return false;
        }
        if (unloaded) {
            return true;
        }
        Module module = context.assembler().module(parts[2]);
        module.setStartAddress(parts[0].toLowerCase(Locale.ROOT));
        module.setEndAddress(parts[1].toLowerCase(Locale.ROOT));
        if (parts.length == 4) {
            String imageName = imageName(parts[3]);
            if (imageName != null && module.getImageName() == null) {
                module.setImageName(imageName);
            }
        }
        last = module;
        return true;
    }

    /** The image file after the symbol state: {@code (pdb symbols)   ESE.dll}; a symbol file path is not one. */
    private static String imageName(String rest) {
        String text = rest.strip();
        int close = text.lastIndexOf(')');
        if (close >= 0) {
            text = text.substring(close + 1).strip();
        }
        if (text.isEmpty() || text.indexOf(' ') >= 0) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdb") || lower.endsWith(".dbg") || lower.endsWith(".sym")) {
            return null;
        }
        int slash = Math.max(text.lastIndexOf('\\'), text.lastIndexOf('/'));
        return text.substring(slash + 1);
    }

    private boolean detailLine(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        if (last == null) {
            return true;
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        switch (key) {
            case "Image path" -> last.setImagePath(value);
            case "Image name" -> last.setImageName(value);
            case "Timestamp" -> last.setTimestamp(value);
            case "File version" -> last.setFileVersion(value);
            case "Product version" -> last.setProductVersion(value);
            case "FileVersion" -> {
                if (last.getFileVersion() == null) {
                    last.setFileVersion(value);
                }
            }
            case "ProductVersion" -> {
                if (last.getProductVersion() == null) {
                    last.setProductVersion(value);
                }
            }
            default -> {
                // Checksum, image size, company name...: not part of the model.
            }
        }
        return true;
    }

    private static boolean isAddress(String token) {
        int length = token.length();
        if (length != 8 && length != 16 && length != 17) {
            return false;
        }
        for (int k = 0; k < length; k++) {
            char c = token.charAt(k);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!hex && !(c == '`' && k == 8)) {
                return false;
            }
        }
        return true;
    }
}
