package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.extract.SharedData;
import org.junit.jupiter.api.Test;

class DocumentDaterEvaluatorTest {

    /**
     * MEANTIME articles with their date line removed, dated from their own text and the other articles of
     * their topic: an estimate must rarely exclude the true day.
     */
    @Test
    void evidenceDaterOnMeantime() {
        Path shared = SharedData.path("");
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

    /**
     * PolNeAR's held-out articles (its dev compartment) dated among all 924 dated articles of one dense
     * storyline, the 2016 US election: most estimates must hold the true day.
     */
    @Test
    void evidenceDaterOnPolnearHeldOut() {
        Path shared = SharedData.path("");
        Path polnear = shared.resolve("data/quotes-polnear");
        assumeThat(Files.isRegularFile(polnear.resolve("metadata.tsv")))
                .as("PolNeAR not found under " + shared + "; skipping").isTrue();
        DocumentDaterEvaluator.Topic topic = DocumentDaterEvaluator.readPolnear(polnear, "dev"::equals);

        DocumentDaterEvaluator.Metrics metrics = new DocumentDaterEvaluator()
                .evaluate(new EvidenceDocumentDater(), new RuleTemporalTagger(), List.of(topic));
        System.out.println("EvidenceDocumentDater on PolNeAR dev\n" + metrics.toTable());

        assertThat(metrics.documents()).isGreaterThan(80);
        assertThat(metrics.estimated()).isGreaterThan(metrics.documents() / 3);
        assertThat((double) metrics.holdsTruth() / metrics.estimated()).isGreaterThan(0.85);
    }

    /** The date line is hidden even where the gold annotation left it out: the dater must not read it. */
    @Test
    void theDateLineIsHiddenFromTheDater() {
        var document = new TimexEvaluator.GoldDocument("d", "Car sales fall sharply\nFebruary 03, 2009\nSales fell in January.",
                LocalDate.of(2009, 2, 3), List.of());
        List<String> seen = new ArrayList<>();
        DocumentDater spy = (undated, related) -> {
            seen.add(undated.text());
            return Optional.empty();
        };
        new DocumentDaterEvaluator().evaluate(spy, new RuleTemporalTagger(),
                List.of(new DocumentDaterEvaluator.Topic("t", List.of(document))));
        assertThat(seen).containsExactly("Car sales fall sharply\nSales fell in January.");
    }
}
