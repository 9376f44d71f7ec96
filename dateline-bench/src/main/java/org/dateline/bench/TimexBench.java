package org.dateline.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.dateline.time.TemporalTagger;
import org.dateline.time.TemporalTaggers;
import org.dateline.time.TimexEvaluator;
import org.dateline.time.TimexEvaluator.GoldDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench timex DIR...}: single-thread tokens/s of temporal tagging on TimeML and MEANTIME texts, for
 * Dateline's rule tagger, SUTime and HeidelTime on the same documents (each anchored at its creation time), next to
 * plain tokenizer passes over the same text (the floor a tagger "near the speed of tokenization" is held to).
 * Speed is thread CPU time after warm-up rounds (the scoring of a tagger, value F1, is its first warm-up round);
 * Dateline and the tokenizers take their rounds in turn and are rated by their median round.
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Temporal tagging tokens/s (one thread) of Dateline vs SUTime, HeidelTime and tokenizers,"
                + " with value F1.")
final class TimexBench implements Callable<Integer> {

    /** The token count every rate is expressed in: words, numbers and single other characters. */
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String DATELINE = TemporalTaggers.DEFAULT;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of .tml or MEANTIME .xml files.")
    List<Path> folders;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--rounds", defaultValue = "10", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = {"--peer-rounds", "--sutime-rounds"}, defaultValue = "2",
            description = "Warm-up and measured rounds each for SUTime and HeidelTime, which are slow"
                    + " (default: ${DEFAULT-VALUE}).")
    int peerRounds;

    @Spec
    CommandSpec spec;

    private record Row(String tool, double tokensPerSecond, Double valueF1) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<GoldDocument> documents = folders.stream()
                .flatMap(folder -> TimexEvaluator.readFolder(folder).stream())
                .toList();
        if (documents.isEmpty()) {
            spec.commandLine().getErr().println("dateline bench: no .tml or MEANTIME files in " + folders);
            return 2;
        }
        long tokens = documents.stream().mapToLong(d -> count(TOKEN.matcher(d.text()))).sum();
        long characters = documents.stream().mapToLong(d -> d.text().length()).sum();

        Map<String, ToIntFunction<GoldDocument>> tokenizers = new LinkedHashMap<>();
        tokenizers.put("regex tokenizer \\w+|[^\\w\\s]", d -> count(TOKEN.matcher(d.text())));
        tokenizers.put("whitespace split", d -> WHITESPACE.split(d.text()).length);
        tokenizers.put("OpenNLP SimpleTokenizer", d -> SimpleTokenizer.INSTANCE.tokenizePos(d.text()).length);

        // Dateline and the tokenizers run round for round in turn, each rate from its median round: the ratios
        // between them are what the table reports, and a busy stretch of a shared machine then hits all alike.
        TemporalTagger dateline = TemporalTaggers.byName(DATELINE);
        double datelineF1 = new TimexEvaluator().evaluate(dateline, documents).valueF1();
        Map<String, ToLongFunction<GoldDocument>> fast = new LinkedHashMap<>();
        fast.put("Dateline RuleTemporalTagger", d -> dateline.tag(d.text(), d.creationTime()).size());
        tokenizers.forEach((name, tokenizer) -> fast.put(name, tokenizer::applyAsInt));
        double[] seconds = CpuTimer.interleavedMedianSeconds(documents, List.copyOf(fast.values()),
                Math.max(0, warmupRounds - 1), rounds);
        List<String> names = List.copyOf(fast.keySet());

        List<Row> rows = new ArrayList<>();
        rows.add(new Row(names.getFirst(), tokens / seconds[0], datelineF1));
        rows.add(peer("sutime", "SUTime (CoreNLP 4.5.10)", documents, tokens));
        rows.add(peer("heideltime", "HeidelTime 2.2.1", documents, tokens));
        for (int t = 1; t < names.size(); t++) rows.add(new Row(names.get(t), tokens / seconds[t], null));
        print(out, rows, documents.size(), tokens, characters);
        // The same texts as one line with no break: a cost that grows faster than the text shows here.
        String joined = documents.stream().map(d -> d.text().replace('\n', ' ')).collect(Collectors.joining(" "));
        GoldDocument oneLine = new GoldDocument("one-line", joined, documents.getFirst().creationTime(), List.of());
        double oneLineSeconds = CpuTimer.measuredSeconds(List.of(oneLine),
                d -> dateline.tag(d.text(), d.creationTime()).size(), 1, 3) / 3;
        out.printf("Dateline on all %d texts as one unbroken line: %.0f tokens/s (%.2f x its rate per text)%n",
                documents.size(), tokens / oneLineSeconds, tokens / oneLineSeconds / rows.getFirst().tokensPerSecond());
        out.flush();
        return 0;
    }

    /** A slow peer engine alone: its own warm-up and measured rounds, its rate from their total. */
    private Row peer(String engine, String label, List<GoldDocument> documents, long tokens) {
        TemporalTagger tagger = TemporalTaggers.byName(engine);
        double valueF1 = new TimexEvaluator().evaluate(tagger, documents).valueF1();
        ToLongFunction<GoldDocument> run = d -> tagger.tag(d.text(), d.creationTime()).size();
        double seconds = CpuTimer.measuredSeconds(documents, run, Math.max(0, peerRounds - 1), peerRounds);
        return new Row(label, tokens * (double) peerRounds / seconds, valueF1);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) count++;
        return count;
    }

    private static void print(PrintWriter out, List<Row> rows, int documents, long tokens, long characters) {
        double ours = rows.getFirst().tokensPerSecond();
        double sutime = rows.get(1).tokensPerSecond();
        double heidelTime = rows.get(2).tokensPerSecond();
        double regexTokenizer = rows.get(3).tokensPerSecond();
        out.printf("%d documents, %d tokens (regex \\w+|[^\\w\\s]), %d characters; one thread, CPU time%n",
                documents, tokens, characters);
        out.printf("%-32s %14s %10s %12s %12s%n", "tool", "tokens/s", "value F1", "x SUTime", "x tokenizer");
        for (Row row : rows) {
            out.printf("%-32s %14.0f %10s %12.1f %12.2f%n", row.tool(), row.tokensPerSecond(),
                    row.valueF1() == null ? "-" : "%.4f".formatted(row.valueF1()),
                    row.tokensPerSecond() / sutime, row.tokensPerSecond() / regexTokenizer);
        }
        out.printf("Dateline / SUTime speed: %.1fx; Dateline / HeidelTime: %.1fx; Dateline / regex tokenizer: %.2f%n",
                ours / sutime, ours / heidelTime, ours / regexTokenizer);
        out.flush();
    }
}
