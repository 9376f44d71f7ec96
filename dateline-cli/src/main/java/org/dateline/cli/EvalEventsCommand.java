package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.time.EventDaterEvaluator;
import org.dateline.time.LeadEventDater;
import org.dateline.time.RuleTemporalTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code eval events DIR}: event dating on the SemEval-2015 TimeLine gold. Each event mention a gold timeline
 * dates is dated from the raw article; prints how often the date is right at the gold's granularity, for
 * Dateline and for the publication date of the article.
 */
@Command(name = "events", description = "Event dating on SemEval-2015 TimeLine gold: accuracy at the gold's day, month or year.")
final class EvalEventsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The SemEval-2015 TimeLine folder (corpora with *CAT* and TimeLines* folders).")
    Path root;

    @Mixin
    EvalCommand.SplitOptions scoring;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EvalCommand.Split split = scoring.split;
        var articles = EventDaterEvaluator.readArticles(root, new RuleTemporalTagger(), split::keeps);
        var gold = EventDaterEvaluator.readTimelines(root, split::keeps);
        if (articles.isEmpty() || gold.isEmpty()) {
            spec.commandLine().getErr().println("dateline eval events: no TimeLine articles or gold timelines in " + root);
            return 2;
        }
        List<EventDaterEvaluator.Metrics> results = new EventDaterEvaluator().evaluate(new LeadEventDater(), articles, gold);
        out.printf("split %s, %d articles, %d gold mentions%n%s", split, articles.size(), gold.size(),
                EventDaterEvaluator.toTable(results));
        results.getFirst().wrong().stream().limit(scoring.errors).forEach(out::println);
        out.flush();
        return 0;
    }
}
