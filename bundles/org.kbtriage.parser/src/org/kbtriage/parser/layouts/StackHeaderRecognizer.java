package org.kbtriage.parser.layouts;

import org.kbtriage.model.DumpLayout;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.LineText;
import org.kbtriage.parser.internal.ParseContext;

/**
 * Stack table headers, which tell the layout and the meaning of the address columns:
 * WinDbg x86 {@code ChildEBP RetAddr  Args to Child}, x64 {@code Child-SP RetAddr Call Site},
 * Dr. Watson {@code FramePtr ReturnAd Param#1 ...}, the NTSD/KD tables of KB articles
 * {@code FramePtr RetAddr Param1 ...}, {@code kc}'s {@code # Call Site} and DebugDiag's
 * {@code Function Arg 1 Arg 2 Arg 3 Source}; {@code kf} adds a {@code Memory} column of frame
 * sizes, {@code kn} a {@code #} column of frame numbers.
 */
final class StackHeaderRecognizer implements LineRecognizer {

    @Override
    public boolean accept(ParseContext context) {
        char first = context.firstChar();
        if (first != 'C' && first != '#' && first != 'F' && !(first == 'M' && context.text().startsWith("Memory", context.indent()))) {
            return false;
        }
        LineText s = context.text();
        boolean numbered = first == '#';
        boolean frameSizes = s.contains("Memory");
        if (s.contains("ChildEBP")) {
            context.stacks().open(DumpLayout.WINDBG_X86, false, numbered, frameSizes);
        } else if (s.contains("Child-SP")) {
            context.stacks().open(DumpLayout.WINDBG_X64, true, numbered, frameSizes);
        } else if (s.contains("FramePtr") && s.contains("ReturnAd")) {
            context.stacks().open(DumpLayout.DR_WATSON, false);
        } else if (s.contains("FramePtr") && (s.contains("RetAddr") || s.contains("Param"))) {
            context.stacks().open(DumpLayout.KB_TABLE, false);
        } else if (isCallSiteHeader(context.line().strip()) || s.startsWith("Function", context.indent()) && s.contains("Arg 1")) {
            context.stacks().open(DumpLayout.SYMBOL_LIST, false);
        } else {
            return false;
        }
        return true;
    }

    private static boolean isCallSiteHeader(String line) {
        return line.equals("# Call Site") || line.equals("Call Site");
    }
}
