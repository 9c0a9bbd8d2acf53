package org.kbtriage.parser.layouts;

import org.kbtriage.model.DumpLayout;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.ParseContext;
import org.kbtriage.parser.internal.StackReader;

/**
 * Debugger prompts: user mode {@code 0:032> kb}, {@code 0:000:x86> ~*kb}, kernel {@code kd> kv},
 * {@code 0: kd> !kb}, {@code lkd>}. A prompt ends whatever was printed before it; a stack command
 * ({@code k}, {@code kb}, {@code kvn}, {@code ~14kb}...) says which thread the next stack
 * belongs to, and one that follows {@code .ecxr} shows the exception context.
 */
final class PromptRecognizer implements LineRecognizer {

    private boolean exceptionContext;

    @Override
    public boolean accept(ParseContext context) {
        int i = context.indent();
        int gt = context.text().indexOf('>', i, i + 17);
        if (gt < 0) {
            return false;
        }
        String s = context.line();
        String prompt = s.substring(i, gt);
        String thread;
        boolean kernel = prompt.endsWith("kd");
        if (kernel) {
            thread = null;
            if (!isKernelPrompt(prompt)) {
                return false;
            }
        } else {
            thread = userModeThread(prompt);
            if (thread == null) {
                return false;
            }
        }
        context.stacks().close();
        context.assembler().leaveThread();
        if (kernel) {
            context.assembler().addLayout(DumpLayout.KERNEL_DEBUGGER);
        } else {
            context.assembler().evidence().prompt(thread);
        }
        command(context, s.substring(gt + 1).strip(), thread);
        return true;
    }

    private void command(ParseContext context, String line, String promptThread) {
        StackReader stacks = context.stacks();
        String threadId = promptThread;
        boolean stack = false;
        for (String command : line.split(";")) {
            String c = command.strip();
            if (c.equals(".ecxr") || c.startsWith(".cxr") || c.startsWith(".trap")) {
                exceptionContext = true;
                continue;
            }
            if (c.startsWith("~")) {
                int end = 1;
                while (end < c.length() && Character.isDigit(c.charAt(end))) {
                    end++;
                }
                if (end > 1) {
                    threadId = stripZeros(c.substring(1, end));
                } else {
                    threadId = null;
                    end = c.length() > 1 && "*.#".indexOf(c.charAt(1)) >= 0 ? 2 : 1;
                }
                c = c.substring(end).strip();
                if (c.startsWith("s")) {
                    continue;
                }
            }
            if (c.startsWith("!")) {
                c = c.substring(1);
            }
            stack = isStackCommand(c);
        }
        if (stack) {
            stacks.expectStack(threadId, exceptionContext ? StackReader.Role.EXCEPTION_CONTEXT : StackReader.Role.PLAIN);
            exceptionContext = false;
        } else {
            stacks.expectStack(null, StackReader.Role.PLAIN);
        }
    }

    /** {@code k}, {@code kb}, {@code kv}, {@code kp}, {@code kn}, {@code kvn}, {@code kb 50}, {@code kL}... */
    private static boolean isStackCommand(String c) {
        if (c.isEmpty() || c.charAt(0) != 'k') {
            return false;
        }
        int i = 1;
        while (i < c.length() && "bvpPnfLcdM".indexOf(c.charAt(i)) >= 0) {
            i++;
        }
        return i == c.length() || c.charAt(i) == ' ' || c.charAt(i) == '=';
    }

    /** {@code 0:032} -> {@code 32}; {@code 0:000:x86} -> {@code 0}; null when not a user-mode prompt. */
    private static String userModeThread(String prompt) {
        int colon = prompt.indexOf(':');
        if (colon <= 0 || colon + 1 >= prompt.length()) {
            return null;
        }
        for (int k = 0; k < colon; k++) {
            if (!Character.isDigit(prompt.charAt(k))) {
                return null;
            }
        }
        int end = colon + 1;
        while (end < prompt.length() && Character.isDigit(prompt.charAt(end))) {
            end++;
        }
        if (end == colon + 1 || end < prompt.length() && !prompt.startsWith(":x86", end)) {
            return null;
        }
        return stripZeros(prompt.substring(colon + 1, end));
    }

    /** {@code kd}, {@code lkd}, {@code 0: kd}, {@code 1:kd}. */
    private static boolean isKernelPrompt(String prompt) {
        String head = prompt.substring(0, prompt.length() - 2).strip();
        if (head.isEmpty() || head.equals("l")) {
            return true;
        }
        if (!head.endsWith(":")) {
            return false;
        }
        for (int k = 0; k < head.length() - 1; k++) {
            if (!Character.isDigit(head.charAt(k))) {
                return false;
            }
        }
        return head.length() > 1;
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
