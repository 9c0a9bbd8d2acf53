package org.kbtriage.parser.layouts;

import java.util.Locale;

import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.parser.internal.DumpAssembler;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.ParseContext;
import org.kbtriage.parser.internal.StackReader;

/**
 * {@code !analyze -v} output: upper-case {@code FIELD:} lines at the start of a line
 * (FAILURE_BUCKET_ID, MODULE_NAME, IMAGE_NAME, PROCESS_NAME, BUGCHECK_STR, EXCEPTION_CODE...),
 * the {@code STACK_TEXT:} block (the crashing stack) and {@code FAULTING_IP:}, whose next two
 * lines are the faulting symbol and instruction.
 */
final class AnalyzeRecognizer implements LineRecognizer {

    /** Lines still to be taken after FAULTING_IP: / FOLLOWUP_IP:. */
    private int instructionLines;
    private boolean faultingInstruction;

    @Override
    public boolean accept(ParseContext context) {
        if (instructionLines > 0) {
            if (faultingInstruction && instructionLines == 2) {
                faultingModule(context);
            } else if (faultingInstruction) {
                faultingAddress(context);
            }
            instructionLines--;
            return true;
        }
        if (context.indent() != 0) {
            return false;
        }
        int colon = fieldEnd(context.text());
        if (colon < 0) {
            return false;
        }
        String s = context.line();
        String field = s.substring(0, colon);
        String value = s.substring(colon + 1).strip();
        DumpAssembler assembler = context.assembler();
        Dump dump = assembler.dump();
        switch (field) {
            case "STACK_TEXT" -> {
                context.stacks().expectStack(null, StackReader.Role.ANALYZE);
                context.stacks().open(DumpLayout.ANALYZE, false);
            }
            case "FAILURE_BUCKET_ID" -> dump.setFailureBucketId(value);
            case "BUCKET_ID" -> {
                if (dump.getFailureBucketId() == null) {
                    dump.setFailureBucketId(value);
                }
            }
            case "MODULE_NAME" -> dump.setAnalyzeModuleName(value);
            case "IMAGE_NAME" -> dump.setImageName(value);
            case "PROCESS_NAME" -> dump.setProcessName(value);
            case "BUGCHECK_STR" -> dump.setBugcheckStr(value);
            case "BUGCHECK_CODE" -> ExceptionRecognizer.bugcheck(dump, assembler.exception(),
                    ExceptionRecognizer.normalizeCode(value.replaceFirst("^0x", "")));
            case "EXCEPTION_CODE", "EXCEPTION_CODE_STR" -> exceptionCode(assembler, value);
            case "FAULTING_IP", "FOLLOWUP_IP" -> {
                instructionLines = 2;
                faultingInstruction = field.equals("FAULTING_IP");
            }
            default -> {
                return isKnownNoise(field);
            }
        }
        assembler.addLayout(DumpLayout.ANALYZE);
        return true;
    }

    /** Fields that carry nothing for the model but must not be read as stack text. */
    private static boolean isKnownNoise(String field) {
        return field.endsWith("_ID") || field.endsWith("_NAME") || field.endsWith("_STR") || field.startsWith("DEBUG_FLR")
                || field.startsWith("FAILURE_") || field.startsWith("STACK_") || field.startsWith("PRIMARY_PROBLEM");
    }

    private static void exceptionCode(DumpAssembler assembler, String value) {
        int x = value.indexOf("0x");
        String hex = x >= 0 ? value.substring(x + 2) : value;
        int end = 0;
        while (end < hex.length() && end < 8 && Character.digit(hex.charAt(end), 16) >= 0) {
            end++;
        }
        if (end == 0) {
            return;
        }
        ExceptionRecord record = assembler.exception();
        if (record.getCode() == null) {
            record.setCode(ExceptionRecognizer.normalizeCode(hex.substring(0, end)));
            int dash = value.indexOf(" - ");
            if (dash >= 0 && record.getDescription() == null) {
                record.setDescription(value.substring(dash + 3).strip());
            }
        }
    }

    private static void faultingModule(ParseContext context) {
        String module = ExceptionRecognizer.moduleOf(context.line());
        ExceptionRecord record = context.assembler().exception();
        if (module != null && record.getModule() == null) {
            record.setModule(module);
        }
    }

    private static void faultingAddress(ParseContext context) {
        String s = context.line().strip();
        int space = s.indexOf(' ');
        String address = space < 0 ? s : s.substring(0, space);
        if (address.isEmpty() || !address.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == '`')) {
            return;
        }
        ExceptionRecord record = context.assembler().exception();
        if (record.getAddress() == null) {
            record.setAddress(address.toLowerCase(Locale.ROOT));
        }
    }

    /** Index of the colon ending an upper-case field name at the start of the line, or -1. */
    private static int fieldEnd(CharSequence s) {
        int n = Math.min(s.length(), 64);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i >= 3 ? i : -1;
            }
            if (!(c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9' && i > 0)) {
                return -1;
            }
        }
        return -1;
    }
}
