package org.dateline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class QuoteEvaluatorTest {

    /** A recognizer that knows one name, so the test does not need a statistical engine. */
    private static final EntityRecognizer ONE_NAME = new EntityRecognizer() {
        @Override
        public List<EntityMention> recognize(String text, List<Span> sentences) {
            int at = text.indexOf("Ann Lee");
            return at < 0 ? List.of() : List.of(new EntityMention("Ann Lee", EntityType.PERSON, null, at, at + 7));
        }

        @Override
        public String name() {
            return "one-name";
        }
    };

    @Test
    void scoresDirectQuotesAndTheirSpeakersOnBratStandoff() throws URISyntaxException {
        Path dir = Path.of(getClass().getResource("polnear").toURI());
        QuoteEvaluator.Metrics m = new QuoteEvaluator(new OpenNlpSentenceSplitter(), ONE_NAME, new PatternQuoteExtractor())
                .evaluate(dir);
        assertThat(m.documents()).isEqualTo(1);
        assertThat(m.gold()).isEqualTo(2);
        assertThat(m.predicted()).isEqualTo(2);
        assertThat(m.matchedGold()).isEqualTo(2);
        assertThat(m.exact()).isEqualTo(2);
        assertThat(m.speakerScored()).isEqualTo(2);
        assertThat(m.speakerCorrect()).isEqualTo(1);
        assertThat(m.overlapF1()).isEqualTo(1.0);
        assertThat(m.toTable()).contains("| 1 | 2 | 2 |");
    }

    @Test
    void speakersMatchByContainmentOrSurname() {
        assertThat(QuoteEvaluator.sameSpeaker("Harry Kazianis", "Kazianis")).isTrue();
        assertThat(QuoteEvaluator.sameSpeaker("Sanders", "White House spokeswoman Sarah Sanders")).isTrue();
        assertThat(QuoteEvaluator.sameSpeaker("Donald Trump", "Hillary Clinton")).isFalse();
    }
}
