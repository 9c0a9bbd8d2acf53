package org.kbtriage.parser.layouts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.parser.internal.LineRecognizer;
import org.kbtriage.parser.internal.ParseContext;

/**
 * Thread headers of {@code ~*kb} / {@code ~*k} ({@code .  0  Id: 1a4.1b0 Suspend: 1 Teb: 7ffde000
 * Unfrozen}; {@code .} marks the current thread, {@code #} the thread of the last event) and of
 * the kernel's {@code !thread} / {@code !process} ({@code THREAD 89c4e020  Cid 0414.0520 ...}).
 * Each starts a thread; the stack table after it fills that thread.
 */
final class ThreadHeaderRecognizer implements LineRecognizer {

    private static final Pattern KERNEL_THREAD = Pattern.compile(
            "\\s*THREAD\\s+([0-9a-fA-F`]+)\\s+Cid\\s+([0-9a-fA-F]+)\\.([0-9a-fA-F]+).*");

    @Override
    public boolean accept(ParseContext context) {
        int indent = context.indent();
        if (context.text().indexOf(" Id: ", indent, indent + 16) >= 0) {
            UserThreadHeader header = UserThreadHeader.parse(context.text());
            if (header == null) {
                return false;
            }
            context.stacks().close();
            DumpThread thread = context.assembler().newThread(header.number(), header.threadId().toLowerCase(Locale.ROOT));
            if (header.marker() == '#') {
                context.assembler().evidence().eventMarker(thread);
            } else if (header.marker() == '.') {
                context.assembler().evidence().currentMarker(thread);
            }
            context.assembler().addLayout(DumpLayout.THREAD_LIST);
            return true;
        }
        if (context.firstChar() == 'T' && context.text().startsWith("THREAD ", indent)) {
            Matcher m = KERNEL_THREAD.matcher(context.line());
            if (!m.matches()) {
                return false;
            }
            context.stacks().close();
            context.assembler().newThread(m.group(3).toLowerCase(), m.group(3).toLowerCase());
            context.assembler().addLayout(DumpLayout.THREAD_LIST);
            return true;
        }
        return false;
    }
}
