package org.dateline.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.time.TemporalTagger;
import org.dateline.time.TemporalTaggers;
import org.junit.jupiter.api.Test;

class HeidelTimeTemporalTaggerTest {

    private final TemporalTagger heidelTime = TemporalTaggers.byName("heideltime");

    @Test
    void resolvesAgainstTheDocumentDateWithSpansInTheText() {
        String text = "The summit in Hanoi collapsed on Thursday. Talks resume on 12 June 2019 for three days.";
        List<Timex> timexes = heidelTime.tag(text, LocalDate.of(2019, 3, 2));
        assertThat(timexes).extracting(Timex::value).contains("2019-02-28", "2019-06-12", "P3D");
        for (Timex t : timexes) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void tagsAnUndatedTextAsANarrative() {
        List<Timex> timexes = heidelTime.tag("The treaty was signed on 10 September 2018.", null);
        assertThat(timexes).containsExactly(new Timex("10 September 2018", TimexType.DATE, "2018-09-10", 25, 42));
    }
}
