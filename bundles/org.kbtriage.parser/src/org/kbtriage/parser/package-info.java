/**
 * Crash-dump text to the triage model.
 *
 * <p>Entry point: {@link org.kbtriage.parser.DumpParser} ({@code parse(Path, monitor)} for files,
 * {@code parseAll} for every crash of a multi-crash Dr. Watson log, {@code parseText} for text
 * already in memory such as a KB article). {@link org.kbtriage.parser.FrameKeys#key} gives the
 * {@code module!symbol} identity that matching compares.
 *
 * <h2>What is read</h2>
 * WinDbg x86 and x64 stacks ({@code k}, {@code kb}, {@code kv}, {@code kp}, {@code kn}, {@code kc};
 * FPO and calling-convention notes, inline frames, symbol-less {@code MODULE+0x..} and raw
 * {@code 0x..} frames), {@code ~*kb} thread lists, {@code !analyze -v}, {@code .exr} and event
 * lines, bugchecks, Dr. Watson logs, {@code lm}/{@code lmv}/{@code lmvm}, kernel-debugger prompts,
 * and the stack tables and symbol lists printed in KB articles, including frames wrapped onto the
 * next line. Recognizers live in {@code org.kbtriage.parser.layouts}; the line loop, the stack
 * reader and the model assembly in {@code org.kbtriage.parser.internal}.
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li>{@code StackFrame.line} is the 1-based line of the frame's function text;
 * {@code startOffset}/{@code endOffset} are character offsets into the decoded text (byte-order
 * mark removed, line ends as in the file) covering {@code MODULE!Symbol+0xOffset} (with {@code kp}
 * arguments when printed). A function split over two lines spans both.</li>
 * <li>Offsets are normalized to lower-case {@code 0x..} without leading zeros ({@code -0x..} for the
 * negative offsets some articles print); addresses are kept as printed (x64 ones with their
 * backtick). The HTML bold tags that plain-text KB articles keep ({@code <B>...</B>}) are not part
 * of a symbol.</li>
 * <li>Speed: lines are scanned in the read buffer without a string per line; text that is ASCII (as
 * almost every log is) stays bytes, which the scanners read eight at a time; and the names a big log
 * repeats (module, symbol, key, offset) are shared, so memory grows with the number of frames (most
 * of a frame's bytes are its address columns) and not with the file size.</li>
 * <li>Thread ids are the debugger's thread numbers ({@code 0:032>} and {@code ~32kb} give
 * {@code 32}), Dr. Watson's thread id in hex, or {@code #n} for a stack of unknown thread.</li>
 * <li>The crashing thread, strongest evidence first: the {@code !analyze} STACK_TEXT, a stack after
 * {@code .ecxr}/{@code .cxr}/{@code .trap}, the {@code #} marker, the thread of the exception
 * event, the Dr. Watson state dump with {@code FAULT ->}, the {@code .} marker, the first stack.</li>
 * <li>An empty file is a {@link org.kbtriage.parser.DumpReadException}; a text without frames is
 * a dump with the WARNING problem "no stack found". Lines longer than 8192 characters are skipped
 * (an INFO problem says so); a one-line mention of {@code module!symbol} in prose is not a stack.</li>
 * </ul>
 */
package org.kbtriage.parser;
