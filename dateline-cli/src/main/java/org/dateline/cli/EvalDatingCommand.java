package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.time.DocumentDaterEvaluator;
import org.dateline.time.EvidenceDocumentDater;
import org.dateline.time.RuleTemporalTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval dating DIR}: document dating. Each article's date (and its date line) is hidden and its day
 * estimated from its own text and the dated articles of its topic; prints how often there is an estimate and
 * how often the estimate holds the true day. DIR is MEANTIME (one topic per corpus folder, all articles
 * scored) or PolNeAR (one topic; {@code --split tune} scores its train compartment, {@code heldout} its dev
 * compartment, each against all the others as dated neighbours).
 */
@Command(name = "dating", description = "Document dating on MEANTIME or PolNeAR (dates hidden): coverage and correctness.")
final class EvalDatingCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The MEANTIME folder (corpus_* topic folders of NewsReader XML) "
            + "or the PolNeAR folder (metadata.tsv, train/text, dev/text).")
    Path corpus;

    @Option(names = "--split", defaultValue = "all",
            description = "PolNeAR only: tune (train), heldout (dev) or all (default: ${DEFAULT-VALUE}).")
    EvalCommand.Split split;

    @Option(names = "--errors", defaultValue = "0", description = "Also print this many estimates that miss the true day.")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean polnear = Files.isRegularFile(corpus.resolve("metadata.tsv"));
        List<DocumentDaterEvaluator.Topic> topics = polnear
                ? List.of(DocumentDaterEvaluator.readPolnear(corpus, compartment -> switch (split) {
                    case all -> true;
                    case tune -> compartment.equals("train");
                    case heldout -> compartment.equals("dev");
                }))
                : DocumentDaterEvaluator.readMeantimeTopics(corpus);
        if (topics.isEmpty() || topics.getFirst().documents().isEmpty()) {
            spec.commandLine().getErr().println("dateline eval dating: no MEANTIME topic folders or PolNeAR articles in "
                    + corpus);
            return 2;
        }
        DocumentDaterEvaluator.Metrics metrics = new DocumentDaterEvaluator()
                .evaluate(new EvidenceDocumentDater(), new RuleTemporalTagger(), topics);
        out.print("dater evidence, tagger dateline, " + (polnear ? "PolNeAR, split " + split : topics.size() + " topics")
                + "\n" + metrics.toTable());
        metrics.wrong().stream().limit(errors).forEach(out::println);
        out.flush();
        return 0;
    }
}
