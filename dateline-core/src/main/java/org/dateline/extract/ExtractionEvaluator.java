package org.dateline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.RawDocument;
import org.dateline.read.FileSystemReader;
import org.dateline.read.ReadResult;

/**
 * Scores body extraction on a folder laid out like the Article Extraction Benchmark: {@code ground-truth.json}
 * ({@code {"<id>": {"articleBody": ..., "url": ...}}}) and pages {@code html/<id>.html[.gz]}. The metric is
 * the benchmark's: 4-token shingles of {@code \w+} tokens, per-page tp/fp/fn normalised to sum 1, precision
 * and recall averaged over pages, F1 of the averages; accuracy is the share of pages whose tokens match exactly.
 */
public final class ExtractionEvaluator {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;
    /** Extraction speed is measured in thread CPU time, so that other load on the machine does not count. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The scores of one run, and its single-thread extraction speed (CPU time, JIT not warmed up). */
    public record Metrics(int pages, int unreadable, double precision, double recall, double f1, double accuracy,
                          double pagesPerSecond) {
        public String toTable() {
            return String.format(Locale.ROOT, """
                    metric            value
                    pages             %d
                    unreadable pages  %d
                    precision         %.3f
                    recall            %.3f
                    F1                %.3f
                    accuracy          %.3f
                    pages/s (CPU, 1 thread, cold)  %.0f
                    """, pages, unreadable, precision, recall, f1, accuracy, pagesPerSecond);
        }
    }

    private final Extractor extractor;

    public ExtractionEvaluator() {
        this(new DefaultExtractor());
    }

    public ExtractionEvaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Scores the default extractor on the benchmark folder. */
    public static Metrics evaluate(Path dir) {
        return new ExtractionEvaluator().score(dir);
    }

    public Metrics score(Path dir) {
        JsonNode truth;
        try {
            truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("ground-truth.json"), e);
        }
        var reader = new FileSystemReader();
        List<double[]> scores = new ArrayList<>();
        int exact = 0;
        int unreadable = 0;
        long nanos = 0;
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) truth::fields) {
            Path page = pagePath(dir, entry.getKey());
            if (page == null) continue;
            RawDocument document = readOne(reader, page);
            String url = entry.getValue().path("url").asText(null);
            String predicted = "";
            if (document == null) {
                unreadable++;
            } else {
                var withUrl = new RawDocument(document.id(), document.source(), document.format(), document.content(),
                        url, null, null);
                long start = CPU.getCurrentThreadCpuTime();
                predicted = extractor.extract(withUrl).text();
                nanos += CPU.getCurrentThreadCpuTime() - start;
            }
            List<String> gold = tokens(entry.getValue().path("articleBody").asText(""));
            List<String> guess = tokens(predicted);
            if (gold.equals(guess)) exact++;
            scores.add(shingleMatch(gold, guess));
        }
        return summarize(scores, exact, unreadable, nanos);
    }

    private static Metrics summarize(List<double[]> scores, int exact, int unreadable, long nanos) {
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (double[] s : scores) {
            double tp = s[0];
            double fp = s[1];
            double fn = s[2];
            if (fp == 0 && fn == 0) {
                precisionSum += 1;
                recallSum += 1;
                precisionPages++;
                recallPages++;
                continue;
            }
            if (tp + fp > 0) {
                precisionSum += tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += tp / (tp + fn);
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        int pages = scores.size();
        double perSecond = nanos == 0 ? 0 : (pages - unreadable) / (nanos / 1e9);
        return new Metrics(pages, unreadable, precision, recall, f1, pages == 0 ? 0 : (double) exact / pages, perSecond);
    }

    /** tp, fp, fn of the two shingle multisets, normalised to sum 1 (all 0 when both are empty). */
    static double[] shingleMatch(List<String> gold, List<String> predicted) {
        Map<List<String>, Integer> goldShingles = shingles(gold);
        Map<List<String>, Integer> predictedShingles = shingles(predicted);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (var entry : goldShingles.entrySet()) {
            int predictedCount = predictedShingles.getOrDefault(entry.getKey(), 0);
            tp += Math.min(entry.getValue(), predictedCount);
            fn += Math.max(0, entry.getValue() - predictedCount);
        }
        for (var entry : predictedShingles.entrySet()) {
            fp += Math.max(0, entry.getValue() - goldShingles.getOrDefault(entry.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new double[] {0, 0, 0} : new double[] {tp / sum, fp / sum, fn / sum};
    }

    /** The benchmark's shingles: every run of 4 tokens, or the whole token list when it is shorter. */
    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) shingles.merge(List.copyOf(shingle), 1, Integer::sum);
        }
        return shingles;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(m.group());
        return tokens;
    }

    private static Path pagePath(Path dir, String id) {
        for (String name : List.of(id + ".html.gz", id + ".html", id + ".htm")) {
            Path path = dir.resolve("html").resolve(name);
            if (Files.isRegularFile(path)) return path;
        }
        return null;
    }

    private static RawDocument readOne(FileSystemReader reader, Path page) {
        try (var results = reader.read(List.of(page))) {
            return results.findFirst()
                    .filter(ReadResult.Document.class::isInstance)
                    .map(r -> ((ReadResult.Document) r).document())
                    .orElse(null);
        }
    }
}
