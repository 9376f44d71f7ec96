package org.dateline.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    /** A term indexed by more articles than this is too common to propose pairs (and would make it quadratic). */
    private static final int MAX_POSTINGS = 500;

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

    /** A unit vector over term numbers of the batch's vocabulary, terms ascending: fast to compare. */
    record SparseVector(int[] terms, double[] weights) {
        static SparseVector of(Map<String, Double> vector, Map<String, Integer> vocabulary) {
            TreeMap<Integer, Double> byTerm = new TreeMap<>();
            vector.forEach((term, weight) -> byTerm.put(vocabulary.computeIfAbsent(term, k -> vocabulary.size()), weight));
            int[] terms = new int[byTerm.size()];
            double[] weights = new double[byTerm.size()];
            int i = 0;
            for (var entry : byTerm.entrySet()) {
                terms[i] = entry.getKey();
                weights[i++] = entry.getValue();
            }
            return new SparseVector(terms, weights);
        }

        boolean isEmpty() {
            return terms.length == 0;
        }

        double dot(SparseVector other) {
            double dot = 0;
            int i = 0;
            int j = 0;
            while (i < terms.length && j < other.terms.length) {
                if (terms[i] == other.terms[j]) {
                    dot += weights[i++] * other.weights[j++];
                } else if (terms[i] < other.terms[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return dot;
        }

        /** The term numbers of the highest weights, at most {@code limit} (ties: lower term number first). */
        List<Integer> topTerms(int limit) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < terms.length; i++) order.add(i);
            order.sort(Comparator.comparingDouble((Integer i) -> -weights[i]).thenComparingInt(i -> terms[i]));
            return order.stream().limit(limit).map(i -> terms[i]).toList();
        }
    }

    /** The comparable features of one article. */
    record Features(SparseVector words, SparseVector entities) {
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
        Map<String, Integer> wordVocabulary = new HashMap<>();
        Map<String, Integer> entityVocabulary = new HashMap<>();
        List<Features> features = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            features.add(new Features(
                    SparseVector.of(TermVectors.tfIdf(wordBags.get(i), wordIdf, articles.size()), wordVocabulary),
                    SparseVector.of(TermVectors.tfIdf(entityBags.get(i), entityIdf, articles.size()), entityVocabulary)));
        }
        return features;
    }

    double similarity(Features a, Features b) {
        double text = a.words().dot(b.words());
        if (a.entities().isEmpty() || b.entities().isEmpty() || entityShare == 0) return text;
        return (1 - entityShare) * text + entityShare * a.entities().dot(b.entities());
    }

    /**
     * Pairs (i < j) worth scoring: those sharing one of their highest-weighted words or an entity that is not
     * too common. Pairs sharing nothing indexed have a low similarity anyway, and skipping them keeps large
     * batches fast.
     */
    List<int[]> candidatePairs(List<Features> features) {
        Map<Integer, List<Integer>> wordPostings = new HashMap<>();
        Map<Integer, List<Integer>> entityPostings = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            Features f = features.get(i);
            for (int term : f.words().topTerms(INDEXED_TERMS_PER_ARTICLE)) {
                wordPostings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
            if (entityShare > 0) {
                for (int term : f.entities().terms()) entityPostings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (Map<Integer, List<Integer>> postings : List.of(wordPostings, entityPostings)) {
            for (List<Integer> list : postings.values()) {
                if (list.size() > MAX_POSTINGS) continue;
                for (int x = 0; x < list.size(); x++) {
                    for (int y = x + 1; y < list.size(); y++) {
                        int i = list.get(x);
                        int j = list.get(y);
                        if (seen.add(((long) i << 32) | j)) pairs.add(new int[] {i, j});
                    }
                }
            }
        }
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
