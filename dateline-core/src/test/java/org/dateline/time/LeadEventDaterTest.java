package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.junit.jupiter.api.Test;

class LeadEventDaterTest {

    private final TemporalTagger tagger = new RuleTemporalTagger();
    private final EventDater dater = new LeadEventDater();

    private Article article(String published, DateEstimate estimate, String text) {
        LocalDate anchor = published == null ? null : LocalDate.parse(published);
        return new Article("a", "a", null, "", published, estimate, null, null, List.of(), "en", text, List.of(),
                List.of(), tagger.tag(text, anchor), List.of(), null, null, null);
    }

    @Test
    void theLeadsReportingClauseDatesTheEvent() throws IOException {
        EventDate date = dater.dateOf(article("2018-09-12", null, RuleTemporalTaggerTest.example("004")));
        assertThat(date.value()).isEqualTo("2018-09-10");
        assertThat(date.estimated()).isFalse();
        assertThat(date.evidence()).contains("Monday");
    }

    @Test
    void withoutADayInTheLeadThePublicationDateDatesIt() {
        EventDate date = dater.dateOf(article("2019-06-26", null,
                "US and North Korean officials are holding talks to arrange a third summit, Moon says."));
        assertThat(date.value()).isEqualTo("2019-06-26");
        assertThat(date.evidence()).isEqualTo("publication date");
    }

    @Test
    void anUndatedArticleFallsBackToItsEstimate() {
        DateEstimate estimate = new DateEstimate(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 20),
                List.of("mentions 'in February' about 'Hanoi summit'"));
        EventDate date = dater.dateOf(article(null, estimate, "Trump is open to a third summit with Kim."));
        assertThat(date.value()).isEqualTo("2019-04");
        assertThat(date.estimated()).isTrue();
        assertThat(date.evidence()).contains("Hanoi summit");
    }

    @Test
    void nothingToGoOnIsUnknown() {
        EventDate date = dater.dateOf(article(null, null, "Trump is open to a third summit with Kim."));
        assertThat(date.known()).isFalse();
    }
}
