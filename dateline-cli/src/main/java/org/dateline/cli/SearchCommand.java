package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.store.ArticleStore;
import org.dateline.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Answers a query from the index that earlier runs built. */
@Command(name = "search", description = "Search the articles indexed by earlier runs.")
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR, title:/text:/entities: fields.")
    List<String> query;

    @Option(names = "--out", defaultValue = "dateline-out", description = "The run's output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--limit", defaultValue = "10", description = "At most this many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path index = out.resolve("index");
        if (!Files.isDirectory(index)) {
            spec.commandLine().getErr().println("dateline: no index at " + index + "; run `dateline run INPUT --out " + out + "` first");
            return 2;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        try (ArticleStore store = ArticleStore.open(index)) {
            List<SearchHit> hits = store.search(String.join(" ", query), limit);
            if (hits.isEmpty()) stdout.println("no match");
            for (SearchHit hit : hits) {
                stdout.printf("%6.2f  %s  %s  [%s%s]%n        %s%n", hit.score(), hit.published() == null ? "undated   "
                                : hit.published().substring(0, Math.min(10, hit.published().length())),
                        hit.title(), hit.id(), hit.outlet() == null ? "" : ", " + hit.outlet(), hit.snippet());
            }
        }
        stdout.flush();
        return 0;
    }
}
