package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.Timex;
import org.dateline.time.RuleTemporalTagger;
import org.dateline.time.TimexEvaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain-text news fed to {@code run} as {@code {"id","text","published"}} records, as an outside scorer
 * does: the text comes back unchanged and its expressions are those {@code eval timex} scores, offsets
 * included. Uses TimeBank documents from the shared data; skipped when it is absent.
 */
class RunKeepsTimeMlTextTest {

    private static final int DOCUMENTS = 40;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void textAndExpressionsComeBackAsTheTaggerGivesThem() throws IOException {
        Path shared = Path.of(System.getProperty("dateline.shared",
                System.getenv().getOrDefault("DATELINE_SHARED", "../../shared")));
        Path timeBank = shared.resolve("data/timex-tempeval3");
        assumeThat(Files.isDirectory(timeBank)).as("TempEval-3 data not found under " + shared + "; skipping").isTrue();
        List<TimexEvaluator.GoldDocument> documents = TimexEvaluator.readFolder(timeBank).stream()
                .filter(d -> d.creationTime() != null).limit(DOCUMENTS).toList();
        StringBuilder records = new StringBuilder();
        for (TimexEvaluator.GoldDocument d : documents) {
            Map<String, String> record = new LinkedHashMap<>();
            record.put("id", d.id());
            record.put("text", d.text());
            record.put("published", d.creationTime().toString());
            records.append(json.writeValueAsString(record)).append('\n');
        }
        Path input = Files.writeString(dir.resolve("timebank.jsonl"), records);

        int code = DatelineCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "run", input.toString(), "--out", dir.resolve("out").toString(), "--no-index");

        assertThat(code).isZero();
        Map<String, JsonNode> articles = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out/articles.jsonl"))) {
            JsonNode article = json.readTree(line);
            articles.put(article.get("id").asText(), article);
        }
        RuleTemporalTagger tagger = new RuleTemporalTagger();
        for (TimexEvaluator.GoldDocument d : documents) {
            JsonNode article = articles.get(d.id());
            assertThat(article).as(d.id()).isNotNull();
            String text = article.get("text").asText();
            // A text may lose boilerplate at its end only; what remains is the given text itself.
            assertThat(d.text()).as(d.id()).startsWith(text);
            List<String> expected = tagger.tag(d.text(), d.creationTime()).stream()
                    .filter(t -> t.end() <= text.length()).map(RunKeepsTimeMlTextTest::describe).toList();
            List<String> actual = article.get("timexes").valueStream()
                    .map(t -> t.get("start").asInt() + "-" + t.get("end").asInt() + " " + t.get("text").asText() + " "
                            + t.get("value").asText())
                    .toList();
            assertThat(actual).as(d.id()).isEqualTo(expected);
        }
    }

    private static String describe(Timex t) {
        return t.start() + "-" + t.end() + " " + t.text() + " " + t.value();
    }
}
