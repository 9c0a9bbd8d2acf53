package org.kbtriage.match.stacks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kbtriage.match.frames.FrameSequence;
import org.kbtriage.match.frames.FrameSignature;
import org.kbtriage.match.frames.StackNormalizer;

/**
 * Every article stack in memory, normalized once, with the frame statistics over them and a
 * module -> stacks index that finds the candidates for a dump. A few hundred articles print
 * stacks, so this is small and a dump is matched against all of its candidates exactly.
 * Immutable and thread-safe once built.
 */
public final class StackCatalog {

    private final List<CatalogStack> stacks;
    private final FrameStatistics statistics;
    private final Map<String, int[]> stacksByModule;
    private final Map<String, int[]> stacksByFunction;
    private final Map<String, Set<String>> functionsByArticle;

    private StackCatalog(List<CatalogStack> stacks, FrameStatistics statistics, Map<String, int[]> stacksByModule,
            Map<String, int[]> stacksByFunction, Map<String, Set<String>> functionsByArticle) {
        this.stacks = List.copyOf(stacks);
        this.statistics = statistics;
        this.stacksByModule = stacksByModule;
        this.stacksByFunction = stacksByFunction;
        this.functionsByArticle = functionsByArticle;
    }

    /** Normalizes every stack; stacks left empty after normalization are dropped. */
    public static StackCatalog build(List<ArticleStack> articles, StackNormalizer normalizer) {
        List<CatalogStack> stacks = new ArrayList<>();
        Map<String, Integer> frameDocFreq = new HashMap<>();
        Map<String, Integer> moduleDocFreq = new HashMap<>();
        Map<String, List<Integer>> byModule = new HashMap<>();
        Map<String, List<Integer>> byFunction = new HashMap<>();
        Map<String, Set<String>> functionsByArticle = new HashMap<>();
        int articleCount = 0;
        for (ArticleStack article : articles) {
            Set<String> articleFrames = new HashSet<>();
            Set<String> articleModules = new HashSet<>();
            boolean any = false;
            for (List<String> keys : article.stacks()) {
                FrameSequence frames = normalizer.normalizeKeys(keys);
                if (frames.isEmpty()) {
                    continue;
                }
                int index = stacks.size();
                stacks.add(new CatalogStack(index, article.articleId(), article.title(), frames));
                any = true;
                Set<String> stackModules = new HashSet<>();
                Set<String> stackFunctions = new HashSet<>();
                for (FrameSignature frame : frames.frames()) {
                    if (frame.hasSymbol()) {
                        articleFrames.add(frame.key());
                        if (!frame.generic()) {
                            functionsByArticle.computeIfAbsent(article.articleId(), id -> new HashSet<>()).add(frame.key());
                        }
                    }
                    articleModules.add(frame.module());
                    stackModules.add(frame.module());
                    if (frame.hasSymbol()) {
                        stackFunctions.add(frame.key());
                    }
                }
                for (String module : stackModules) {
                    byModule.computeIfAbsent(module, m -> new ArrayList<>()).add(index);
                }
                for (String function : stackFunctions) {
                    byFunction.computeIfAbsent(function, f -> new ArrayList<>()).add(index);
                }
            }
            if (any) {
                articleCount++;
                articleFrames.forEach(key -> frameDocFreq.merge(key, 1, Integer::sum));
                articleModules.forEach(module -> moduleDocFreq.merge(module, 1, Integer::sum));
            }
        }
        functionsByArticle.replaceAll((id, keys) -> Set.copyOf(keys));
        return new StackCatalog(stacks, new FrameStatistics(articleCount, frameDocFreq, moduleDocFreq), toArrays(byModule),
                toArrays(byFunction), Map.copyOf(functionsByArticle));
    }

    private static Map<String, int[]> toArrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>();
        lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    public List<CatalogStack> stacks() {
        return stacks;
    }

    public FrameStatistics statistics() {
        return statistics;
    }

    /** The non-generic functions ({@code module!function} keys) of all the stacks the article prints. */
    public Set<String> articleFunctions(String articleId) {
        return functionsByArticle.getOrDefault(articleId, Set.of());
    }

    /**
     * The share of the article's non-generic functions, over all the stacks it prints, that are
     * among these keys: an article that prints the dump's stack and nothing else beats one that
     * prints it as a fragment of a longer story.
     */
    public double articleShare(String articleId, Set<String> functionKeys) {
        Set<String> functions = functionsByArticle.get(articleId);
        if (functions == null || functions.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String key : functions) {
            if (functionKeys.contains(key)) {
                shared++;
            }
        }
        return (double) shared / functions.size();
    }

    /**
     * The stacks that can align with the dump's frames at all: those printing one of its
     * functions, and, for its frames without symbols, those with a frame in the same module.
     */
    public List<CatalogStack> candidates(FrameSequence dumpFrames) {
        BitSet hits = new BitSet(stacks.size());
        for (FrameSignature frame : dumpFrames.frames()) {
            int[] indexes = frame.hasSymbol() ? stacksByFunction.get(frame.key()) : stacksByModule.get(frame.module());
            if (indexes != null) {
                for (int i : indexes) {
                    hits.set(i);
                }
            }
        }
        List<CatalogStack> candidates = new ArrayList<>(hits.cardinality());
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            candidates.add(stacks.get(i));
        }
        return candidates;
    }
}
