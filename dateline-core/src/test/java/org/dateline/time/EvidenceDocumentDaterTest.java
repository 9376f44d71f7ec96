package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.junit.jupiter.api.Test;

class EvidenceDocumentDaterTest {

    private final TemporalTagger tagger = new RuleTemporalTagger();
    private final DocumentDater dater = new EvidenceDocumentDater();

    /** An article as the pipeline hands it to the dater: tagged against its publication day, if any. */
    Article article(String id, String url, String published, String text) {
        LocalDate anchor = published == null ? null : LocalDate.parse(published);
        return new Article(id, id, url, "", published, null, null, null, List.of(), "en", text, List.of(), List.of(),
                tagger.tag(text, anchor), List.of(), null, null, null);
    }

    @Test
    void seed002IsDatedAfterTheHanoiSummitThatSeed000Dates() throws IOException {
        Article undated = article("002_08c49bae68cbef8e", null, null, RuleTemporalTaggerTest.example("002"));
        Article dated = article("000_317ed6e72805f1c3", null, "2019-06-26", RuleTemporalTaggerTest.example("000"));

        Optional<DateEstimate> estimate = dater.estimate(undated, List.of(dated));

        assertThat(estimate).isPresent();
        assertThat(estimate.get().earliest()).isAfterOrEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(estimate.get().evidence()).anySatisfy(e -> assertThat(e)
                .contains("February").contains("Hanoi").contains("000_317ed6e72805f1c3").contains("2019-02"));
    }

    @Test
    void noEvidenceNoEstimate() throws IOException {
        Article undated = article("002", null, null, RuleTemporalTaggerTest.example("002"));
        assertThat(dater.estimate(undated, List.of())).isEmpty();
        Article unrelated = article("x", null, "2019-06-26", "Shares of the bakery rose in February on strong bread sales.");
        assertThat(dater.estimate(undated, List.of(unrelated))).isEmpty();
    }

    @Test
    void aDatedNearDuplicateGivesTheDate() throws IOException {
        String text = RuleTemporalTaggerTest.example("004");
        Article undated = article("copy", null, null, text.replace("Reuters", "Wire"));
        Article original = article("original", null, "2018-09-10", text);

        DateEstimate estimate = dater.estimate(undated, List.of(original)).orElseThrow();

        assertThat(estimate.earliest()).isBetween(LocalDate.of(2018, 9, 9), LocalDate.of(2018, 9, 10));
        assertThat(estimate.latest()).isBetween(LocalDate.of(2018, 9, 10), LocalDate.of(2018, 9, 12));
        assertThat(estimate.evidence()).anySatisfy(e -> assertThat(e).contains("near-duplicate of original"));
    }

    @Test
    void theUrlDateIsTheStrongestEvidence() {
        Article undated = article("u", "https://example.org/news/2019/04/12/trump-moon-meeting.html", null,
                "Trump met Moon on Thursday. The summit in 2018 was historic.");
        DateEstimate estimate = dater.estimate(undated, List.of()).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2019, 4, 12));
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2019, 4, 12));
        assertThat(estimate.evidence()).first().asString().contains("URL");
    }

    @Test
    void itsOwnLatestPastDateIsALowerBoundAndAComingOneAnUpperBound() {
        Article undated = article("u", null, null,
                "The leaders met in Singapore on June 12, 2018. They will meet again in 2020, officials said.");
        DateEstimate estimate = dater.estimate(undated, List.of()).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2018, 6, 12));
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(estimate.evidence()).anySatisfy(e -> assertThat(e).contains("June 12, 2018"))
                .anySatisfy(e -> assertThat(e).contains("'2020'").contains("still to come"));
    }

    @Test
    void aPlanSeenFromThePastBoundsNothing() {
        Article undated = article("u", null, null,
                "The company said then that the jet would enter service in May 2008.");
        assertThat(dater.estimate(undated, List.of())).isEmpty();
    }

    @Test
    void anEventStillAheadBoundsThePublicationFromAbove() {
        Article undated = article("u", null, null,
                "Officials said the Hanoi summit in February will test both leaders.");
        Article dated = article("d", null, "2019-03-05",
                "Trump and Kim ended the Hanoi summit in February without a deal.");
        DateEstimate estimate = dater.estimate(undated, List.of(dated)).orElseThrow();
        assertThat(estimate.earliest()).isNull();
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(estimate.evidence()).first().asString().contains("still ahead").contains("Hanoi summit");
    }
}
