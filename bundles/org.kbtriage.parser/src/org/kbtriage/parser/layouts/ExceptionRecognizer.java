package org.kbtriage.parser.layouts;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbtriage.model.Dump;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.parser.internal.DumpAssembler;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.ParseContext;

/**
 * The exception: {@code .exr -1} ({@code ExceptionAddress: 60073d88 (ESE!Foo+0x118)},
 * {@code ExceptionCode: c0000005 (Access violation)}), the event line
 * {@code (1a4.1b0): Access violation - code c0000005 (first chance)}, and kernel bugchecks
 * ({@code Bugcheck 000000d1 : ...}, {@code BugCheck D1, {...}}, {@code *** STOP: 0x0000000A},
 * {@code *** Fatal System Error: 0x000000d1}). The {@code .exr} record wins over the event line.
 */
final class ExceptionRecognizer implements LineRecognizer {

    private static final Pattern ADDRESS = Pattern.compile(
            "\\s*ExceptionAddress:\\s*([0-9a-fA-F`]+)(?:\\s*\\((.*)\\))?.*");
    private static final Pattern CODE = Pattern.compile("\\s*ExceptionCode:\\s*([0-9a-fA-F]{1,8})(?:\\s*\\((.*)\\))?.*");
    private static final Pattern EVENT = Pattern.compile(
            "\\(([0-9a-fA-F]+)\\.([0-9a-fA-F]+)\\):\\s*(.*?)\\s*-\\s*code\\s+([0-9a-fA-F]{1,8})\\b.*");
    private static final Pattern BUGCHECK = Pattern.compile(
            "\\s*(?:Bug[Cc]heck(?: code)?\\s+(?:0x)?([0-9a-fA-F]{1,8})\\b"
                    + "|\\*\\*\\* (?:STOP|Fatal System Error):\\s*0x([0-9a-fA-F]{1,8})\\b).*");

    private static final Map<String, String> BUGCHECK_NAMES = Map.ofEntries(
            Map.entry("0000000a", "IRQL_NOT_LESS_OR_EQUAL"),
            Map.entry("00000019", "BAD_POOL_HEADER"),
            Map.entry("0000001a", "MEMORY_MANAGEMENT"),
            Map.entry("0000001e", "KMODE_EXCEPTION_NOT_HANDLED"),
            Map.entry("00000024", "NTFS_FILE_SYSTEM"),
            Map.entry("0000003b", "SYSTEM_SERVICE_EXCEPTION"),
            Map.entry("00000050", "PAGE_FAULT_IN_NONPAGED_AREA"),
            Map.entry("00000077", "KERNEL_STACK_INPAGE_ERROR"),
            Map.entry("0000007a", "KERNEL_DATA_INPAGE_ERROR"),
            Map.entry("0000007e", "SYSTEM_THREAD_EXCEPTION_NOT_HANDLED"),
            Map.entry("0000007f", "UNEXPECTED_KERNEL_MODE_TRAP"),
            Map.entry("0000008e", "KERNEL_MODE_EXCEPTION_NOT_HANDLED"),
            Map.entry("00000093", "INVALID_KERNEL_HANDLE"),
            Map.entry("0000009f", "DRIVER_POWER_STATE_FAILURE"),
            Map.entry("000000c2", "BAD_POOL_CALLER"),
            Map.entry("000000c5", "DRIVER_CORRUPTED_EXPOOL"),
            Map.entry("000000d1", "DRIVER_IRQL_NOT_LESS_OR_EQUAL"),
            Map.entry("000000ea", "THREAD_STUCK_IN_DEVICE_DRIVER"));

    private boolean recordRead;

    @Override
    public boolean accept(ParseContext context) {
        char first = context.firstChar();
        if (first != 'E' && first != '(' && first != 'B' && first != '*') {
            return false;
        }
        String s = context.line();
        DumpAssembler assembler = context.assembler();
        if (first == 'E' && s.startsWith("Exception", context.indent())) {
            Matcher address = ADDRESS.matcher(s);
            if (address.matches()) {
                ExceptionRecord record = assembler.exception();
                record.setAddress(address.group(1).toLowerCase(Locale.ROOT));
                String module = moduleOf(address.group(2));
                if (module != null) {
                    record.setModule(module);
                    String key = assembler.names().symbolKey(address.group(2));
                    if (key != null) {
                        assembler.evidence().faultingFunction(key);
                    }
                }
                return true;
            }
            Matcher code = CODE.matcher(s);
            if (code.matches()) {
                ExceptionRecord record = assembler.exception();
                record.setCode(normalizeCode(code.group(1)));
                if (code.group(2) != null) {
                    record.setDescription(code.group(2).strip());
                }
                recordRead = true;
                return true;
            }
            return false;
        }
        if (first == '(' && context.indent() == 0 && startsWithProcessThreadPair(context.text())) {
            Matcher event = EVENT.matcher(s);
            if (!event.matches()) {
                return false;
            }
            assembler.evidence().eventThread(event.group(2).toLowerCase(Locale.ROOT));
            if (!recordRead) {
                ExceptionRecord record = assembler.exception();
                record.setCode(normalizeCode(event.group(4)));
                record.setDescription(event.group(3));
            }
            return true;
        }
        boolean bugcheckLine = first == 'B' && s.startsWith("Bug", context.indent()) || first == '*' && s.startsWith("*** ", context.indent());
        if (bugcheckLine) {
            Matcher bugcheck = BUGCHECK.matcher(s);
            if (!bugcheck.matches()) {
                return false;
            }
            String code = normalizeCode(bugcheck.group(1) != null ? bugcheck.group(1) : bugcheck.group(2));
            bugcheck(assembler.dump(), assembler.exception(), code);
            return true;
        }
        return false;
    }

    /** {@code (1a4.1b0)...}: a cheap test before the regular expression, which a Dr. Watson module line {@code (0040...} would fail. */
    private static boolean startsWithProcessThreadPair(CharSequence s) {
        int i = 1;
        while (i < s.length() && s.charAt(i) < 128 && Character.digit(s.charAt(i), 16) >= 0) {
            i++;
        }
        return i > 1 && i < s.length() && s.charAt(i) == '.';
    }

    static void bugcheck(Dump dump, ExceptionRecord record, String code) {
        String shortCode = "0x" + code.replaceFirst("^0+(?=.)", "").toUpperCase(Locale.ROOT);
        if (record.getCode() == null) {
            record.setCode(code);
            String name = BUGCHECK_NAMES.get(code);
            record.setDescription("Bugcheck " + shortCode + (name == null ? "" : " (" + name + ")"));
        }
        if (dump.getBugcheckStr() == null) {
            dump.setBugcheckStr(shortCode);
        }
    }

    /** {@code C0000005} -> {@code c0000005}; {@code d1} -> {@code 000000d1}. */
    static String normalizeCode(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        return "00000000".substring(Math.min(8, lower.length())) + lower;
    }

    /** {@code ESE!Foo+0x118} -> {@code ESE}; {@code MODULE+0x10} -> {@code MODULE}. */
    static String moduleOf(String frameText) {
        if (frameText == null) {
            return null;
        }
        String text = frameText.strip();
        int end = 0;
        while (end < text.length() && text.charAt(end) != '!' && text.charAt(end) != '+' && text.charAt(end) != ' ') {
            end++;
        }
        return end > 0 && end < text.length() && (text.charAt(end) == '!' || text.charAt(end) == '+')
                ? text.substring(0, end) : null;
    }
}
