package org.dateline.group;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Bag-of-words text features shared by the grouping and telling stages: content words of English text,
 * smoothed TF-IDF weighting over a collection, and cosine similarity of L2-normalised sparse vectors.
 * Pure functions; all methods are thread-safe.
 */
public final class TermVectors {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Function words and news boilerplate verbs that say nothing about what an article is about. */
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
            "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
            "can", "could", "did", "do", "does", "doing", "down", "during", "each", "even", "few", "for", "from",
            "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
            "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last",
            "like", "made", "make", "many", "may", "me", "might", "more", "most", "much", "must", "my", "new",
            "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours",
            "out", "over", "own", "per", "said", "same", "say", "says", "she", "should", "since", "so", "some",
            "still", "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these", "they",
            "this", "those", "through", "to", "told", "too", "two", "under", "until", "up", "us", "very", "was",
            "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with",
            "would", "year", "years", "yet", "you", "your", "yours", "according", "week", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "s", "t", "don", "mr", "ms",
            "mrs", "first", "three", "another", "around", "within", "without", "across", "among", "via");

    private TermVectors() {
    }

    /** Lower-cased, accent-free word tokens of the text, stop words included, in order. */
    public static List<String> words(String text) {
        if (text == null || text.isEmpty()) return List.of();
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String token : NON_WORD.split(folded)) {
            if (!token.isEmpty()) words.add(token);
        }
        return words;
    }

    /** The words that carry meaning: no stop words, no one-letter tokens, plural "s" folded away. */
    public static List<String> contentWords(String text) {
        List<String> content = new ArrayList<>();
        for (String word : words(text)) {
            if (word.length() < 2 || STOP_WORDS.contains(word)) continue;
            content.add(singular(word));
        }
        return content;
    }

    /** Term counts of a token sequence, each token counted with the given weight. */
    public static Map<String, Double> counts(Collection<String> tokens, double weight) {
        Map<String, Double> counts = new HashMap<>();
        for (String token : tokens) counts.merge(token, weight, Double::sum);
        return counts;
    }

    /** Adds the second bag into the first. */
    public static void addInto(Map<String, Double> target, Map<String, Double> addition) {
        addition.forEach((term, count) -> target.merge(term, count, Double::sum));
    }

    /** Smoothed inverse document frequency, ln((1 + n) / (1 + df)) + 1, of every term of the bags. */
    public static Map<String, Double> inverseDocumentFrequency(List<Map<String, Double>> bags) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (Map<String, Double> bag : bags) {
            for (String term : bag.keySet()) documentFrequency.merge(term, 1, Integer::sum);
        }
        Map<String, Double> idf = new HashMap<>();
        int n = bags.size();
        documentFrequency.forEach((term, df) -> idf.put(term, Math.log((1.0 + n) / (1.0 + df)) + 1.0));
        return idf;
    }

    /**
     * The L2-normalised TF-IDF vector of a bag: sublinear term frequency (1 + ln tf) times idf. Terms
     * missing from the idf table get the weight of a term seen once.
     */
    public static Map<String, Double> tfIdf(Map<String, Double> bag, Map<String, Double> idf, int collectionSize) {
        double unseen = Math.log((1.0 + collectionSize) / 2.0) + 1.0;
        Map<String, Double> vector = new HashMap<>();
        bag.forEach((term, tf) -> {
            if (tf > 0) vector.put(term, (1.0 + Math.log(tf)) * idf.getOrDefault(term, unseen));
        });
        return normalised(vector);
    }

    /** The vector scaled to unit length (unchanged when it is all zeros). */
    public static Map<String, Double> normalised(Map<String, Double> vector) {
        double norm = Math.sqrt(vector.values().stream().mapToDouble(v -> v * v).sum());
        if (norm == 0) return Map.copyOf(vector);
        Map<String, Double> unit = new HashMap<>();
        vector.forEach((term, value) -> unit.put(term, value / norm));
        return unit;
    }

    /** Dot product, which is the cosine for unit vectors. */
    public static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var entry : small.entrySet()) {
            Double other = large.get(entry.getKey());
            if (other != null) dot += entry.getValue() * other;
        }
        return dot;
    }

    private static String singular(String word) {
        if (word.length() <= 3 || !word.endsWith("s") || word.endsWith("ss") || word.endsWith("us")
                || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) return word.substring(0, word.length() - 3) + "y";
        return word.substring(0, word.length() - 1);
    }
}
