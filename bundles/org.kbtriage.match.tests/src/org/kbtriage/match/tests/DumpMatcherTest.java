package org.kbtriage.match.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kbtriage.match.ArticleTextSearch;
import org.kbtriage.match.DumpMatcher;
import org.kbtriage.match.MatchResult;
import org.kbtriage.match.fix.ArticleFix;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.model.Applicability;
import org.kbtriage.model.Dump;
import org.kbtriage.model.Match;
import org.kbtriage.model.StackFrame;

class DumpMatcherTest {

    private static DumpMatcher matcher;

    @BeforeAll
    static void createMatcher() throws IOException {
        matcher = new DumpMatcher(Fixtures::articleStacks, Fixtures::lookup);
    }

    private static MatchResult match(Dump dump) throws IOException {
        return matcher.match(dump, 5);
    }

    @Test
    void replayOfAnArticleStackIsItsConfidentTopMatch() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB!CacheLookup+0x1f", "WIDGETDB!CacheFetch+0x44",
                "WIDGETDB!CCatalog::Resolve+0x102", "WIDGETSRV!HandleRequest+0x2e", "WIDGETSRV!WorkerLoop+0x91",
                "KERNEL32!BaseThreadStart+0x52"));

        assertEquals(Fixtures.CACHE_CRASH, result.best().getArticleId());
        assertTrue(result.confident(), result.verdict());
        assertTrue(result.best().getReason().startsWith("5 of 5 distinctive frames of Q900001 in order at the top"),
                result.best().getReason());
        assertTrue(result.verdict().startsWith("Confident match: Q900001"), result.verdict());
    }

    @Test
    void theSameCrashSpelledDifferentlyGivesTheSameTopArticle() throws IOException {
        // kb layout with image extensions and offsets vs. a symbol file that decorates C++ names.
        MatchResult plain = match(Fixtures.dump("widgetdb.dll!CacheLookup+0x1f", "widgetdb.dll!CacheFetch+0x44",
                "widgetdb.dll!CCatalog::Resolve+0x102", "widgetsrv.exe!HandleRequest+0x2e"));
        MatchResult decorated = match(Fixtures.dump("WIDGETDB!_CacheLookup@8", "WIDGETDB!CacheFetch",
                "WIDGETDB!?Resolve@CCatalog@@QAEJPAX@Z", "WIDGETSRV!HandleRequest"));

        assertEquals(Fixtures.CACHE_CRASH, plain.best().getArticleId());
        assertEquals(Fixtures.CACHE_CRASH, decorated.best().getArticleId());
        assertTrue(plain.confident());
        assertTrue(decorated.confident());
    }

    @Test
    void genericFramesAloneNeverGiveAConfidentMatch() throws IOException {
        MatchResult result = match(Fixtures.dump("ntdll!RtlAllocateHeap+0x67a", "RPCRT4!Invoke+0x30",
                "RPCRT4!NdrStubCall+0x14f", "KERNEL32!WaitForSingleObject+0xf", "KERNEL32!BaseThreadStart+0x52"));

        assertFalse(result.matches().isEmpty(), "generic frames still rank the articles that print them");
        assertTrue(result.matches().stream().noneMatch(Match::isConfident), result.verdict());
        assertTrue(result.verdict().startsWith("No confident match"), result.verdict());
        assertTrue(result.best().getReason().contains("only generic OS frames"), result.best().getReason());
    }

    @Test
    void sameModulesWithOtherFunctionsIsNotConfident() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB!PageEvict+0x31", "WIDGETDB!PageFlush+0x7c",
                "WIDGETDB!CCatalog::Trim+0x19", "WIDGETSRV!TimerTick+0x2e", "WIDGETSRV!TimerLoop+0x91",
                "KERNEL32!BaseThreadStart+0x52"));

        assertTrue(result.matches().stream().noneMatch(Match::isConfident), result.verdict());
    }

    @Test
    void framesWithoutSymbolsCountByModuleNextToSymbolizedOnes() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB+0x5a1f", "WIDGETDB+0x5c40",
                "WIDGETDB!CCatalog::Resolve+0x102", "WIDGETSRV!HandleRequest+0x2e", "WIDGETSRV+0x1191"));

        assertEquals(Fixtures.CACHE_CRASH, result.best().getArticleId());
        assertTrue(result.confident(), result.verdict());
        assertTrue(result.best().getReason().contains("by module only"), result.best().getReason());
    }

    @Test
    void framesWithoutAnySymbolsAreNotConfident() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB+0x5a1f", "WIDGETDB+0x5c40", "WIDGETDB+0x3002",
                "WIDGETSRV+0x2e10", "WIDGETSRV+0x1191"));

        assertFalse(result.matches().isEmpty());
        assertFalse(result.confident(), result.verdict());
    }

    @Test
    void theSameBugReachedFromADifferentCallerStillMatches() throws IOException {
        MatchResult result = match(Fixtures.dump("SPOOLX!FormatPage+0x10", "SPOOLX!RenderJob+0x2c",
                "SPOOLX!CJob::Print+0x88", "PREVIEW!DrawThumbnail+0x41", "PREVIEW!PreviewThread+0x17",
                "KERNEL32!BaseThreadStart+0x52"));

        assertEquals(Fixtures.SPOOLER, result.best().getArticleId());
        assertTrue(result.confident(), result.verdict());
    }

    @Test
    void aStackBuriedUnderExceptionHandlingWithAFrameMissingStillMatches() throws IOException {
        MatchResult result = match(Fixtures.dump("faultrep!ReportFault+0x4f1", "KERNEL32!UnhandledExceptionFilter+0x2b5",
                "ntdll!RtlDispatchException+0x91", "ntdll!KiUserExceptionDispatcher+0x4",
                "SPOOLX!FormatPage+0x10", "SPOOLX!CJob::Print+0x88", "SPOOLX!CQueue::Next+0x3a",
                "SPOOLSV!PrintWorker+0x112", "SPOOLSV!ServiceLoop+0x9", "KERNEL32!BaseThreadStart+0x52"));

        assertEquals(Fixtures.SPOOLER, result.best().getArticleId());
        assertTrue(result.confident(), result.verdict());
    }

    @Test
    void sharingOnlyTheCallersOfTheCrashIsNotConfident() throws IOException {
        MatchResult result = match(Fixtures.dump("PREVIEW!DrawThumbnail+0x41", "PREVIEW!ScaleImage+0x90",
                "PREVIEW!Blit+0x11", "SPOOLX!CQueue::Next+0x3a", "SPOOLSV!PrintWorker+0x112",
                "SPOOLSV!ServiceLoop+0x9", "KERNEL32!BaseThreadStart+0x52"));

        assertEquals(Fixtures.SPOOLER, result.best().getArticleId());
        assertFalse(result.confident(), result.verdict());
        assertTrue(result.best().getReason().contains("not at the crash point"), result.best().getReason());
    }

    @Test
    void aCrashInsideTheRpcRuntimeMatchesOnItsOsFrames() throws IOException {
        MatchResult full = match(Fixtures.dump("RPCRT4!OSF_SCONNECTION::TransferPacket+0x2e",
                "RPCRT4!OSF_SCONNECTION::ReceiveData+0x40", "RPCRT4!ReceiveDataWrapper+0xd",
                "RPCRT4!ThreadStartRoutine+0x18", "KERNEL32!BaseThreadStart+0x52"));
        MatchResult plumbing = match(Fixtures.dump("RPCRT4!ThreadStartRoutine+0x18", "KERNEL32!BaseThreadStart+0x52"));

        assertEquals(Fixtures.RPC_RUNTIME, full.best().getArticleId());
        assertTrue(full.confident(), full.verdict());
        assertFalse(plumbing.confident(), plumbing.verdict());
    }

    @Test
    void whenTheFramesThatTellTwoArticlesApartHaveNoSymbolsNeitherIsConfident() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB!CacheLookup+0x1f", "WIDGETDB+0x5c40", "WIDGETDB+0x3002",
                "WIDGETSRV!HandleRequest+0x2e", "WIDGETSRV!WorkerLoop+0x91"));

        assertEquals(List.of(Fixtures.CACHE_CRASH, Fixtures.CACHE_REBUILD).stream().sorted().toList(),
                result.matches().subList(0, 2).stream().map(Match::getArticleId).sorted().toList());
        assertFalse(result.confident(), result.verdict());
        assertTrue(result.best().getReason().contains("prints the same frames at its crash point too"),
                result.best().getReason());
    }

    @Test
    void aStackCutBelowTheFramesTwoArticlesShareIsNotConfident() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB!IndexSplit+0x21", "WIDGETDB!IndexInsert+0x7c",
                "IMPORTER!LoadRows+0x3e", "IMPORTER!Main+0x12"));

        assertEquals(List.of(Fixtures.INDEX_CRASH, Fixtures.INDEX_MERGE).stream().sorted().toList(),
                result.matches().subList(0, 2).stream().map(Match::getArticleId).sorted().toList());
        assertFalse(result.confident(), result.verdict());
    }

    @Test
    void aDumpShowingAllOfAnArticlesFramesIsNotAmbiguous() throws IOException {
        MatchResult result = match(Fixtures.dump("WIDGETDB!CacheLookup+0x1f", "WIDGETDB!CacheRebuild+0x5c",
                "WIDGETDB!CCatalog::Reload+0x30", "WIDGETSRV!HandleRequest+0x2e", "WIDGETSRV!WorkerLoop+0x91"));

        assertEquals(Fixtures.CACHE_REBUILD, result.best().getArticleId());
        assertTrue(result.confident(), result.verdict());
    }

    @Test
    void articlesNamingTheCrashingFunctionInTheirTextAreLeadsWhenNoStackMatches() throws IOException {
        ArticleTextSearch search = (phrases, top) -> phrases.contains("ZORBLAX!Frobnicate")
                ? List.of(new ArticleTextSearch.Hit("Q900099", "Zorblax Fails to Frobnicate")) : List.of();
        DumpMatcher withText = new DumpMatcher(Fixtures::articleStacks, Fixtures::lookup, search, SkipList.defaults());

        MatchResult result = withText.match(Fixtures.dump("ZORBLAX!Frobnicate+0x10", "ZORBLAX!Run+0x20"), 5);

        assertEquals("Q900099", result.best().getArticleId());
        assertEquals("Zorblax Fails to Frobnicate", result.best().getArticle().getTitle());
        assertFalse(result.confident());
        assertTrue(result.best().getReason().startsWith("names ZORBLAX!Frobnicate in its text"), result.best().getReason());
    }

    @Test
    void anotherThreadIsWeakerEvidenceThanTheCrashingOne() throws IOException {
        Dump dump = Fixtures.dump("ntdll!KiUserExceptionDispatcher+0x4", "KERNEL32!BaseThreadStart+0x52");
        dump.getThreads().add(Fixtures.thread("7", false, "WIDGETDB!CacheLookup+0x1f", "WIDGETDB!CacheFetch+0x44",
                "WIDGETDB!CCatalog::Resolve+0x102", "WIDGETSRV!HandleRequest+0x2e"));

        MatchResult result = match(dump);

        assertEquals(Fixtures.CACHE_CRASH, result.best().getArticleId());
        assertFalse(result.confident(), result.verdict());
        assertTrue(result.best().getReason().contains("thread 7, not the crashing thread"), result.best().getReason());
    }

    @Test
    void matchedFramesAreTheDumpsOwnFrameObjects() throws IOException {
        Dump dump = Fixtures.dump("WIDGETDB!CacheLookup+0x1f", "WIDGETDB!CacheFetch+0x44", "EXTRA!Unrelated+0x1",
                "WIDGETDB!CCatalog::Resolve+0x102");
        List<StackFrame> frames = dump.getThreads().get(0).getFrames();

        Match best = match(dump).best();

        assertEquals(3, best.getMatchedFrames().size());
        assertSame(frames.get(0), best.getMatchedFrames().get(0));
        assertSame(frames.get(1), best.getMatchedFrames().get(1));
        assertSame(frames.get(3), best.getMatchedFrames().get(2));
    }

    @Test
    void aMatchCarriesTheArticlesFixAndWhetherItApplies() throws IOException {
        Dump dump = Fixtures.dump("WIDGETDB!CacheLookup+0x1f", "WIDGETDB!CacheFetch+0x44",
                "WIDGETDB!CCatalog::Resolve+0x102");
        dump.getModules().add(Fixtures.module("WIDGETDB.dll", "2.1.388.4"));
        dump.getModules().add(Fixtures.module("KERNEL32.dll", "4.0.1381.133"));

        MatchResult result = match(dump);
        Match best = result.best();

        assertNotNull(best.getArticle());
        assertEquals("Install the widget server update 2.1a.\n\nRestart the service.", ArticleFix.resolution(best.getArticle()));
        assertEquals("Set CacheSize to 0 in the registry.", ArticleFix.workaround(best.getArticle()));
        assertEquals(Applicability.AFFECTED, best.getApplicability());
        assertTrue(best.getExplanation().contains("loaded WIDGETDB.dll 2.1.388.4 is older than the fixed 2.1.400.12"),
                best.getExplanation());
        assertTrue(result.verdict().contains("the fix applies"), result.verdict());
    }

    @Test
    void articlesWithoutAFullTextStillGetTheirTitle() throws IOException {
        Match best = match(Fixtures.dump("SPOOLX!FormatPage+0x10", "SPOOLX!RenderJob+0x2c")).best();

        assertEquals(Fixtures.SPOOLER, best.getArticle().getId());
        assertEquals("Print Spooler Crashes Formatting a Page", best.getArticle().getTitle());
        assertEquals(Applicability.UNKNOWN, best.getApplicability());
    }

    @Test
    void aDumpWithoutFramesIsAnsweredPlainly() throws IOException {
        MatchResult result = match(org.kbtriage.model.TriageFactory.eINSTANCE.createDump());

        assertTrue(result.matches().isEmpty());
        assertEquals("No confident match: the dump holds no stack frames to compare.", result.verdict());
    }

    @Test
    void unknownModulesFindNothing() throws IOException {
        MatchResult result = match(Fixtures.dump("ZORBLAX!Frobnicate+0x10", "ZORBLAX!Main+0x20"));

        assertTrue(result.matches().isEmpty());
        assertTrue(result.verdict().startsWith("No confident match: no KB article"), result.verdict());
    }

    @Test
    void topLimitsTheNumberOfMatchesAndRanksThemInOrder() throws IOException {
        Dump dump = Fixtures.dump("ntdll!RtlAllocateHeap+0x67a", "KERNEL32!BaseThreadStart+0x52");

        List<Match> matches = matcher.match(dump, 2).matches();

        assertEquals(2, matches.size());
        assertEquals(1, matches.get(0).getRank());
        assertEquals(2, matches.get(1).getRank());
        assertTrue(matches.get(0).getScore() >= matches.get(1).getScore());
    }
}
