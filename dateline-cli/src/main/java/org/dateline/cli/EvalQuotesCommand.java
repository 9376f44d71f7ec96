package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.annotate.EntityRecognizer;
import org.dateline.annotate.EntityRecognizers;
import org.dateline.annotate.OpenNlpSentenceSplitter;
import org.dateline.annotate.PatternQuoteExtractor;
import org.dateline.annotate.QuoteEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Direct quotes and their speakers on PolNeAR-style gold data. */
@Command(name = "quotes", description = "Direct quotes and speakers on a PolNeAR-style folder (text/, attributions/).")
final class EvalQuotesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder holding text/ and attributions/ (e.g. quotes-polnear/dev).")
    Path dir;

    @Option(names = "--no-entities", description = "Run without the entity engine (faster; speakers from name patterns only).")
    boolean noEntities;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EntityRecognizer recognizer = noEntities ? EntityRecognizers.none() : EntityRecognizers.best();
        long started = System.nanoTime();
        QuoteEvaluator.Metrics metrics = new QuoteEvaluator(new OpenNlpSentenceSplitter(), recognizer,
                new PatternQuoteExtractor()).evaluate(dir);
        spec.commandLine().getOut().printf("entities: %s, %.1f s%n%s", recognizer.name(),
                (System.nanoTime() - started) / 1e9, metrics.toTable());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
