package org.dateline.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores near-duplicate detection against gold duplicate groups: precision, recall and F1 over unordered
 * same-group document pairs (a copy and its original, or two copies of one original, form a pair).
 */
public final class DuplicateEvaluator {

    private DuplicateEvaluator() {
    }

    public record Score(String name, int goldPairs, int foundPairs, int correctPairs, double precision,
                        double recall, double f1) {
        public String toTable() {
            return String.format(Locale.ROOT, "| run | gold pairs | found | correct | P | R | F1 |%n"
                            + "|---|---|---|---|---|---|---|%n| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                    name, goldPairs, foundPairs, correctPairs, precision, recall, f1);
        }
    }

    /**
     * @param duplicateOf the detector's answer: copy id to original id
     * @param goldGroups  groups of ids that are copies of one another
     */
    public static Score score(String name, Map<String, String> duplicateOf, List<List<String>> goldGroups) {
        Set<Set<String>> gold = pairs(goldGroups);
        Map<String, List<String>> found = new LinkedHashMap<>();
        duplicateOf.forEach((copy, original) -> found.computeIfAbsent(original, k -> new ArrayList<>(List.of(k))).add(copy));
        Set<Set<String>> detected = pairs(List.copyOf(found.values()));
        int correct = (int) detected.stream().filter(gold::contains).count();
        double precision = detected.isEmpty() ? 1 : (double) correct / detected.size();
        double recall = gold.isEmpty() ? 1 : (double) correct / gold.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(name, gold.size(), detected.size(), correct, precision, recall, f1);
    }

    /** The {@code near_dups} groups of the peers' {@code cluster_gold.json}. */
    public static List<List<String>> readNearDuplicates(Path goldFile) {
        try {
            List<List<String>> groups = new ArrayList<>();
            for (JsonNode group : new ObjectMapper().readTree(goldFile.toFile()).path("near_dups")) {
                List<String> ids = new ArrayList<>();
                group.forEach(id -> ids.add(id.asText()));
                groups.add(ids);
            }
            return groups;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Set<String>> pairs(List<List<String>> groups) {
        Set<Set<String>> pairs = new HashSet<>();
        for (List<String> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) pairs.add(Set.of(group.get(i), group.get(j)));
            }
        }
        return pairs;
    }
}
