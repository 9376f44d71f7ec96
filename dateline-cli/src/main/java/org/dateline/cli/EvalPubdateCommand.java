package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.extract.PublicationDateEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline eval pubdate DIR}: publication dates scored with htmldate's evaluation metric. */
@Command(name = "pubdate", description = "Publication-date extraction on a folder laid out like htmldate's evaluation "
        + "set (gold.json and pages/<file>.html[.gz]): precision, recall, accuracy and F1 at day precision.")
final class EvalPubdateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The evaluation folder.")
    Path folder;

    @Option(names = "--errors", defaultValue = "0", description = "Also print this many wrong or missing dates.")
    int errors;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(folder.resolve("gold.json"))) {
            spec.commandLine().getErr().printf("dateline: %s has no gold.json; expected htmldate's evaluation layout "
                    + "(gold.json and pages/<file>.html[.gz]).%n", folder);
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        PublicationDateEvaluator.Metrics metrics = PublicationDateEvaluator.evaluate(folder);
        out.printf("pubdate, %s%n%s", folder, metrics.toTable());
        if (errors > 0) {
            out.println("errors:");
            metrics.errors().stream().limit(errors).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
