package org.kbtriage.match.tests;

import java.util.List;

import org.kbtriage.match.stacks.ArticleStack;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Module;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;

/**
 * Invented articles and dumps (realistic, but no real KB text): a widget server whose cache
 * crashes (Q900001), a look-alike crash in the same modules (Q900002), a gadget service that
 * corrupts the heap (Q900003), an RPC runtime crash with no application frame (Q900004), a
 * print spooler crash with a long stack (Q900005), a second cache crash with the same top frame
 * (Q900010), and filler articles that make the OS frames common, as they are in the real KB.
 */
final class Fixtures {

    static final String CACHE_CRASH = "Q900001";
    static final String INDEX_CRASH = "Q900002";
    static final String GADGET_HEAP = "Q900003";
    static final String RPC_RUNTIME = "Q900004";
    static final String SPOOLER = "Q900005";
    static final String CACHE_REBUILD = "Q900010";
    static final String INDEX_MERGE = "Q900011";

    static final List<String> CACHE_STACK = List.of(
            "widgetdb!CacheLookup", "widgetdb!CacheFetch", "widgetdb!CCatalog::Resolve",
            "widgetsrv!HandleRequest", "widgetsrv!WorkerLoop", "kernel32!BaseThreadStart");

    static final List<String> SPOOLER_STACK = List.of(
            "spoolx!FormatPage", "spoolx!RenderJob", "spoolx!CJob::Print", "spoolx!CQueue::Next",
            "spoolsv!PrintWorker", "spoolsv!ServiceLoop", "kernel32!BaseThreadStart");

    private Fixtures() {
    }

    static List<ArticleStack> articleStacks() {
        return List.of(
                article(CACHE_CRASH, "Widget Server Stops Responding in CacheLookup", CACHE_STACK),
                article(INDEX_CRASH, "Widget Server Access Violation While Splitting an Index Page",
                        List.of("widgetdb!IndexSplit", "widgetdb!IndexInsert", "widgetdb!CCatalog::Commit",
                                "widgetsrv!HandleRequest", "widgetsrv!WorkerLoop", "kernel32!BaseThreadStart")),
                article(GADGET_HEAP, "Gadget Service Corrupts the Process Heap",
                        List.of("ntdll!RtlAllocateHeap", "gadget!GadgetAlloc", "gadget!GadgetQueue::Push",
                                "gadget!DispatchLoop", "rpcrt4!Invoke", "rpcrt4!NdrStubCall", "kernel32!BaseThreadStart")),
                article(RPC_RUNTIME, "RPC Server Access Violation When a Client Disconnects",
                        List.of("rpcrt4!OSF_SCONNECTION::TransferPacket", "rpcrt4!OSF_SCONNECTION::ReceiveData",
                                "rpcrt4!ReceiveDataWrapper", "rpcrt4!ThreadStartRoutine", "kernel32!BaseThreadStart")),
                article(SPOOLER, "Print Spooler Crashes Formatting a Page", SPOOLER_STACK),
                article("Q900006", "Mail Gateway Crash on Shutdown",
                        List.of("mailgw!CloseQueues", "mailgw!Shutdown", "kernel32!WaitForSingleObject",
                                "kernel32!BaseThreadStart")),
                article("Q900007", "Directory Sync Leaks Memory",
                        List.of("ntdll!RtlAllocateHeap", "dirsync!CopyEntry", "dirsync!SyncLoop",
                                "kernel32!BaseThreadStart")),
                article("Q900008", "Fax Service Hangs in the RPC Interface",
                        List.of("faxsvc!FaxSend", "rpcrt4!Invoke", "rpcrt4!NdrStubCall", "rpcrt4!ThreadStartRoutine",
                                "kernel32!BaseThreadStart")),
                article(CACHE_REBUILD, "Widget Server Crashes While Rebuilding the Cache",
                        List.of("widgetdb!CacheLookup", "widgetdb!CacheRebuild", "widgetdb!CCatalog::Reload",
                                "widgetsrv!HandleRequest", "widgetsrv!WorkerLoop", "kernel32!BaseThreadStart")),
                article(INDEX_MERGE, "Widget Server Access Violation While Compacting the Index",
                        List.of("widgetdb!IndexSplit", "widgetdb!IndexInsert", "widgetdb!IndexMerge",
                                "widgetdb!CCatalog::Compact", "widgetdb!CompactWorker", "widgetsrv!MaintenanceLoop",
                                "widgetsrv!TimerThread", "kernel32!BaseThreadStart")),
                article("Q900009", "Backup Agent Raises an Exception While Reading a Tape",
                        List.of("kernel32!RaiseException", "bkagent!ReadTapeBlock", "bkagent!TapeWorker",
                                "kernel32!BaseThreadStart")));
    }

    private static ArticleStack article(String id, String title, List<String> frames) {
        return new ArticleStack(id, title, List.of(lowerCase(frames)));
    }

    private static List<String> lowerCase(List<String> keys) {
        return keys.stream().map(k -> k.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** The full article behind {@link #CACHE_CRASH}, with its fix and fixed file; others come back null. */
    static KbArticle lookup(String id) {
        if (!CACHE_CRASH.equals(id)) {
            return null;
        }
        TriageFactory f = TriageFactory.eINSTANCE;
        KbArticle article = f.createKbArticle();
        article.setId(id);
        article.setTitle("Widget Server Stops Responding in CacheLookup");
        article.getSections().add(section("SYMPTOMS", "The widget server stops responding."));
        article.getSections().add(section("RESOLUTION", "Install the widget server update 2.1a.\n\n\n\nRestart the service."));
        article.getSections().add(section("WORKAROUND", "Set CacheSize to 0 in the registry."));
        FixedFile fixed = f.createFixedFile();
        fixed.setFileName("Widgetdb.dll");
        fixed.setVersion("2.1.400.12");
        fixed.setPlatform("x86");
        article.getFixedFiles().add(fixed);
        return article;
    }

    private static ArticleSection section(String name, String text) {
        ArticleSection section = TriageFactory.eINSTANCE.createArticleSection();
        section.setName(name);
        section.setText(text);
        return section;
    }

    /** A dump with one crashing thread made of frames written as the debugger does: MOD!Symbol+0x1f or MOD+0x1234. */
    static Dump dump(String... frames) {
        Dump dump = TriageFactory.eINSTANCE.createDump();
        dump.getThreads().add(thread("0", true, frames));
        return dump;
    }

    static DumpThread thread(String id, boolean crashing, String... frames) {
        DumpThread thread = TriageFactory.eINSTANCE.createDumpThread();
        thread.setId(id);
        thread.setCrashing(crashing);
        int ordinal = 0;
        for (String text : frames) {
            StackFrame frame = TriageFactory.eINSTANCE.createStackFrame();
            frame.setOrdinal(ordinal++);
            int bang = text.indexOf('!');
            int plus = text.indexOf('+');
            if (bang < 0) {
                frame.setModule(text.substring(0, plus < 0 ? text.length() : plus));
                frame.setOffset(plus < 0 ? null : text.substring(plus + 1));
            } else {
                frame.setModule(text.substring(0, bang));
                frame.setSymbol(text.substring(bang + 1, plus < 0 ? text.length() : plus));
                frame.setOffset(plus < 0 ? null : text.substring(plus + 1));
            }
            thread.getFrames().add(frame);
        }
        return thread;
    }

    static Module module(String imageName, String fileVersion) {
        Module module = TriageFactory.eINSTANCE.createModule();
        module.setName(imageName.replaceFirst("\\.[^.]+$", ""));
        module.setImageName(imageName);
        module.setFileVersion(fileVersion);
        return module;
    }
}
