package org.dateline.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;

/**
 * How alike two articles of one batch are: the TF-IDF cosine of their content words (title words counted
 * {@code titleWeight} times) blended with the TF-IDF cosine of the named entities they mention (canonical
 * names of people, organisations and places). When either article has no entities the text cosine alone
 * counts. IDF is computed over the batch being clustered.
 */
final class ArticleSimilarity {

    /** Terms of an article that look up its comparison partners; the rest only refine the score. */
    private static final int INDEXED_TERMS_PER_ARTICLE = 40;

    private final double titleWeight;
    private final double entityShare;

    /**
     * @param titleWeight how many times a title word counts compared with a body word
     * @param entityShare the weight of the entity cosine in the blend, in [0, 1]
     */
    ArticleSimilarity(double titleWeight, double entityShare) {
        this.titleWeight = titleWeight;
        this.entityShare = entityShare;
    }

    /** The comparable features of one article. */
    record Features(Map<String, Double> words, Map<String, Double> entities) {
    }

    List<Features> features(List<Article> articles) {
        List<Map<String, Double>> wordBags = new ArrayList<>();
        List<Map<String, Double>> entityBags = new ArrayList<>();
        for (Article article : articles) {
            Map<String, Double> words = TermVectors.counts(TermVectors.contentWords(article.title()), titleWeight);
            TermVectors.addInto(words, TermVectors.counts(TermVectors.contentWords(article.text()), 1.0));
            wordBags.add(words);
            entityBags.add(TermVectors.counts(entityNames(article), 1.0));
        }
        Map<String, Double> wordIdf = TermVectors.inverseDocumentFrequency(wordBags);
        Map<String, Double> entityIdf = TermVectors.inverseDocumentFrequency(entityBags);
        List<Features> features = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            features.add(new Features(TermVectors.tfIdf(wordBags.get(i), wordIdf, articles.size()),
                    TermVectors.tfIdf(entityBags.get(i), entityIdf, articles.size())));
        }
        return features;
    }

    double similarity(Features a, Features b) {
        double text = TermVectors.cosine(a.words(), b.words());
        if (a.entities().isEmpty() || b.entities().isEmpty() || entityShare == 0) return text;
        return (1 - entityShare) * text + entityShare * TermVectors.cosine(a.entities(), b.entities());
    }

    /**
     * Pairs (i < j) worth scoring: those sharing one of their highest-weighted words or an entity. Pairs
     * sharing nothing indexed have a low similarity anyway, and skipping them keeps large batches fast.
     */
    List<int[]> candidatePairs(List<Features> features) {
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            Features f = features.get(i);
            List<String> keys = new ArrayList<>();
            f.words().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(INDEXED_TERMS_PER_ARTICLE)
                    .forEach(e -> keys.add("w:" + e.getKey()));
            f.entities().keySet().forEach(name -> keys.add("e:" + name));
            for (String key : keys) postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        postings.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            List<Integer> list = entry.getValue();
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int i = list.get(x);
                    int j = list.get(y);
                    if (seen.add(((long) i << 32) | j)) pairs.add(new int[] {i, j});
                }
            }
        });
        pairs.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    private static List<String> entityNames(Article article) {
        List<String> names = new ArrayList<>();
        for (EntityMention mention : article.entities()) {
            if (mention.type() == EntityType.MISC) continue;
            String name = mention.canonical() != null ? mention.canonical() : mention.text();
            if (name != null && !name.isBlank()) names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
