package org.kbtriage.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.kbtriage.index.KbIndex;
import org.kbtriage.match.align.Alignment;
import org.kbtriage.match.align.FrameWeights;
import org.kbtriage.match.align.StackAligner;
import org.kbtriage.match.align.StackWeights;
import org.kbtriage.match.confidence.ConfidenceRule;
import org.kbtriage.match.confidence.Evidence;
import org.kbtriage.match.confidence.Judgement;
import org.kbtriage.match.confidence.StackProfile;
import org.kbtriage.match.fix.ApplicabilityCheck;
import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;
import org.kbtriage.match.frames.SkipList;
import org.kbtriage.match.frames.StackNormalizer;
import org.kbtriage.match.frames.SystemModules;
import org.kbtriage.match.index.IndexedArticles;
import org.kbtriage.match.stacks.ArticleStackSource;
import org.kbtriage.match.stacks.CatalogStack;
import org.kbtriage.match.stacks.StackCatalog;
import org.kbtriage.model.Dump;
import org.kbtriage.model.DumpThread;
import org.kbtriage.model.KbArticle;
import org.kbtriage.model.Match;
import org.kbtriage.model.TriageFactory;

/**
 * Matches a parsed dump to the KB articles whose printed call stacks explain it.
 * <ol>
 * <li>Every article stack is loaded once, normalized ({@link StackNormalizer}: canonical names,
 * generic frames marked by the {@link SkipList}, recursion collapsed) and weighed by how many
 * articles print each frame ({@link StackCatalog}).</li>
 * <li>The crashing thread is normalized the same way; the stacks sharing a module with it are the
 * candidates, each aligned with it in order ({@link StackAligner}), top frames and rare frames
 * weighing most.</li>
 * <li>The {@link ConfidenceRule} calls the best ones confident or not, with a reason; other
 * threads are weaker evidence and never confident.</li>
 * <li>The reported matches get their article, fix text and applicability from the dump's loaded
 * module versions ({@link ApplicabilityCheck}).</li>
 * </ol>
 * Thread-safe: one matcher serves any number of dumps, from any thread.
 */
public final class DumpMatcher {

    /** Evidence from a thread other than the crashing one counts this much. */
    static final double OTHER_THREAD_FACTOR = 0.3;

    /**
     * How much the share of the whole article the dump shows moves the score: a little, to prefer
     * the article about this stack to one that prints it as part of a longer stack.
     */
    static final double ARTICLE_SHARE_WEIGHT = 0.25;

    private final StackNormalizer normalizer;
    private final SystemModules systemModules;
    private final StackCatalog catalog;
    private final StackAligner aligner;
    private final StackProfile[] profiles;
    private final StackWeights[] weights;
    private final ConfidenceRule rule = new ConfidenceRule();
    private final ArticleLookup lookup;
    private final TextMentions textMentions;
    private final AmbiguityCheck ambiguity;
    private final Map<String, KbArticle> articles = new ConcurrentHashMap<>();

    /** A matcher over the article stacks of a KB index, with the default skip list. */
    public DumpMatcher(KbIndex index) throws IOException {
        this(index, SkipList.defaults());
    }

    /** A matcher over the article stacks of a KB index, with this skip list (e.g. the defaults with user overrides). */
    public DumpMatcher(KbIndex index, SkipList skipList) throws IOException {
        this(new IndexedArticles(index), skipList);
    }

    private DumpMatcher(IndexedArticles articles, SkipList skipList) throws IOException {
        this(articles, articles, articles, skipList);
    }

    /** A matcher over these article stacks with the default skip list and no text search. */
    public DumpMatcher(ArticleStackSource stacks, ArticleLookup lookup) throws IOException {
        this(stacks, lookup, ArticleTextSearch.NONE, SkipList.defaults());
    }

    /** A matcher over these article stacks with this skip list and no text search. */
    public DumpMatcher(ArticleStackSource stacks, ArticleLookup lookup, SkipList skipList) throws IOException {
        this(stacks, lookup, ArticleTextSearch.NONE, skipList);
    }

    /**
     * A matcher over these article stacks; {@code textSearch} finds articles that name a crashing
     * function in their text when no printed stack matches.
     */
    public DumpMatcher(ArticleStackSource stacks, ArticleLookup lookup, ArticleTextSearch textSearch, SkipList skipList)
            throws IOException {
        this.normalizer = new StackNormalizer(skipList);
        this.systemModules = SystemModules.defaults();
        this.catalog = StackCatalog.build(stacks.articleStacks(), normalizer);
        FrameWeights frameWeights = new FrameWeights(catalog.statistics());
        this.aligner = new StackAligner(frameWeights);
        this.lookup = lookup;
        this.textMentions = new TextMentions(textSearch);
        this.ambiguity = new AmbiguityCheck(catalog);
        this.profiles = new StackProfile[catalog.stacks().size()];
        this.weights = new StackWeights[catalog.stacks().size()];
        for (CatalogStack stack : catalog.stacks()) {
            profiles[stack.index()] = StackProfile.of(stack.frames(), catalog.statistics(), systemModules);
            weights[stack.index()] = frameWeights.of(stack.frames());
        }
    }

    /** The number of articles that print a stack. */
    public int articleCount() {
        return catalog.statistics().articleCount();
    }

    public SkipList skipList() {
        return normalizer.skipList();
    }

    /**
     * Ranks the articles that explain the dump, best first, at most {@code top} of them.
     *
     * @throws IOException when an article cannot be read from the index
     */
    public MatchResult match(Dump dump, int top) throws IOException {
        List<DumpThread> withFrames = dump.getThreads().stream().filter(t -> !t.getFrames().isEmpty()).toList();
        if (withFrames.isEmpty()) {
            return new MatchResult(List.of(), "No confident match: the dump holds no stack frames to compare.", null);
        }
        List<DumpThread> crashing = withFrames.stream().filter(DumpThread::isCrashing).toList();
        // Without a thread marked as crashing (a bare ~*kb listing), every thread is a suspect.
        List<DumpThread> primary = crashing.isEmpty() ? withFrames : crashing;

        Map<String, Candidate> bestByArticle = new HashMap<>();
        FrameSequence firstPrimary = null;
        for (DumpThread thread : withFrames) {
            boolean isPrimary = crashing.isEmpty() || thread.isCrashing();
            FrameSequence frames = normalizer.normalize(thread.getFrames());
            if (isPrimary && firstPrimary == null) {
                firstPrimary = frames;
            }
            List<CatalogStack> candidates = catalog.candidates(frames);
            Set<String> functions = candidates.isEmpty() ? Set.of() : functionKeys(frames);
            for (CatalogStack stack : candidates) {
                Candidate candidate = evaluate(thread, isPrimary, frames, functions, stack);
                if (candidate != null) {
                    keepBest(bestByArticle, candidate);
                }
            }
        }
        boolean stackEvidence = bestByArticle.values().stream().anyMatch(c -> c.tier().compareTo(Candidate.Tier.STACK) <= 0);
        if (!stackEvidence && firstPrimary != null) {
            for (TextMentions.Lead lead : textMentions.leads(firstPrimary, top)) {
                keepBest(bestByArticle, new Candidate(lead.articleId(), lead.title(), Candidate.Tier.TEXT, 0,
                        new Judgement(false, "names " + lead.function() + " in its text, but prints no stack that "
                                + "matches this one"), List.of(lead.frame()), null, true));
            }
        }
        List<Candidate> ranked = ambiguity.withdrawAmbiguous(new ArrayList<>(bestByArticle.values()));
        ranked.sort(Candidate.RANKING);
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : ranked.subList(0, Math.min(Math.max(top, 0), ranked.size()))) {
            matches.add(toMatch(candidate, matches.size() + 1, dump));
        }
        return new MatchResult(matches, Verdicts.verdict(matches, ranked.isEmpty()), primary.get(0));
    }

    private static void keepBest(Map<String, Candidate> bestByArticle, Candidate candidate) {
        bestByArticle.merge(candidate.articleId(), candidate, (a, b) -> Candidate.RANKING.compare(a, b) <= 0 ? a : b);
    }

    private static Set<String> functionKeys(FrameSequence frames) {
        Set<String> keys = new HashSet<>();
        for (FrameSignature frame : frames.frames()) {
            if (frame.hasSymbol() && !frame.generic()) {
                keys.add(frame.key());
            }
        }
        return keys;
    }

    private Candidate evaluate(DumpThread thread, boolean isPrimary, FrameSequence frames, Set<String> functions,
            CatalogStack stack) {
        Alignment alignment = aligner.align(frames, stack.frames(), weights[stack.index()]);
        if (alignment.isEmpty()) {
            return null;
        }
        Evidence evidence = Evidence.of(alignment, frames, stack.frames(), profiles[stack.index()], systemModules);
        Judgement judgement = rule.judge(evidence, stack.articleId());
        double score = alignment.score() * Math.sqrt(alignment.coverage())
                * (1 - ARTICLE_SHARE_WEIGHT + ARTICLE_SHARE_WEIGHT * catalog.articleShare(stack.articleId(), functions));
        if (!isPrimary) {
            score *= OTHER_THREAD_FACTOR;
            String where = thread.getId() == null ? "another thread" : "thread " + thread.getId();
            judgement = new Judgement(false, judgement.reason().replace("the crashing thread", where)
                    + " (" + where + ", not the crashing thread)");
        }
        Candidate.Tier tier = judgement.confident() ? Candidate.Tier.CONFIDENT
                : evidence.meaningfulEvidence() > 0 ? Candidate.Tier.STACK : Candidate.Tier.GENERIC;
        return new Candidate(stack.articleId(), stack.title(), tier, score, judgement,
                Candidate.matchedFrames(alignment, frames), evidence, isPrimary);
    }

    private Match toMatch(Candidate candidate, int rank, Dump dump) throws IOException {
        KbArticle article = article(candidate.articleId(), candidate.title());
        Match match = TriageFactory.eINSTANCE.createMatch();
        match.setArticle(article);
        match.setArticleId(candidate.articleId());
        match.setRank(rank);
        match.setScore(Math.round(candidate.score() * 1000) / 1000.0);
        match.setConfident(candidate.judgement().confident());
        match.setReason(candidate.judgement().reason());
        match.getMatchedFrames().addAll(candidate.matchedFrames());
        ApplicabilityCheck.Result applicability = ApplicabilityCheck.assess(dump.getModules(), article.getFixedFiles());
        match.setApplicability(applicability.applicability());
        match.setExplanation(Verdicts.explanation(match, applicability));
        return match;
    }

    /** A private copy of the article, so that callers may put it in their own resource. */
    private KbArticle article(String id, String title) throws IOException {
        KbArticle cached = articles.get(id);
        if (cached == null) {
            cached = lookup.article(id);
            if (cached == null) {
                cached = TriageFactory.eINSTANCE.createKbArticle();
                cached.setId(id);
                cached.setTitle(title);
            }
            articles.put(id, cached);
        }
        synchronized (cached) {
            return EcoreUtil.copy(cached);
        }
    }
}
