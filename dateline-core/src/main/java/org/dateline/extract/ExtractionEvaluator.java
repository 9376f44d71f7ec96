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
import java.util.Comparator;
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

    /** The scores of one run, each page's scores, and its single-thread extraction speed (CPU time, JIT not warmed up). */
    public record Metrics(int pages, int unreadable, double precision, double recall, double f1, double accuracy,
                          double pagesPerSecond, List<PageScore> pageScores) {
        public Metrics {
            pageScores = List.copyOf(pageScores);
        }

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

        /** The {@code count} pages with the lowest F1, worst first. */
        public List<PageScore> worst(int count) {
            return pageScores.stream().sorted(Comparator.comparingDouble(PageScore::f1)).limit(count).toList();
        }
    }

    /** One page's shingle precision, recall and F1. */
    public record PageScore(String id, double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f", id, precision, recall, f1());
        }
    }

    /** One benchmark page: its id, the page as read (null when it cannot be read) and the gold body. */
    public record GoldPage(String id, RawDocument document, String goldBody) {
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
        return score(readFolder(dir));
    }

    public Metrics score(List<GoldPage> pages) {
        List<double[]> scores = new ArrayList<>();
        List<PageScore> pageScores = new ArrayList<>();
        int exact = 0;
        int unreadable = 0;
        long nanos = 0;
        for (GoldPage page : pages) {
            String predicted = "";
            if (page.document() == null) {
                unreadable++;
            } else {
                long start = CPU.getCurrentThreadCpuTime();
                predicted = extractor.extract(page.document()).text();
                nanos += CPU.getCurrentThreadCpuTime() - start;
            }
            List<String> gold = tokens(page.goldBody());
            List<String> guess = tokens(predicted);
            if (gold.equals(guess)) exact++;
            double[] score = shingleMatch(gold, guess);
            scores.add(score);
            pageScores.add(pageScore(page.id(), score));
        }
        return summarize(scores, pageScores, exact, unreadable, nanos);
    }

    /**
     * The pages of a folder laid out like the benchmark, in the order of its ground truth; each page carries
     * the gold URL. Pages the ground truth names but the folder lacks are left out.
     */
    public static List<GoldPage> readFolder(Path dir) {
        JsonNode truth;
        try {
            truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("ground-truth.json"), e);
        }
        var reader = new FileSystemReader();
        List<GoldPage> pages = new ArrayList<>();
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) truth::fields) {
            Path path = pagePath(dir, entry.getKey());
            if (path == null) continue;
            RawDocument read = readOne(reader, path);
            String url = entry.getValue().path("url").asText(null);
            RawDocument document = read == null ? null
                    : new RawDocument(read.id(), read.source(), read.format(), read.content(), url, null, null);
            pages.add(new GoldPage(entry.getKey(), document, entry.getValue().path("articleBody").asText("")));
        }
        return pages;
    }

    private static PageScore pageScore(String id, double[] score) {
        double tp = score[0];
        double fp = score[1];
        double fn = score[2];
        if (fp == 0 && fn == 0) return new PageScore(id, 1, 1);
        return new PageScore(id, tp + fp == 0 ? 0 : tp / (tp + fp), tp + fn == 0 ? 0 : tp / (tp + fn));
    }

    private static Metrics summarize(List<double[]> scores, List<PageScore> pageScores, int exact, int unreadable,
                                     long nanos) {
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
        return new Metrics(pages, unreadable, precision, recall, f1, pages == 0 ? 0 : (double) exact / pages, perSecond,
                pageScores);
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
