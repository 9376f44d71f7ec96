package org.dateline.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Dateline's rule tagger and SUTime on the same documents (each anchored at its creation time), next to plain
 * tokenizer passes over the same text (the floor a tagger "near the speed of tokenization" is held to).
 * Speed is thread CPU time after warm-up rounds; the first warm-up round of a tagger also scores it (value F1).
 */
@Command(name = "timex", mixinStandardHelpOptions = true,
        description = "Temporal tagging tokens/s (one thread) of Dateline vs SUTime and tokenizers, with value F1.")
final class TimexBench implements Callable<Integer> {

    /** The token count every rate is expressed in: words, numbers and single other characters. */
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String DATELINE = TemporalTaggers.DEFAULT;
    private static final String SUTIME = "sutime";

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of .tml or MEANTIME .xml files.")
    List<Path> folders;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--rounds", defaultValue = "10", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--sutime-rounds", defaultValue = "2",
            description = "Warm-up and measured rounds each for SUTime, which is slow (default: ${DEFAULT-VALUE}).")
    int sutimeRounds;

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

        List<Row> rows = new ArrayList<>();
        rows.add(tagger(DATELINE, documents, tokens, warmupRounds, rounds));
        rows.add(tagger(SUTIME, documents, tokens, sutimeRounds, sutimeRounds));
        tokenizers.forEach((name, tokenizer) ->
                rows.add(new Row(name, rate(documents, tokenizer, tokens, warmupRounds, rounds), null)));
        print(out, rows, documents.size(), tokens, characters);
        return 0;
    }

    private Row tagger(String engine, List<GoldDocument> documents, long tokens, int warmup, int measured) {
        TemporalTagger tagger = TemporalTaggers.byName(engine);
        double valueF1 = new TimexEvaluator().evaluate(tagger, documents).valueF1();
        ToIntFunction<GoldDocument> run = d -> tagger.tag(d.text(), d.creationTime()).size();
        return new Row(engine.equals(DATELINE) ? "Dateline RuleTemporalTagger" : "SUTime (CoreNLP 4.5.10)",
                rate(documents, run, tokens, Math.max(0, warmup - 1), measured), valueF1);
    }

    private static double rate(List<GoldDocument> documents, ToIntFunction<GoldDocument> tool, long tokens,
                               int warmup, int measured) {
        return tokens * (double) measured / CpuTimer.measuredSeconds(documents, tool::applyAsInt, warmup, measured);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) count++;
        return count;
    }

    private static void print(PrintWriter out, List<Row> rows, int documents, long tokens, long characters) {
        double ours = rows.getFirst().tokensPerSecond();
        double sutime = rows.get(1).tokensPerSecond();
        double regexTokenizer = rows.get(2).tokensPerSecond();
        out.printf("%d documents, %d tokens (regex \\w+|[^\\w\\s]), %d characters; one thread, CPU time%n",
                documents, tokens, characters);
        out.printf("%-32s %14s %10s %12s %12s%n", "tool", "tokens/s", "value F1", "x SUTime", "x tokenizer");
        for (Row row : rows) {
            out.printf("%-32s %14.0f %10s %12.1f %12.2f%n", row.tool(), row.tokensPerSecond(),
                    row.valueF1() == null ? "-" : "%.4f".formatted(row.valueF1()),
                    row.tokensPerSecond() / sutime, row.tokensPerSecond() / regexTokenizer);
        }
        out.printf("Dateline / SUTime speed: %.1fx; Dateline / regex tokenizer: %.2f%n", ours / sutime, ours / regexTokenizer);
        out.flush();
    }
}
