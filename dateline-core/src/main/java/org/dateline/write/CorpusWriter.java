package org.dateline.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.Corpus;

/**
 * Writes a run's results: {@code articles.jsonl}, {@code storylines.json} and the readable
 * {@code index.html}. Each file is written beside its target and moved into place, so a run that is
 * killed never leaves a half-written file where a reader expects a whole one.
 */
public final class CorpusWriter {

    public static final String ARTICLES = "articles.jsonl";
    public static final String STORYLINES = "storylines.json";
    public static final String PAGE = "index.html";

    private CorpusWriter() {
    }

    public static void write(Corpus corpus, Path dir) {
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(ARTICLES), out -> {
                for (Article article : corpus.articles()) {
                    out.write(Json.mapper().writeValueAsString(article));
                    out.write('\n');
                }
            });
            writeAtomically(dir.resolve(STORYLINES), out -> out.write(Json.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of("storylines", corpus.storylines()))));
            writeAtomically(dir.resolve(PAGE), out -> out.write(HtmlReport.render(corpus)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }

    private interface Body {
        void writeTo(BufferedWriter out) throws IOException;
    }

    private static void writeAtomically(Path target, Body body) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            body.writeTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
