package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.time.TemporalTagger;
import org.dateline.time.TemporalTaggers;
import org.dateline.time.TimexEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores a stage on gold data and prints the benchmark's own metrics. */
@Command(name = "eval", description = "Score a stage on gold data.",
        subcommands = {EvalCommand.Timex.class, EvalExtractionCommand.class, EvalPubdateCommand.class,
                EvalDatingCommand.class, EvalEventsCommand.class, EvalQuotesCommand.class,
                EvalClustersCommand.class})
final class EvalCommand {

    /** Which documents of a gold folder to score: the tuning part, the held-out part, or all. */
    enum Split {
        all, tune, heldout;

        boolean keeps(String documentId) {
            return switch (this) {
                case all -> true;
                case tune -> !TimexEvaluator.isHeldOut(documentId);
                case heldout -> TimexEvaluator.isHeldOut(documentId);
            };
        }
    }

    /** The options of a score on a gold set split in two: which part to score, how many misses to print. */
    static final class SplitOptions {
        @Option(names = "--split", defaultValue = "all", description = "all, tune or heldout (default: ${DEFAULT-VALUE}).")
        Split split;

        @Option(names = "--errors", defaultValue = "0", description = "Also print this many disagreements.")
        int errors;
    }

    @Command(name = "timex", description = "Temporal expressions on TimeML (.tml) or MEANTIME files: span and value F1.")
    static final class Timex implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders of .tml or MEANTIME .xml files.")
        List<Path> folders;

        @Option(names = "--engine", defaultValue = TemporalTaggers.DEFAULT,
                description = "Tagger to score: dateline (ours), sutime or heideltime (default: ${DEFAULT-VALUE}).")
        String engine;

        @Mixin
        SplitOptions scoring;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            TemporalTagger tagger = TemporalTaggers.byName(engine);
            List<TimexEvaluator.GoldDocument> documents = folders.stream()
                    .flatMap(folder -> TimexEvaluator.readFolder(folder).stream())
                    .filter(d -> scoring.split.keeps(d.id()))
                    .toList();
            TimexEvaluator.Metrics metrics = new TimexEvaluator().evaluate(tagger, documents);
            out.printf("engine %s, split %s%n%s", engine, scoring.split, metrics.toTable());
            metrics.disagreements().stream().limit(scoring.errors).forEach(out::println);
            out.flush();
            return 0;
        }
    }
}
