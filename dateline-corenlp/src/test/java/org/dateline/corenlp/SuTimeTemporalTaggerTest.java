package org.dateline.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Timex;
import org.dateline.time.TemporalTaggers;
import org.junit.jupiter.api.Test;

class SuTimeTemporalTaggerTest {

    @Test
    void resolvesAgainstTheDocumentDateAndIsFoundByName() {
        String text = "The summit in February failed. Talks resume on 12 June 2019.";
        List<Timex> timexes = TemporalTaggers.byName("sutime").tag(text, LocalDate.of(2019, 6, 26));
        assertThat(timexes).extracting(Timex::value).contains("2019-06-12");
        for (Timex t : timexes) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }
}
