package org.dateline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.dateline.extract.DefaultExtractor;
import org.dateline.extract.ExtractionEvaluator;
import org.dateline.extract.ExtractionEvaluator.GoldPage;
import org.dateline.extract.Extractor;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.RawDocument;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench extraction DIR}: single-thread pages/s of HTML extraction on a folder laid out like the Article
 * Extraction Benchmark, for Dateline (body and metadata), jsoup parsing alone (the floor), readability4j and
 * boilerpipe in this JVM on the same pages, and Mozilla Readability with linkedom under node when installed.
 * Speed is thread CPU time after warm-up rounds; the F1 column is the benchmark's metric on the same run.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "HTML extraction pages/s (one thread) of Dateline and peers on the same pages, with body F1.")
final class ExtractionBench implements Callable<Integer> {

    private static final Pattern NODE_RATE = Pattern.compile("=\\s*([0-9.]+)\\s*docs/s");
    private static final String DATELINE = "dateline";

    @Parameters(paramLabel = "DIR", description = "Benchmark folder: ground-truth.json and html/<id>.html[.gz].")
    Path folder;

    @Option(names = "--pages", description = "Use only the first N pages (default: all).")
    Integer pageLimit;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds over the pages first (default: ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--node-peers", defaultValue = "/work/peers-work/node",
            description = "Folder of the node peers (extract.mjs); skipped when absent (default: ${DEFAULT-VALUE}).")
    Path nodePeers;

    @Spec
    CommandSpec spec;

    /** One tool's result: its rate and, when it extracts a body, the benchmark's F1 on these pages. */
    private record Row(String tool, int pages, double pagesPerSecond, Double f1, String note) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldPage> pages = ExtractionEvaluator.readFolder(folder).stream()
                .filter(page -> page.document() != null)
                .limit(pageLimit == null ? Long.MAX_VALUE : pageLimit)
                .toList();
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println("dateline bench: no readable pages in " + folder);
            return 2;
        }
        var dateline = new DefaultExtractor();
        Map<String, Function<RawDocument, String>> tools = new LinkedHashMap<>();
        tools.put(DATELINE, document -> dateline.extract(document).text());
        tools.put("jsoup parse only", document -> Jsoup.parse(document.content(), url(document)).title());
        tools.put("readability4j 1.0.8", ExtractionBench::readability4j);
        tools.put("boilerpipe 1.1.0 ArticleExtractor", ExtractionBench::boilerpipe);

        List<Row> rows = new ArrayList<>();
        for (var tool : tools.entrySet()) {
            double rate = pagesPerSecond(pages, tool.getValue());
            Double f1 = tool.getKey().startsWith("jsoup") ? null : f1(pages, tool.getValue());
            rows.add(new Row(tool.getKey(), pages.size(), rate, f1, "JVM, thread CPU time after warm-up"));
        }
        Row node = nodeReadability(pages);
        if (node != null) rows.add(node);
        print(out, rows);
        return 0;
    }

    private double pagesPerSecond(List<GoldPage> pages, Function<RawDocument, String> tool) {
        double seconds = CpuTimer.measuredSeconds(pages, page -> {
            String text = tool.apply(page.document());
            return text == null ? 0 : text.length();
        }, warmupRounds, rounds);
        return pages.size() * rounds / seconds;
    }

    private static double f1(List<GoldPage> pages, Function<RawDocument, String> tool) {
        Extractor asExtractor = document -> article(document, tool.apply(document));
        return new ExtractionEvaluator(asExtractor).score(pages).f1();
    }

    private static ExtractedArticle article(RawDocument document, String text) {
        return new ExtractedArticle(document.id(), document.source(), document.url(), null, null, null, null, List.of(),
                null, text == null || text.isBlank() ? List.of() : List.of(text));
    }

    private static String readability4j(RawDocument document) {
        return new Readability4JExtended(url(document), document.content()).parse().getTextContent();
    }

    private static String boilerpipe(RawDocument document) {
        try {
            return ArticleExtractor.INSTANCE.getText(JsoupSaxBridge.textDocument(Jsoup.parse(document.content(), url(document))));
        } catch (BoilerpipeProcessingException e) {
            return "";
        }
    }

    private static String url(RawDocument document) {
        return document.url() == null ? "" : document.url();
    }

    /**
     * Mozilla Readability with linkedom under node, on the same pages decoded into a temporary folder; its
     * rate is the one the peer script prints (its loop alone, without node's start-up), best of the rounds.
     */
    private Row nodeReadability(List<GoldPage> pages) throws IOException, InterruptedException {
        Path script = nodePeers.resolve("extract.mjs");
        if (!Files.isRegularFile(script) || !onPath("node")) return null;
        Path temp = Files.createTempDirectory("dateline-bench-pages");
        try {
            Map<String, GoldPage> byFile = new HashMap<>();
            for (GoldPage page : pages) {
                String file = page.id() + ".html";
                Files.writeString(temp.resolve(file), page.document().content(), StandardCharsets.UTF_8);
                byFile.put(file, page);
            }
            Path output = Files.createTempFile("dateline-bench-readability", ".jsonl");
            double best = 0;
            for (int round = 0; round < Math.max(1, rounds); round++) {
                Process process = new ProcessBuilder("node", script.toString(), "readability-linkedom", temp.toString(),
                        output.toString()).directory(nodePeers.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String log = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) return null;
                Matcher rate = NODE_RATE.matcher(log);
                if (rate.find()) best = Math.max(best, Double.parseDouble(rate.group(1)));
            }
            Map<String, String> texts = new HashMap<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                JsonNode row = json.readTree(line);
                texts.put(row.path("file").asText(), row.path("text").asText(""));
            }
            Files.delete(output);
            Map<String, String> textById = new HashMap<>();
            byFile.forEach((file, page) -> textById.put(page.id(), texts.getOrDefault(file, "")));
            Extractor fromOutput = document -> article(document, textById.get(document.id()));
            double f1 = new ExtractionEvaluator(fromOutput).score(withIds(pages)).f1();
            return new Row("@mozilla/readability + linkedom (node)", pages.size(), best, f1,
                    "its own printed rate, best of " + Math.max(1, rounds) + " runs");
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
            }
        }
    }

    /** The pages with each document's id set to the page id, so that output rows can be matched to them. */
    private static List<GoldPage> withIds(List<GoldPage> pages) {
        return pages.stream().map(page -> {
            RawDocument d = page.document();
            return new GoldPage(page.id(), new RawDocument(page.id(), d.source(), d.format(), d.content(), d.url(), null, null),
                    page.goldBody());
        }).toList();
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    private static void print(PrintWriter out, List<Row> rows) {
        double datelineRate = rows.getFirst().pagesPerSecond();
        out.printf(Locale.ROOT, "%-40s %6s %10s %10s %8s  %s%n", "tool", "pages", "pages/s", "vs Dateline", "F1", "how timed");
        for (Row row : rows) {
            out.printf(Locale.ROOT, "%-40s %6d %10.1f %10.2fx %8s  %s%n", row.tool(), row.pages(), row.pagesPerSecond(),
                    row.pagesPerSecond() / datelineRate, row.f1() == null ? "-" : String.format(Locale.ROOT, "%.3f", row.f1()),
                    row.note());
        }
        rows.stream().filter(row -> row.tool().startsWith("jsoup")).findFirst().ifPresent(jsoup -> out.printf(Locale.ROOT,
                "Dateline runs at %.0f%% of the jsoup parse floor (%.1f vs %.1f pages/s).%n",
                100 * datelineRate / jsoup.pagesPerSecond(), datelineRate, jsoup.pagesPerSecond()));
        out.flush();
    }
}
