package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentDaterEvaluatorTest {

    /**
     * MEANTIME articles with their date line removed, dated from their own text and the other articles of
     * their topic: an estimate must rarely exclude the true day.
     */
    @Test
    void evidenceDaterOnMeantime() {
        Path shared = Path.of(System.getProperty("dateline.shared",
                System.getenv().getOrDefault("DATELINE_SHARED", "../../shared")));
        Path meantime = shared.resolve("data/meantime");
        assumeThat(Files.isDirectory(meantime)).as("MEANTIME not found under " + shared + "; skipping").isTrue();
        List<DocumentDaterEvaluator.Topic> topics = DocumentDaterEvaluator.readMeantimeTopics(meantime);

        DocumentDaterEvaluator.Metrics metrics = new DocumentDaterEvaluator()
                .evaluate(new EvidenceDocumentDater(), new RuleTemporalTagger(), topics);
        System.out.println("EvidenceDocumentDater on MEANTIME\n" + metrics.toTable());

        assertThat(metrics.documents()).isGreaterThan(80);
        assertThat(metrics.estimated()).isGreaterThan(metrics.documents() / 4);
        assertThat((double) metrics.holdsTruth() / metrics.estimated()).isGreaterThan(0.9);
    }
}
