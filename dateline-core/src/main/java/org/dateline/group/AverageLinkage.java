package org.dateline.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: pairs without a link have
 * similarity 0, and a cannot-link pair keeps the two clusters holding them apart for good. Clusters are
 * merged best-first while their average pairwise similarity reaches the threshold. Deterministic: equal
 * scores merge the pair with the smallest item indices first.
 */
final class AverageLinkage {

    /** A similarity between items i and j (i != j), or a constraint that they must stay apart. */
    record Link(int i, int j, double similarity, boolean cannotLink) {
        static Link similar(int i, int j, double similarity) {
            return new Link(i, j, similarity, false);
        }

        static Link apart(int i, int j) {
            return new Link(i, j, 0, true);
        }
    }

    private record Candidate(double average, int a, int b, int versionA, int versionB) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingDouble((Candidate c) -> -c.average)
            .thenComparingInt(c -> c.a)
            .thenComparingInt(c -> c.b);

    private AverageLinkage() {
    }

    /** Clusters of item indices, each ascending, ordered by their first item. */
    static List<List<Integer>> cluster(int itemCount, List<Link> links, double threshold) {
        List<List<Integer>> members = new ArrayList<>(itemCount);
        List<Map<Integer, Double>> similaritySums = new ArrayList<>(itemCount);
        List<Set<Integer>> apart = new ArrayList<>(itemCount);
        int[] version = new int[itemCount];
        for (int i = 0; i < itemCount; i++) {
            members.add(new ArrayList<>(List.of(i)));
            similaritySums.add(new HashMap<>());
            apart.add(new HashSet<>());
        }
        for (Link link : links) {
            if (link.i() == link.j()) continue;
            if (link.cannotLink()) {
                apart.get(link.i()).add(link.j());
                apart.get(link.j()).add(link.i());
            } else {
                similaritySums.get(link.i()).merge(link.j(), link.similarity(), Math::max);
                similaritySums.get(link.j()).merge(link.i(), link.similarity(), Math::max);
            }
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>(BEST_FIRST);
        for (int a = 0; a < itemCount; a++) {
            for (var entry : similaritySums.get(a).entrySet()) {
                if (a < entry.getKey()) offer(queue, a, entry.getKey(), members, similaritySums, apart, version, threshold);
            }
        }
        while (!queue.isEmpty()) {
            Candidate best = queue.poll();
            if (version[best.a] != best.versionA || version[best.b] != best.versionB
                    || members.get(best.a) == null || members.get(best.b) == null) {
                continue;
            }
            int kept = best.a;
            int gone = best.b;
            members.get(kept).addAll(members.get(gone));
            members.set(gone, null);
            version[kept]++;
            version[gone]++;
            for (var entry : similaritySums.get(gone).entrySet()) {
                int other = entry.getKey();
                if (other == kept) continue;
                similaritySums.get(kept).merge(other, entry.getValue(), Double::sum);
                similaritySums.get(other).remove(gone);
                similaritySums.get(other).merge(kept, entry.getValue(), Double::sum);
            }
            similaritySums.get(kept).remove(gone);
            similaritySums.set(gone, Map.of());
            for (int other : apart.get(gone)) {
                apart.get(other).remove(gone);
                if (other != kept) {
                    apart.get(other).add(kept);
                    apart.get(kept).add(other);
                }
            }
            apart.get(kept).remove(gone);
            for (int other : similaritySums.get(kept).keySet()) {
                offer(queue, Math.min(kept, other), Math.max(kept, other), members, similaritySums, apart, version,
                        threshold);
            }
        }
        List<List<Integer>> clusters = new ArrayList<>();
        for (List<Integer> cluster : members) {
            if (cluster == null) continue;
            cluster.sort(null);
            clusters.add(List.copyOf(cluster));
        }
        clusters.sort(Comparator.comparingInt(List::getFirst));
        return clusters;
    }

    private static void offer(PriorityQueue<Candidate> queue, int a, int b, List<List<Integer>> members,
                              List<Map<Integer, Double>> similaritySums, List<Set<Integer>> apart, int[] version,
                              double threshold) {
        if (apart.get(a).contains(b)) return;
        double average = similaritySums.get(a).getOrDefault(b, 0.0)
                / ((double) members.get(a).size() * members.get(b).size());
        if (average >= threshold) queue.add(new Candidate(average, a, b, version[a], version[b]));
    }
}
