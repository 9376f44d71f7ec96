package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.write.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's specification by example: the three bundled summit pages, end to end through the CLI. */
class SummitsGoldenTest {

    private static final Path SUMMITS = Path.of("..", "examples", "summits");
    private static final String RT = "000_317ed6e72805f1c3";
    private static final String IANS = "002_08c49bae68cbef8e";
    private static final String REUTERS = "004_f39618a8c25621a2";

    @TempDir
    static Path out;
    static String terminal;
    static int exitCode;
    static Map<String, JsonNode> articles = new LinkedHashMap<>();
    static JsonNode storylines;

    @BeforeAll
    static void runTheMainJob() throws IOException {
        StringWriter stdout = new StringWriter();
        exitCode = DatelineCli.execute(new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true),
                "run", SUMMITS.toString(), "--out", out.toString());
        terminal = stdout.toString();
        for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
            JsonNode article = Json.mapper().readTree(line);
            articles.put(article.get("id").asText(), article);
        }
        storylines = Json.mapper().readTree(out.resolve("storylines.json").toFile()).get("storylines");
    }

    @Test
    void allThreePagesComeOutWithTheirTitles() {
        assertThat(exitCode).isZero();
        assertThat(articles).containsOnlyKeys(RT, IANS, REUTERS);
        assertThat(articles.get(RT).get("title").asText())
                .isEqualTo("US & North Korea in talks to arrange 3rd Trump-Kim summit, Moon says");
        assertThat(articles.get(IANS).get("title").asText())
                .isEqualTo("US President Donald Trump Open To Third Meeting With North Korea's Kim Jong-Un");
        assertThat(articles.get(REUTERS).get("title").asText())
                .isEqualTo("North Korea's Kim asks Trump for another meeting in 'very warm' letter");
    }

    @Test
    void theScrapingJunkIsGoneAndTheBrokenParagraphJoined() {
        List<String> junk = List.of("bookmarkicon", "Advertisement", "Show comments", "Share it with a friend",
                "Also on rt.com", "READ MORE", "FILE PHOTO", "Slideshow", "refiled", "Reporting by",
                "Trust Principles", "Source link", "Ads by", "Previous article", "Next article");
        for (JsonNode article : articles.values()) {
            String text = article.get("text").asText();
            junk.forEach(j -> assertThat(text).as(article.get("id").asText()).doesNotContain(j));
        }
        assertThat(articles.get(REUTERS).get("text").asText())
                .contains("nuclear programs, and the United States foster such conditions");
        assertThat(articles.get(REUTERS).get("outlet").asText()).isEqualTo("Reuters");
        assertThat(articles.get(IANS).get("outlet").asText()).isEqualTo("IANS");
    }

    @Test
    void theDatedArticleHasItsTimexesResolved() {
        JsonNode rt = articles.get(RT);
        assertThat(rt.get("published").asText()).startsWith("2019-06-26");
        Map<String, String> values = new LinkedHashMap<>();
        rt.get("timexes").forEach(t -> values.put(t.get("text").asText(), t.get("value").asText()));
        assertThat(values).containsValue("2019-02");
        assertThat(values.entrySet()).anySatisfy(e -> {
            assertThat(e.getKey()).containsIgnoringCase("this month");
            assertThat(e.getValue()).isEqualTo("2019-06");
        });
        for (JsonNode t : rt.get("timexes")) {
            assertThat(rt.get("text").asText().substring(t.get("start").asInt(), t.get("end").asInt()))
                    .isEqualTo(t.get("text").asText());
        }
    }

    @Test
    void theUndatedIansArticleIsEstimatedFromTheCorpusWithEvidence() {
        JsonNode ians = articles.get(IANS);
        assertThat(ians.get("published").isNull()).isTrue();
        JsonNode estimate = ians.get("publishedEstimate");
        assertThat(estimate.isNull()).isFalse();
        assertThat(LocalDate.parse(estimate.get("earliest").asText())).isAfterOrEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(estimate.get("evidence")).isNotEmpty();
    }

    @Test
    void quotesAreAttributedToTheirSpeakers() {
        List<String> speakers = new ArrayList<>();
        articles.values().forEach(a -> a.get("quotes").forEach(q -> speakers.add(q.get("speakerCanonical").asText(""))));
        for (String who : List.of("Trump", "Moon", "Sanders", "Biegun", "Kazianis")) {
            assertThat(speakers).as("a quote by " + who).anySatisfy(s -> assertThat(s).contains(who));
        }
        JsonNode sanders = find(articles.get(REUTERS).get("quotes"), "very warm, very positive letter");
        assertThat(sanders.get("speakerCanonical").asText()).isEqualTo("Sarah Sanders");
    }

    @Test
    void spellingsOfKimMergeIntoOneEntity() {
        List<String> canonical = new ArrayList<>();
        articles.values().forEach(a -> a.get("entities").forEach(e -> {
            String text = e.get("text").asText();
            if (text.startsWith("Kim Jong")) canonical.add(e.get("canonical").asText());
        }));
        assertThat(canonical).hasSizeGreaterThan(2);
        assertThat(canonical).containsOnly(canonical.getFirst());
    }

    @Test
    void allThreeFormOneStorylineWithDatedEvents() {
        assertThat(storylines).hasSize(1);
        JsonNode storyline = storylines.get(0);
        assertThat(storyline.get("articleIds")).hasSize(3);
        assertThat(storyline.get("events")).isNotEmpty();
        List<String> dates = new ArrayList<>();
        storyline.get("events").forEach(e -> dates.add(e.get("date").asText()));
        assertThat(dates).allSatisfy(d -> assertThat(d).matches("\\d{4}(-\\d{2}){0,2}"));
        assertThat(dates).isSorted();
        articles.values().forEach(a -> assertThat(a.get("storylineId").asText()).isEqualTo(storyline.get("id").asText()));
    }

    @Test
    void theRunWritesAReadablePageAndASearchableIndex() throws IOException {
        String page = Files.readString(out.resolve("index.html"));
        assertThat(page).contains("North Korea").doesNotContain("<script src");
        assertThat(terminal).contains("== ").contains("2019-06-26");

        StringWriter found = new StringWriter();
        int code = DatelineCli.execute(new PrintWriter(found, true), new PrintWriter(new StringWriter(), true),
                "search", "Hanoi summit", "--out", out.toString());
        assertThat(code).isZero();
        assertThat(found.toString()).contains(RT).doesNotContain(REUTERS);
    }

    private static JsonNode find(JsonNode quotes, String words) {
        for (JsonNode q : quotes) {
            if (q.get("text").asText().contains(words)) return q;
        }
        throw new AssertionError("no quote containing " + words);
    }
}
