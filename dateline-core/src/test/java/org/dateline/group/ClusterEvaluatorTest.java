package org.dateline.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.junit.jupiter.api.Test;

class ClusterEvaluatorTest {

    @Test
    void perfectClusteringScoresOne() {
        var score = ClusterEvaluator.score("perfect", List.of(List.of("a", "b"), List.of("c")),
                Map.of("a", "x", "b", "x", "c", "y"));
        assertThat(score.bcubedF1()).isEqualTo(1.0);
        assertThat(score.pairwiseF1()).isEqualTo(1.0);
        assertThat(score.toTable()).contains("| perfect | 3 | 2 | 2 | 1.000");
    }

    @Test
    void singletonsHaveFullPrecisionAndPartialRecall() {
        var score = ClusterEvaluator.score("singletons", List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")),
                Map.of("a", "x", "b", "x", "c", "y", "d", "y"));
        assertThat(score.bcubedPrecision()).isEqualTo(1.0);
        assertThat(score.bcubedRecall()).isEqualTo(0.5);
        assertThat(score.pairwiseRecall()).isEqualTo(0.0);
    }

    @Test
    void oneBigClusterHasFullRecall() {
        var score = ClusterEvaluator.score("one", List.of(List.of("a", "b", "c", "d")),
                Map.of("a", "x", "b", "x", "c", "y", "d", "y"));
        assertThat(score.bcubedRecall()).isEqualTo(1.0);
        assertThat(score.bcubedPrecision()).isEqualTo(0.5);
    }

    /** Stories as the pipeline finds them: storylines first, then stories within each (no dates in ECB+). */
    @Test
    void storiesOnEcbPlus() {
        Path dir = shared().resolve("data/clusters-ecbplus");
        assumeTrue(Files.isRegularFile(dir.resolve("documents.jsonl")), "ECB+ data absent: " + dir);
        List<ClusterEvaluator.LabeledText> events = ClusterEvaluator.readEcbPlus(dir, true);
        List<Article> articles = ClusterEvaluator.articles(events, ClusterEvaluatorTest::plainArticle);
        var nested = ClusterEvaluator.score("ECB+ storylines then stories (event gold)",
                ClusterEvaluator.nested(new StorylineClusterer(), new StoryClusterer(), articles),
                ClusterEvaluator.gold(events));
        var storylines = ClusterEvaluator.evaluate("ECB+ storylines (topic gold)", new StorylineClusterer(), articles,
                ClusterEvaluator.gold(ClusterEvaluator.readEcbPlus(dir, false)));
        System.out.print(nested.toTable() + storylines.toTable());
        assertThat(nested.bcubedF1()).isGreaterThan(0.85);
        assertThat(storylines.bcubedF1()).isGreaterThan(0.8);
    }

    @Test
    void storiesOnPeerSamples() {
        Path samples = shared().resolve("peers/samples");
        assumeTrue(Files.isRegularFile(samples.resolve("cluster_gold.json")), "peer cluster samples absent: " + samples);
        var documents = ClusterEvaluator.readClusterSamples(samples.resolve("cluster"), samples.resolve("cluster_gold.json"));
        var score = ClusterEvaluator.score("peer samples storylines then stories",
                ClusterEvaluator.nested(new StorylineClusterer(), new StoryClusterer(),
                        ClusterEvaluator.articles(documents, ClusterEvaluatorTest::plainArticle)),
                ClusterEvaluator.gold(documents));
        System.out.print(score.toTable());
        assertThat(score.bcubedF1()).isGreaterThan(0.85);
    }

    /** A minimal undated article from plain text: no title, no entities (the core has no NER engine). */
    static Article plainArticle(ClusterEvaluator.LabeledText document) {
        return TestArticles.article(document.id(), "", null, document.text());
    }

    static Path shared() {
        String property = System.getProperty("dateline.shared");
        String env = System.getenv("DATELINE_SHARED");
        return Path.of(property != null ? property : env != null ? env : "../../shared");
    }
}
