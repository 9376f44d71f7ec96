package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.dateline.model.Article;
import org.dateline.model.PublishedDates;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.TimexType;

/** Any mention or quote of any text is dated without failing, with a valid TIMEX3 date or none. */
class LeadEventDaterProperties {

    private final TemporalTagger tagger = new RuleTemporalTagger();
    private final EventDater dater = new LeadEventDater();

    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> words = Arbitraries.of(RuleTemporalTaggerProperties.TEMPORAL_WORDS).list().ofMaxSize(60)
                .map(list -> String.join(" ", list));
        return Arbitraries.oneOf(words, Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> published() {
        return Arbitraries.of("2019-06-26", "1800-01-01", "9999-12-31", "not a date").injectNull(0.3);
    }

    @Property(tries = 300)
    void anyMentionAndQuoteIsDatedOrNot(@ForAll("text") String text, @ForAll("published") String published,
                                        @ForAll @IntRange(min = 0, max = 300) int from,
                                        @ForAll @IntRange(min = 0, max = 300) int length) {
        Article article = new Article("a", "a", null, "", published, null, null, null, List.of(), "en", text,
                sentences(text), List.of(), tagger.tag(text, PublishedDates.day(published)), List.of(), null, null,
                null);
        int start = Math.min(from, text.length());
        Span mention = new Span(start, Math.min(text.length(), start + length));
        Quote quote = new Quote(mention.of(text), null, null, mention.start(), mention.end());
        for (EventDate date : List.of(dater.dateOf(article), dater.dateOf(article, mention), dater.dateOf(article, quote))) {
            assertThat(date).isNotNull();
            if (date.known()) assertThat(TimexValues.isValid(TimexType.DATE, date.value())).as(date.value()).isTrue();
        }
    }

    /** Lines and full stops end sentences, as a splitter would roughly cut them. */
    private static List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '.') {
                sentences.add(new Span(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) sentences.add(new Span(start, text.length()));
        return sentences;
    }
}
