package org.kbtriage.parser.layouts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.parser.internal.DumpAssembler;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.ParseContext;

/**
 * Dr. Watson logs ({@code drwtsn32.log}): each "Application exception occurred" starts a crash;
 * {@code App:} and {@code Exception number:} lines, the {@code *----> Module List <----*}
 * ({@code (00400000 - 0040e000) C:\WINNT\...\mad.exe}), one {@code State Dump for Thread Id 0x..}
 * per thread, whose {@code FAULT ->} line marks the faulting thread. The stack table under
 * {@code *----> Stack Back Trace <----*} is read by the stack reader after its header.
 */
final class DrWatsonRecognizer implements LineRecognizer {

    private static final String THREAD = "State Dump for Thread Id 0x";
    private static final Pattern EXCEPTION = Pattern.compile(
            "\\s*Exception number:\\s*([0-9a-fA-F]{1,8})(?:\\s*\\((.*)\\))?.*");
    private static final Pattern APP = Pattern.compile("\\s*App:\\s*(.*?)(?:\\s*\\(pid=\\w+\\))?\\s*");
    private static final Pattern FAULT = Pattern.compile("FAULT\\s*->\\s*([0-9a-fA-F`]+).*");
    private static final Pattern FUNCTION = Pattern.compile("\\s*function:\\s*(\\S+)\\s*");

    private boolean inModuleList;
    private String lastFunction;

    @Override
    public boolean accept(ParseContext context) {
        char first = context.firstChar();
        DumpAssembler assembler = context.assembler();
        if (first == '*' && context.text().startsWith("*---->", context.indent())) {
            section(context, context.line());
            return true;
        }
        if (first != 'A' && first != 'E' && first != 'f' && first != 'F' && !inModuleList) {
            return false;
        }
        String s = context.line();
        if (inModuleList) {
            if (ModuleLine.read(s, assembler)) {
                return true;
            }
            inModuleList = false;
        }
        switch (first) {
            case 'A' -> {
                if (s.startsWith("Application exception occurred", context.indent())) {
                    context.stacks().close();
                    assembler.startCrash();
                    assembler.addLayout(DumpLayout.DR_WATSON);
                    return true;
                }
                Matcher app = APP.matcher(s);
                if (app.matches() && assembler.dump().getLayouts().contains(DumpLayout.DR_WATSON)) {
                    assembler.dump().setProcessName(app.group(1));
                    return true;
                }
                return false;
            }
            case 'E' -> {
                Matcher m = EXCEPTION.matcher(s);
                if (!m.matches()) {
                    return false;
                }
                ExceptionRecord record = assembler.exception();
                record.setCode(ExceptionRecognizer.normalizeCode(m.group(1)));
                if (m.group(2) != null) {
                    record.setDescription(m.group(2).strip());
                }
                return true;
            }
            case 'f' -> {
                Matcher m = FUNCTION.matcher(s);
                if (!m.matches()) {
                    return false;
                }
                lastFunction = m.group(1);
                return true;
            }
            case 'F' -> {
                Matcher m = FAULT.matcher(s.substring(context.indent()));
                if (!m.matches()) {
                    return false;
                }
                fault(assembler, m.group(1));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private void section(ParseContext context, String s) {
        context.stacks().close();
        DumpAssembler assembler = context.assembler();
        assembler.addLayout(DumpLayout.DR_WATSON);
        inModuleList = s.contains("Module List");
        String id = threadId(s);
        if (id != null) {
            assembler.newThread(id, id);
            lastFunction = null;
        }
    }

    /** The hex id after the last {@code State Dump for Thread Id 0x} that has one, lower case; null if none. */
    private static String threadId(String s) {
        for (int at = s.lastIndexOf(THREAD); at >= 0; at = s.lastIndexOf(THREAD, at - 1)) {
            int digits = at + THREAD.length();
            int end = ModuleLine.hexEnd(s, digits);
            if (end > digits) {
                return s.substring(digits, end).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private void fault(DumpAssembler assembler, String address) {
        if (assembler.currentThread() != null) {
            assembler.evidence().faultIn(assembler.currentThread());
        }
        ExceptionRecord record = assembler.exception();
        if (record.getAddress() == null) {
            record.setAddress(address.toLowerCase(Locale.ROOT));
            if (lastFunction != null) {
                record.setModule(ExceptionRecognizer.moduleOf(lastFunction));
            }
        }
    }
}
