package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.PublishedDates;

/**
 * Any undated text beside any dated ones is dated without failing: an estimate, when there is one, is an
 * ordered interval with evidence. The texts share names and temporal words, so that the shared-event
 * evidence (which reads expressions again against candidate days) is reached.
 */
class EvidenceDocumentDaterProperties {

    private static final List<String> NEWS_WORDS = List.of("Northrop", "Grumman", "EADS", "Boeing", "defeated",
            "tanker", "contract", "filed", "Chapter", "protection", "annual", "year's", "had", "hoped", ".", "\n");

    private final TemporalTagger tagger = new RuleTemporalTagger();
    private final DocumentDater dater = new EvidenceDocumentDater();

    @Provide
    Arbitrary<String> text() {
        List<String> vocabulary = new ArrayList<>(RuleTemporalTaggerProperties.TEMPORAL_WORDS);
        vocabulary.addAll(NEWS_WORDS);
        Arbitrary<String> words = Arbitraries.of(vocabulary).list().ofMaxSize(20).map(list -> String.join(" ", list));
        // The same event named in both texts between random temporal words.
        Arbitrary<String> event = Arbitraries.of("the Northrop Grumman and EADS tanker contract",
                "Boeing filed for Chapter 11 protection", "the annual Northrop Grumman EADS Boeing tanker contract");
        return Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(120),
                Combinators.combine(words, event, words).as((a, e, b) -> a + " " + e + " " + b));
    }

    @Provide
    Arbitrary<String> published() {
        return Arbitraries.of("2008-03-01", "2019-06-26", "0001-01-01", "9999-12-31", "not a date").injectNull(0.2);
    }

    @Property(tries = 200)
    void anyUndatedTextIsDatedOrNot(@ForAll("text") String undatedText, @ForAll("text") String datedText,
                                    @ForAll("published") String published) {
        Article undated = article("u", undatedText, null);
        Article dated = article("d", datedText, published);
        Optional<DateEstimate> estimate = dater.estimate(undated, List.of(dated, undated));
        estimate.ifPresent(e -> {
            assertThat(e.evidence()).isNotEmpty();
            if (e.earliest() != null && e.latest() != null) assertThat(e.earliest()).isBeforeOrEqualTo(e.latest());
        });
    }

    private Article article(String id, String text, String published) {
        return new Article(id, id, null, "", published, null, null, null, List.of(), "en", text, List.of(), List.of(),
                tagger.tag(text, PublishedDates.day(published)), List.of(), null, null, null);
    }
}
