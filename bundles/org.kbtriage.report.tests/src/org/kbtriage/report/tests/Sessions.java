package org.kbtriage.report.tests;

import java.util.List;
import java.util.function.Predicate;

import org.kbtriage.model.Applicability;
import org.kbtriage.model.ArticleSection;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpLayout;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.ExceptionRecord;
import org.kbtriage.model.FixedFile;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.Module;
import org.kbtriage.model.StackFrame;
import org.kbtriage.model.TriageFactory;
import org.kbtriage.model.TriageSession;

/**
 * Triage sessions built in code: an invented Exchange-like crash in a store database engine
 * ("JETDB"), matched to an invented article, as the parser and matcher would produce them.
 */
final class Sessions {

    static final TriageFactory F = TriageFactory.eINSTANCE;

    /** Generic frames for these tests: the OS modules, as a skip list would say. */
    static final Predicate<StackFrame> OS_FRAMES = frame -> frame.getModule() != null
            && List.of("ntdll", "kernel32", "rpcrt4").contains(frame.getModule().toLowerCase());

    private Sessions() {
    }

    static StackFrame frame(int ordinal, String module, String symbol, String offset) {
        StackFrame frame = F.createStackFrame();
        frame.setOrdinal(ordinal);
        frame.setModule(module);
        frame.setSymbol(symbol);
        frame.setOffset(offset);
        frame.setInstructionAddress(String.format("%08x", 0x60010000 + ordinal * 0x40));
        return frame;
    }

    static DumpThread thread(String id, boolean crashing, StackFrame... frames) {
        DumpThread thread = F.createDumpThread();
        thread.setId(id);
        thread.setCrashing(crashing);
        thread.getFrames().addAll(List.of(frames));
        return thread;
    }

    static Module module(String name, String image, String fileVersion) {
        Module module = F.createModule();
        module.setName(name);
        module.setImageName(image);
        module.setImagePath("C:\\exchsrvr\\bin\\" + image);
        module.setStartAddress("60000000");
        module.setEndAddress("600f4000");
        module.setFileVersion(fileVersion);
        module.setProductVersion("5.5.0.0");
        module.setTimestamp("Mon Oct 20 09:36:36 2000");
        return module;
    }

    /** The crash: an access violation in JETDB below two OS frames, with a second, idle thread. */
    static Dump dump(String fileName) {
        Dump dump = F.createDump();
        dump.setSourceFile("/dumps/" + fileName);
        dump.setCharset("UTF-8");
        dump.setSizeBytes(4711);
        dump.setLineCount(88);
        dump.getLayouts().add(DumpLayout.WINDBG_X86);
        dump.getLayouts().add(DumpLayout.MODULE_LIST);
        dump.setProcessName("store.exe");
        ExceptionRecord ex = F.createExceptionRecord();
        ex.setCode("c0000005");
        ex.setDescription("Access violation");
        ex.setAddress("60073d88");
        ex.setModule("JETDB");
        dump.setException(ex);
        dump.getThreads().add(thread("14", false,
                frame(0, "ntdll", "ZwRemoveIoCompletion", "0xb"),
                frame(1, "KERNEL32", "GetQueuedCompletionStatus", "0x29")));
        DumpThread crashing = thread("32", true,
                frame(0, "ntdll", "RtlpWaitForCriticalSection", "0x9e"),
                frame(1, "JETDB", "IlineSeekPageInternal", "0x118"),
                frame(2, "JETDB", "ErrSeekPage", "0x11"),
                frame(3, "JETDB", "ErrBTreeDown", "0x35d"),
                frame(4, "JETDB", null, "0x4f"),
                frame(5, "JETDB", "ErrIsamSeek", "0xd8"),
                frame(6, "JETDB", "JetSeek", "0x6f"),
                frame(7, "KERNEL32", "BaseThreadStart", "0x52"));
        crashing.setSystemId("189c");
        dump.getThreads().add(crashing);
        dump.getModules().add(module("JETDB", "JETDB.dll", "5.5.2653.73"));
        dump.getModules().add(module("ntdll", "ntdll.dll", "5.0.2195.1600"));
        return dump;
    }

    static KbArticle article(String id, String title) {
        KbArticle article = F.createKbArticle();
        article.setId(id);
        article.setTitle(title);
        article.setLastModified("08-MAY-2002");
        article.getFrames().add(frame(0, "JETDB", "IlineSeekPageInternal", "0x118"));
        article.getFrames().add(frame(1, "JETDB", "ErrSeekPage", "0x11"));
        article.getSections().add(section("SYMPTOMS", "The store stops responding."));
        article.getSections().add(section("CAUSE", "A page seek reads past the end of a freed buffer."));
        article.getSections().add(section("RESOLUTION", """
                To resolve this problem, obtain the latest service pack.

                   Date       Version      Size     File name
                   ----------------------------------------------
                   8/1/2000   5.5.2654.10  831,248  Jetdb.dll"""));
        article.getSections().add(section("STATUS", "Microsoft has confirmed this to be a problem."));
        FixedFile fix = F.createFixedFile();
        fix.setFileName("Jetdb.dll");
        fix.setVersion("5.5.2654.10");
        fix.setPlatform("x86");
        fix.setDate("8/1/2000");
        fix.setSize("831,248");
        article.getFixedFiles().add(fix);
        return article;
    }

    static ArticleSection section(String name, String text) {
        ArticleSection section = F.createArticleSection();
        section.setName(name);
        section.setText(text);
        return section;
    }

    static Match match(KbArticle article, int rank, double score, boolean confident, StackFrame... matchedFrames) {
        Match match = F.createMatch();
        match.setArticle(article);
        match.setArticleId(article.getId());
        match.setRank(rank);
        match.setScore(score);
        match.setConfident(confident);
        match.setReason(matchedFrames.length + " of the dump's distinctive frames are in the article's stack, in order");
        match.setExplanation(match.getReason() + ".\nMatched frames: JETDB!IlineSeekPageInternal\nFrames aligned: "
                + matchedFrames.length + " of " + article.getFrames().size()
                + "\nVersions: Jetdb.dll 5.5.2653.73 is older than the fixed 5.5.2654.10");
        match.getMatchedFrames().addAll(List.of(matchedFrames));
        match.setApplicability(Applicability.UNKNOWN);
        return match;
    }

    /** A session whose top match is confident: the article's two JETDB frames matched the dump's. */
    static TriageSession confident(String fileName) {
        TriageSession session = F.createTriageSession();
        Dump dump = dump(fileName);
        session.setDump(dump);
        KbArticle top = article("Q900001", "XADM: Store Stops Responding in IlineSeekPageInternal");
        KbArticle other = article("Q900002", "XADM: Backup Fails With Error -1018");
        other.getFixedFiles().clear();
        other.getFrames().clear();
        other.getFrames().add(frame(0, "JETDB", "ErrBTreeDown", "0x35d"));
        session.getArticles().add(top);
        session.getArticles().add(other);
        DumpThread crashing = dump.getThreads().get(1);
        session.getMatches().add(match(top, 1, 17.25, true, crashing.getFrames().get(1), crashing.getFrames().get(2)));
        session.getMatches().add(match(other, 2, 4.5, false, other.getFrames().get(0)));
        session.setIndexDescription("test index");
        return session;
    }

    /** A session with candidates but no confident match. */
    static TriageSession unconfident(String fileName) {
        TriageSession session = confident(fileName);
        session.getMatches().forEach(m -> m.setConfident(false));
        return session;
    }
}
