package org.dateline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores publication-date extraction on a folder laid out like htmldate's evaluation set: {@code gold.json}
 * ({@code {"<file>": {"url": ..., "date": "YYYY-MM-DD"}}}) and the pages {@code pages/<file>} (gzip or plain HTML).
 * The metric is htmldate's: one date per page at day precision; a true positive equals the gold date, a false
 * positive is another date, a false negative is no date. A page whose gold has no date ({@code NaN}) is a true
 * negative when no date is found and a false positive otherwise.
 */
public final class PublicationDateEvaluator {

    /** htmldate's gold writes NaN for a page without a date. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    /** Speed is measured in thread CPU time, so that other load on the machine does not count. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** One page's outcome: the date found (day precision, null when none) against the gold date (null when none). */
    public record PageResult(String file, String url, String gold, String found) {
        public boolean correct() {
            return Objects.equals(gold, found);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s  gold %s  found %s  %s", file, gold == null ? "-" : gold, found == null ? "-" : found, url);
        }
    }

    /**
     * The counts of one run and its single-thread speeds (CPU time, JIT not warmed up): parsing plus date extraction,
     * and date extraction alone on the parsed page.
     *
     * @param unreadable pages that could not be read; they count as false negatives
     * @param trueNegatives pages without a gold date for which no date was found
     */
    public record Metrics(int pages, int unreadable, int truePositives, int trueNegatives, int falsePositives,
                          int falseNegatives,
                          double pagesPerSecond, double datePagesPerSecond, List<PageResult> results) {
        public Metrics {
            results = List.copyOf(results);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double accuracy() {
            return ratio(truePositives, truePositives + falsePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String toTable() {
            return String.format(Locale.ROOT, """
                    metric            value
                    pages             %d
                    unreadable pages  %d
                    true positives    %d
                    true negatives    %d
                    false positives   %d
                    false negatives   %d
                    precision         %.3f
                    recall            %.3f
                    accuracy          %.3f
                    F1                %.3f
                    pages/s (parse + date, CPU, 1 thread, cold)  %.0f
                    pages/s (date alone, CPU, 1 thread, cold)  %.0f
                    """, pages, unreadable, truePositives, trueNegatives, falsePositives, falseNegatives, precision(), recall(),
                    accuracy(), f1(), pagesPerSecond, datePagesPerSecond);
        }

        /** The pages whose date is wrong or missing, in gold order. */
        public List<PageResult> errors() {
            return results.stream().filter(r -> !r.correct()).toList();
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    private PublicationDateEvaluator() {
    }

    /** Scores every page that gold.json names in the folder. */
    public static Metrics evaluate(Path folder) {
        List<PageResult> results = new ArrayList<>();
        int truePositives = 0;
        int trueNegatives = 0;
        int falsePositives = 0;
        int unreadable = 0;
        long parseNanos = 0;
        long dateNanos = 0;
        for (Map.Entry<String, JsonNode> gold : readGold(folder.resolve("gold.json")).properties()) {
            String file = gold.getKey();
            String url = gold.getValue().path("url").asText(null);
            JsonNode date = gold.getValue().path("date");
            String goldDate = date.isTextual() ? date.asText() : null;
            byte[] bytes = readPage(folder.resolve("pages").resolve(file));
            String found = null;
            if (bytes == null) {
                unreadable++;
            } else {
                long start = CPU.getCurrentThreadCpuTime();
                Document page = parse(bytes, url);
                long parsed = CPU.getCurrentThreadCpuTime();
                found = page == null ? null : day(PageMetadata.publicationDate(page, url));
                dateNanos += CPU.getCurrentThreadCpuTime() - parsed;
                parseNanos += parsed - start;
            }
            PageResult result = new PageResult(file, url, goldDate, found);
            if (result.correct() && goldDate == null) trueNegatives++;
            else if (result.correct()) truePositives++;
            else if (found != null) falsePositives++;
            results.add(result);
        }
        int falseNegatives = results.size() - truePositives - trueNegatives - falsePositives;
        int read = results.size() - unreadable;
        double pagesPerSecond = parseNanos + dateNanos == 0 ? 0 : read / ((parseNanos + dateNanos) / 1e9);
        double datePagesPerSecond = dateNanos == 0 ? 0 : read / (dateNanos / 1e9);
        return new Metrics(results.size(), unreadable, truePositives, trueNegatives, falsePositives, falseNegatives,
                pagesPerSecond, datePagesPerSecond, results);
    }

    /** The page decoded with the charset it declares (UTF-8 otherwise), or null when it cannot be read. */
    private static Document parse(byte[] html, String url) {
        try (InputStream in = new ByteArrayInputStream(html)) {
            return Jsoup.parse(in, null, url == null ? "" : url);
        } catch (IOException e) {
            return null;
        }
    }

    private static String day(String published) {
        return published == null ? null : published.substring(0, Math.min(10, published.length()));
    }

    private static JsonNode readGold(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The page's bytes, gunzipped when it is gzip; null when it is missing or broken. */
    private static byte[] readPage(Path file) {
        try {
            if (!Files.isRegularFile(file)) return null;
            if (!file.getFileName().toString().endsWith(".gz")) return Files.readAllBytes(file);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            return null;
        }
    }
}
