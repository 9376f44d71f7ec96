package org.dateline.group;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.model.Article;

/**
 * Finds syndicated copies by MinHash over word shingles. Each article's normalised words form overlapping
 * k-word shingles; {@code hashCount} seeded hash functions (a random odd multiply-add per function over a
 * 64-bit shingle hash) give its MinHash signature; locality-sensitive
 * hashing in bands (rows = hashCount / bands) proposes candidate pairs without comparing all pairs, and a
 * candidate pair is a duplicate when the signatures agree on at least {@code threshold} of their positions
 * (the estimated Jaccard similarity of the shingle sets). Duplicate groups are the connected components;
 * the original of a group is its earliest-dated member, undated members last, ties by id.
 * Deterministic (fixed seeds) and thread-safe.
 */
public final class MinHashDuplicateDetector implements NearDuplicateDetector {

    private static final int DEFAULT_SHINGLE_WORDS = 5;
    private static final int DEFAULT_HASHES = 128;
    private static final int DEFAULT_BANDS = 32;
    private static final double DEFAULT_THRESHOLD = 0.5;
    private static final long SEED = 0x5DEECE66DL;
    private static final int ALL_PAIRS_BUCKET_SIZE = 64;

    private static final Comparator<Article> ORIGINAL_FIRST = Comparator
            .comparing(MinHashDuplicateDetector::earliestDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id);

    private final int shingleWords;
    private final int bands;
    private final int rows;
    private final double threshold;
    private final long[] multipliers;
    private final long[] addends;

    public MinHashDuplicateDetector() {
        this(DEFAULT_SHINGLE_WORDS, DEFAULT_HASHES, DEFAULT_BANDS, DEFAULT_THRESHOLD);
    }

    /**
     * @param shingleWords words per shingle
     * @param hashCount    MinHash signature length, a multiple of {@code bands}
     * @param bands        LSH bands; more bands find pairs of lower similarity as candidates
     * @param threshold    minimum estimated Jaccard similarity of two duplicates, in (0, 1]
     */
    public MinHashDuplicateDetector(int shingleWords, int hashCount, int bands, double threshold) {
        if (shingleWords < 1 || bands < 1 || hashCount % bands != 0 || threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("bad MinHash parameters");
        }
        this.shingleWords = shingleWords;
        this.bands = bands;
        this.rows = hashCount / bands;
        this.threshold = threshold;
        this.multipliers = new long[hashCount];
        this.addends = new long[hashCount];
        long state = SEED;
        for (int i = 0; i < hashCount; i++) {
            state += 0x9E3779B97F4A7C15L;
            multipliers[i] = mix(state) | 1;
            state += 0x9E3779B97F4A7C15L;
            addends[i] = mix(state);
        }
    }

    @Override
    public Map<String, String> duplicates(List<Article> articles) {
        List<long[]> signatures = articles.parallelStream().map(a -> signature(a.text())).toList();
        UnionFind components = new UnionFind(articles.size());
        for (int[] pair : candidatePairs(signatures)) {
            if (components.find(pair[0]) != components.find(pair[1])
                    && similarity(signatures.get(pair[0]), signatures.get(pair[1])) >= threshold) {
                components.union(pair[0], pair[1]);
            }
        }
        Map<Integer, List<Article>> groups = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            groups.computeIfAbsent(components.find(i), k -> new ArrayList<>()).add(articles.get(i));
        }
        Map<String, String> duplicateOf = new LinkedHashMap<>();
        for (List<Article> group : groups.values()) {
            if (group.size() < 2) continue;
            Article original = group.stream().min(ORIGINAL_FIRST).orElseThrow();
            for (Article member : group) {
                if (!member.id().equals(original.id())) {
                    duplicateOf.put(member.id(), original.id());
                }
            }
        }
        return duplicateOf;
    }

    /** The estimated Jaccard similarity of two texts' shingle sets (0 when either has no words). */
    public double similarity(String a, String b) {
        long[] first = signature(a);
        long[] second = signature(b);
        return first == null || second == null ? 0 : similarity(first, second);
    }

    private static LocalDate earliestDate(Article article) {
        if (article.publishedDate() != null) return article.publishedDate();
        return article.publishedEstimate() == null ? null : article.publishedEstimate().earliest();
    }

    /** The text's MinHash signature; null for a text without words, which duplicates nothing. */
    long[] signature(String text) {
        List<String> words = TermVectors.words(text);
        if (words.isEmpty()) return null;
        long[] signature = new long[multipliers.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        int shingles = Math.max(1, words.size() - shingleWords + 1);
        for (int start = 0; start < shingles; start++) {
            long shingle = mix(fnv(words.subList(start, Math.min(words.size(), start + shingleWords))));
            for (int i = 0; i < multipliers.length; i++) {
                // A random odd multiplier and addend per function over an already well-mixed shingle hash:
                // cheap, and its high bits, which decide the minimum, are well spread.
                long hash = shingle * multipliers[i] + addends[i];
                hash ^= hash >>> 31;
                if (hash < signature[i]) signature[i] = hash;
            }
        }
        return signature;
    }

    private List<int[]> candidatePairs(List<long[]> signatures) {
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        for (int band = 0; band < bands; band++) {
            Map<BandKey, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < signatures.size(); i++) {
                if (signatures.get(i) == null) continue;
                long[] slice = Arrays.copyOfRange(signatures.get(i), band * rows, (band + 1) * rows);
                buckets.computeIfAbsent(new BandKey(slice), k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                // A huge bucket (mass-produced boilerplate) would make all-pairs quadratic: its members are
                // only compared with its first, which still joins them when they are alike.
                int firsts = bucket.size() <= ALL_PAIRS_BUCKET_SIZE ? bucket.size() - 1 : 1;
                for (int a = 0; a < firsts; a++) {
                    for (int b = a + 1; b < bucket.size(); b++) {
                        int i = bucket.get(a);
                        int j = bucket.get(b);
                        if (seen.add(((long) i << 32) | j)) pairs.add(new int[] {i, j});
                    }
                }
            }
        }
        return pairs;
    }

    private static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) equal++;
        }
        return (double) equal / a.length;
    }

    private record BandKey(long[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof BandKey other && Arrays.equals(values, other.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    private static long fnv(List<String> words) {
        long hash = 0xcbf29ce484222325L;
        for (String word : words) {
            for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
                hash ^= b & 0xff;
                hash *= 0x100000001b3L;
            }
            hash ^= ' ';
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64 finaliser: a fast, well-mixed 64-bit hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA != rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
