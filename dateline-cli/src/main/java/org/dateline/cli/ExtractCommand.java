package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.extract.DefaultExtractor;
import org.dateline.extract.Extractor;
import org.dateline.model.ExtractedArticle;
import org.dateline.read.FileSystemReader;
import org.dateline.read.ReadResult;
import org.dateline.write.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The fast path: extraction only, no NLP, one record per input on standard output. */
@Command(name = "extract", description = "Extract article text and metadata only (no NLP), one record per input.")
final class ExtractCommand implements Callable<Integer> {

    enum Format { jsonl, text }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders (.txt, .html, .jsonl, optionally .gz).")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        Extractor extractor = new DefaultExtractor();
        AtomicInteger failures = new AtomicInteger();
        try (var results = new FileSystemReader().read(inputs)) {
            for (ReadResult result : (Iterable<ReadResult>) results::iterator) {
                switch (result) {
                    case ReadResult.Failure f -> {
                        failures.incrementAndGet();
                        spec.commandLine().getErr().println("skipped " + f.error());
                    }
                    case ReadResult.Document d -> print(extractor.extract(d.document()), stdout);
                }
            }
        }
        stdout.flush();
        return failures.get() == 0 ? 0 : 1;
    }

    private void print(ExtractedArticle a, PrintWriter out) throws Exception {
        if (format == Format.text) {
            out.printf("# %s%n%s%n%n", a.title(), a.text());
            return;
        }
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", a.id());
        record.put("title", a.title());
        record.put("published", a.published());
        record.put("authors", a.authors());
        record.put("outlet", a.outlet());
        record.put("dateline", a.dateline());
        record.put("language", a.language());
        record.put("text", a.text());
        out.println(Json.mapper().writeValueAsString(record));
    }
}
