package org.dateline.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicateEvaluatorTest {

    @Test
    void countsPairsWithinGroups() {
        var score = DuplicateEvaluator.score("t", Map.of("b", "a", "c", "a", "y", "x"),
                List.of(List.of("a", "b", "c"), List.of("p", "q")));
        assertThat(score.goldPairs()).isEqualTo(4);
        assertThat(score.foundPairs()).isEqualTo(4);
        assertThat(score.correctPairs()).isEqualTo(3);
        assertThat(score.precision()).isEqualTo(0.75);
        assertThat(score.recall()).isEqualTo(0.75);
    }

    @Test
    void minHashOnPeerSamples() {
        Path samples = ClusterEvaluatorTest.shared().resolve("peers/samples");
        Path gold = samples.resolve("cluster_gold.json");
        assumeTrue(Files.isRegularFile(gold), "peer cluster samples absent: " + samples);
        var documents = ClusterEvaluator.readClusterSamples(samples.resolve("cluster"), gold);
        var found = new MinHashDuplicateDetector().duplicates(
                ClusterEvaluator.articles(documents, ClusterEvaluatorTest::plainArticle));
        var score = DuplicateEvaluator.score("MinHash, peer samples", found, DuplicateEvaluator.readNearDuplicates(gold));
        System.out.print(score.toTable());
        assertThat(score.f1()).isEqualTo(1.0);
    }
}
