package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.ExtractedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionEvaluatorTest {

    @TempDir
    Path dir;

    @Test
    void shinglesAreCountedAsTheBenchmarkDefines() {
        List<String> gold = ExtractionEvaluator.tokens("one two three four five");
        assertThat(ExtractionEvaluator.shingleMatch(gold, gold)).containsExactly(1.0, 0.0, 0.0);
        assertThat(ExtractionEvaluator.shingleMatch(gold, ExtractionEvaluator.tokens("one two three four")))
                .containsExactly(1 / 2.0, 0.0, 1 / 2.0);
        assertThat(ExtractionEvaluator.shingleMatch(List.of(), List.of())).containsExactly(0.0, 0.0, 0.0);
        assertThat(ExtractionEvaluator.shingleMatch(List.of("short"), List.of("short"))).containsExactly(1.0, 0.0, 0.0);
        assertThat(ExtractionEvaluator.tokens("It's 10:31, ça va?")).containsExactly("It", "s", "10", "31", "ça", "va");
    }

    @Test
    void scoresAFolderWithTheBenchmarkLayout() throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/p1.html"), "<p>alpha beta gamma delta epsilon</p>");
        Files.writeString(dir.resolve("html/p2.html"), "<p>one two three four five six</p>");
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"p1": {"articleBody": "alpha beta gamma delta epsilon", "url": "https://example.org/1"},
                 "p2": {"articleBody": "seven eight nine ten eleven", "url": "https://example.org/2"},
                 "p3": {"articleBody": "a page that is missing", "url": "https://example.org/3"}}
                """);
        // Extracts each page's own text, so p1 matches exactly and p2 not at all.
        var evaluator = new ExtractionEvaluator(document -> new ExtractedArticle(document.id(), document.source(),
                document.url(), null, null, null, null, List.of(), null,
                List.of(org.jsoup.Jsoup.parse(document.content()).text())));

        ExtractionEvaluator.Metrics metrics = evaluator.score(dir);

        assertThat(metrics.pages()).isEqualTo(2);
        assertThat(metrics.precision()).isEqualTo(0.5);
        assertThat(metrics.recall()).isEqualTo(0.5);
        assertThat(metrics.f1()).isEqualTo(0.5);
        assertThat(metrics.accuracy()).isEqualTo(0.5);
        assertThat(metrics.toTable()).contains("F1", "0.500");
    }

    @Test
    void theDefaultExtractorScoresWellOnTheSharedDevBenchmark() {
        Path benchmark = SharedData.path("data/extraction-aeb");
        assumeThat(Files.isDirectory(benchmark)).as("shared benchmark data not found at " + benchmark + "; skipped").isTrue();

        ExtractionEvaluator.Metrics metrics = ExtractionEvaluator.evaluate(benchmark);

        assertThat(metrics.pages()).isEqualTo(121);
        assertThat(metrics.unreadable()).isZero();
        assertThat(metrics.f1()).isGreaterThan(0.965);
    }
}
