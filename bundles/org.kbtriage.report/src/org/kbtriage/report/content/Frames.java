package org.kbtriage.report.content;

import java.util.Locale;

import org.kbtriage.model.StackFrame;
import org.kbtriage.report.Signatures;

/** How frames are written and compared in reports. */
public final class Frames {

    private Frames() {
    }

    /** The frame as a debugger prints it: {@code module!symbol+offset}, {@code module+offset}, or its address. */
    public static String display(StackFrame frame) {
        String module = nonBlank(frame.getModule());
        String symbol = nonBlank(frame.getSymbol());
        String offset = nonBlank(frame.getOffset());
        StringBuilder text = new StringBuilder();
        if (module != null) {
            text.append(module);
        }
        if (symbol != null) {
            text.append(module == null ? "" : "!").append(symbol);
        }
        if (offset != null && text.length() > 0) {
            text.append(offset.startsWith("+") ? "" : "+").append(offset);
        }
        if (text.length() == 0) {
            String address = nonBlank(frame.getInstructionAddress());
            return address == null ? "(unknown frame)" : address;
        }
        return text.toString();
    }

    /**
     * The identity two frames share when they are the same code: module and symbol, in the form of
     * a signature, without case. Frames of a dump and of an article compare by it.
     */
    public static String identity(StackFrame frame) {
        String signature = Signatures.frameSignature(frame);
        return signature == null ? null : signature.toLowerCase(Locale.ROOT);
    }

    static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
