package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.Dateline;
import org.dateline.Pipeline;
import org.dateline.group.ClusterEvaluator;
import org.dateline.group.StoryClusterer;
import org.dateline.group.StorylineClusterer;
import org.dateline.model.Article;
import org.dateline.model.ExtractedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Story and storyline clustering on ECB+-style gold (documents.jsonl + gold.json): B-cubed and pairwise F1. */
@Command(name = "clusters", description = "Stories and storylines on an ECB+-style folder (documents.jsonl, gold.json).")
final class EvalClustersCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A folder like clusters-ecbplus.")
    Path dir;

    @Option(names = "--annotate", description = "Annotate documents first (entities feed the storyline similarity; slower).")
    boolean annotate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ClusterEvaluator.LabeledText> events = ClusterEvaluator.readEcbPlus(dir, true);
        Pipeline pipeline = annotate ? Dateline.pipeline() : null;
        List<Article> articles = ClusterEvaluator.articles(events, d -> pipeline != null
                ? pipeline.annotate(new ExtractedArticle(d.id(), d.id(), null, null, null, null, null, List.of(), "en",
                        List.of(d.text())))
                : new Article(d.id(), d.id(), null, null, null, null, null, null, List.of(), "en", d.text(), List.of(),
                        List.of(), List.of(), List.of(), null, null, null));
        ClusterEvaluator.Score stories = ClusterEvaluator.score("stories (storylines, then stories) vs event gold",
                ClusterEvaluator.nested(new StorylineClusterer(), new StoryClusterer(), articles),
                ClusterEvaluator.gold(events));
        ClusterEvaluator.Score storylines = ClusterEvaluator.evaluate("storylines vs topic gold",
                new StorylineClusterer(), articles, ClusterEvaluator.gold(ClusterEvaluator.readEcbPlus(dir, false)));
        out.print(stories.toTable() + storylines.toTable());
        out.flush();
        return 0;
    }
}
