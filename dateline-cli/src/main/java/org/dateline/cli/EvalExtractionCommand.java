package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.extract.ExtractionEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval extraction DIR}: body extraction scored with the Article Extraction Benchmark's metric. */
@Command(name = "extraction", description = "Article body extraction on a folder laid out like the Article Extraction "
        + "Benchmark (ground-truth.json, html/<id>.html[.gz]): shingle precision, recall, F1 and accuracy.")
final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The benchmark folder.")
    Path folder;

    @Option(names = "--errors", defaultValue = "0", description = "Also print this many worst-scoring pages.")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(folder.resolve("ground-truth.json"))) {
            spec.commandLine().getErr().printf("dateline: %s has no ground-truth.json; expected the benchmark layout "
                    + "(ground-truth.json and html/<id>.html[.gz]).%n", folder);
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        ExtractionEvaluator.Metrics metrics = ExtractionEvaluator.evaluate(folder);
        out.printf("extraction, %s%n%s", folder, metrics.toTable());
        if (errors > 0) {
            out.println("worst pages:");
            metrics.worst(errors).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
