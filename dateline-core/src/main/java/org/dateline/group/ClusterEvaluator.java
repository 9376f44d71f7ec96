package org.dateline.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.model.Article;

/**
 * Scores a clustering against gold clusters with B-cubed precision/recall/F1 over documents (Bagga &amp;
 * Baldwin 1998) and pairwise precision/recall/F1 over same-cluster document pairs. Also reads the two gold
 * sets the project uses: ECB+ ({@code documents.jsonl} + {@code gold.json}) and the peers' small cluster
 * samples (a folder of {@code .txt} files + {@code cluster_gold.json}).
 */
public final class ClusterEvaluator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClusterEvaluator() {
    }

    /** One gold-labelled document: its id, its text and its gold cluster label. */
    public record LabeledText(String id, String text, String label) {
    }

    /** Scores of one clustering run. */
    public record Score(String name, int documents, int goldClusters, int predictedClusters,
                        double bcubedPrecision, double bcubedRecall, double bcubedF1,
                        double pairwisePrecision, double pairwiseRecall, double pairwiseF1) {

        public String toTable() {
            return String.format(Locale.ROOT,
                    "| run | docs | gold | predicted | B3 P | B3 R | B3 F1 | pair P | pair R | pair F1 |%n"
                            + "|---|---|---|---|---|---|---|---|---|---|%n"
                            + "| %s | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    name, documents, goldClusters, predictedClusters, bcubedPrecision, bcubedRecall, bcubedF1,
                    pairwisePrecision, pairwiseRecall, pairwiseF1);
        }
    }

    /** Clusters the articles and scores the result against the gold labels (article id to label). */
    public static Score evaluate(String name, ArticleClusterer clusterer, List<Article> articles,
                                 Map<String, String> gold) {
        return score(name, clusterer.cluster(articles), gold);
    }

    /**
     * Clusters as the pipeline does: first into outer clusters (storylines), then each outer cluster into
     * inner ones (stories).
     */
    public static List<List<String>> nested(ArticleClusterer outer, ArticleClusterer inner, List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<List<String>> result = new ArrayList<>();
        for (List<String> group : outer.cluster(articles)) {
            result.addAll(inner.cluster(group.stream().map(byId::get).toList()));
        }
        return result;
    }

    /** Scores predicted clusters over the documents that have a gold label; unlabelled ids are ignored. */
    public static Score score(String name, List<List<String>> predicted, Map<String, String> gold) {
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < predicted.size(); c++) {
            for (String id : predicted.get(c)) {
                if (gold.containsKey(id)) clusterOf.put(id, c);
            }
        }
        Map<String, Long> goldSizes = countBy(clusterOf.keySet().stream().map(gold::get));
        Map<Integer, Long> predictedSizes = countBy(clusterOf.values().stream());
        Map<String, Long> overlaps = countBy(clusterOf.entrySet().stream().map(e -> e.getValue() + "\t" + gold.get(e.getKey())));
        double precisionSum = 0;
        double recallSum = 0;
        for (var entry : clusterOf.entrySet()) {
            String label = gold.get(entry.getKey());
            double both = overlaps.get(entry.getValue() + "\t" + label);
            precisionSum += both / predictedSizes.get(entry.getValue());
            recallSum += both / goldSizes.get(label);
        }
        int n = clusterOf.size();
        double precision = n == 0 ? 0 : precisionSum / n;
        double recall = n == 0 ? 0 : recallSum / n;
        long truePairs = overlaps.values().stream().mapToLong(ClusterEvaluator::pairs).sum();
        long predictedPairs = predictedSizes.values().stream().mapToLong(ClusterEvaluator::pairs).sum();
        long goldPairs = goldSizes.values().stream().mapToLong(ClusterEvaluator::pairs).sum();
        double pairPrecision = predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
        double pairRecall = goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
        return new Score(name, n, goldSizes.size(), predictedSizes.size(), precision, recall, f1(precision, recall),
                pairPrecision, pairRecall, f1(pairPrecision, pairRecall));
    }

    /**
     * ECB+ documents with their gold label: the {@code subtopic} (one real-world event, the story level) or
     * the {@code topic} (two events of one kind, closest to the storyline level).
     */
    public static List<LabeledText> readEcbPlus(Path dir, boolean eventLevel) {
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
            List<LabeledText> documents = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode record = JSON.readTree(line);
                String id = record.get("id").asText();
                JsonNode labels = gold.get(id);
                if (labels == null) continue;
                documents.add(new LabeledText(id, record.get("text").asText(),
                        labels.get(eventLevel ? "subtopic" : "topic").asText()));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The peers' cluster samples: every {@code <id>.txt} of the folder labelled by {@code cluster_gold.json}. */
    public static List<LabeledText> readClusterSamples(Path folder, Path goldFile) {
        try (Stream<Path> files = Files.list(folder)) {
            JsonNode clusters = JSON.readTree(goldFile.toFile()).get("clusters");
            List<LabeledText> documents = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".txt")) continue;
                String id = name.substring(0, name.length() - 4);
                JsonNode label = clusters.get(id);
                if (label != null) documents.add(new LabeledText(id, Files.readString(file), label.asText()));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold map (id to label) of labelled documents. */
    public static Map<String, String> gold(List<LabeledText> documents) {
        Map<String, String> gold = new LinkedHashMap<>();
        documents.forEach(d -> gold.put(d.id(), d.label()));
        return gold;
    }

    /** Articles built from labelled documents by the given builder (id, text) to Article. */
    public static List<Article> articles(List<LabeledText> documents, Function<LabeledText, Article> builder) {
        return documents.stream().map(builder).toList();
    }

    private static <K> Map<K, Long> countBy(Stream<K> keys) {
        Map<K, Long> counts = new HashMap<>();
        keys.forEach(k -> counts.merge(k, 1L, Long::sum));
        return counts;
    }

    private static long pairs(long size) {
        return size * (size - 1) / 2;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
