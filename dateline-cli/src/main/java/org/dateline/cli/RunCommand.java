package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.Dateline;
import org.dateline.model.Corpus;
import org.dateline.model.DocumentError;
import org.dateline.store.ArticleStore;
import org.dateline.write.CorpusWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The main job: inputs in; articles, storylines, a readable page and a searchable index out. */
@Command(name = "run", description = "Extract, annotate, date and group articles into storylines.")
final class RunCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (.txt, .html, .jsonl, optionally .gz).")
    List<Path> inputs;

    @Option(names = "--out", defaultValue = "dateline-out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-index", description = "Do not add the results to the search index in OUT/index.")
    boolean noIndex;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        Corpus corpus = Dateline.pipeline().process(inputs, new ConsoleProgress(System.err));
        CorpusWriter.write(corpus, out);
        String indexNote = "";
        if (!noIndex) {
            try (ArticleStore store = ArticleStore.open(out.resolve("index"))) {
                store.put(corpus);
                indexNote = String.format(", index %s (%d articles)", out.resolve("index"), store.size());
            }
        }
        TimelinePrinter.print(corpus, stdout);
        for (DocumentError error : corpus.errors()) {
            spec.commandLine().getErr().println("skipped " + error);
        }
        stdout.printf("%nWrote %s, %s, %s in %s%s.%n", CorpusWriter.ARTICLES, CorpusWriter.STORYLINES,
                CorpusWriter.PAGE, out, indexNote);
        stdout.flush();
        return corpus.articles().isEmpty() ? 1 : 0;
    }
}
