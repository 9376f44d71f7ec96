package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
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
 * {@code eval dating DIR}: document dating on MEANTIME topics. Each article's date line is hidden and its day
 * estimated from its own text and the dated articles of its topic; prints how often there is an estimate and
 * how often the estimate holds the true day.
 */
@Command(name = "dating", description = "Document dating on MEANTIME (date lines hidden): coverage and correctness.")
final class EvalDatingCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The MEANTIME folder (corpus_* topic folders of NewsReader XML).")
    Path meantime;

    @Option(names = "--errors", defaultValue = "0", description = "Also print this many estimates that miss the true day.")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var topics = DocumentDaterEvaluator.readMeantimeTopics(meantime);
        if (topics.isEmpty()) {
            spec.commandLine().getErr().println("dateline eval dating: no MEANTIME topic folders in " + meantime);
            return 2;
        }
        DocumentDaterEvaluator.Metrics metrics = new DocumentDaterEvaluator()
                .evaluate(new EvidenceDocumentDater(), new RuleTemporalTagger(), topics);
        out.print("dater evidence, tagger dateline, " + topics.size() + " topics\n" + metrics.toTable());
        metrics.wrong().stream().limit(errors).forEach(out::println);
        out.flush();
        return 0;
    }
}
