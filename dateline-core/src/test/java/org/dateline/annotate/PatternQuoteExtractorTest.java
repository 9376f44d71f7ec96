package org.dateline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class PatternQuoteExtractorTest {

    private static final SentenceSplitter SPLITTER = new OpenNlpSentenceSplitter();
    private final PatternQuoteExtractor extractor = new PatternQuoteExtractor();

    @Test
    void speakerAfterTheQuote() {
        List<Quote> quotes = run("“It was a very warm, very positive letter,” Sanders said at Monday’s briefing.", "Sanders");
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("It was a very warm, very positive letter");
            assertThat(q.speaker()).isEqualTo("Sanders");
        });
    }

    @Test
    void pronounResolvesToThePersonOfThePrecedingSentence() {
        String text = "Harry Kazianis, a director at a think tank, reckoned Trump was right.\n\n"
                + "“There are reasons for optimism,” he said.";
        List<Quote> quotes = run(text, "Harry Kazianis", "Trump");
        assertThat(quotes).singleElement().extracting(Quote::speaker).isEqualTo("Harry Kazianis");
    }

    @Test
    void speakerBeforeTheQuoteAndAfterAnAddingClause() {
        String text = "\"In this sense, I believe the summit was not a disappointment,\" Moon said, adding: "
                + "\"But it is actually part of a bigger process.";
        List<Quote> quotes = run(text, "Moon");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Moon", "Moon");
    }

    @Test
    void aQuoteRunningOverAParagraphBreakIsOneQuote() {
        String text = "\"Things could happen. We are talking about the big deal.\n\n"
                + "The big deal is we have to get rid of the weapons,\" he said.";
        String withSpeaker = "\"There are smaller deals,\" Trump told reporters.\n\n" + text;
        List<Quote> quotes = run(withSpeaker, "Trump");
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).text()).startsWith("Things could happen").endsWith("get rid of the weapons");
        assertThat(quotes.get(1).speaker()).isEqualTo("Trump");
    }

    @Test
    void aParagraphThatOnlyContinuesAQuoteInheritsItsSpeaker() {
        String text = "“We take this very seriously,” Biegun told Lee at the start of the talks.\n\n"
                + "“But we also have a tremendous opportunity.”";
        assertThat(run(text, "Biegun", "Lee")).extracting(Quote::speaker).containsExactly("Biegun", "Biegun");
    }

    @Test
    void aSpeechVerbClosingTheSentenceAttributesItsQuote() {
        String text = "Trump received a “very warm, very positive” letter from Kim, spokeswoman Sarah Sanders said on Monday.";
        assertThat(run(text, "Trump", "Kim", "Sarah Sanders")).extracting(Quote::speaker).containsExactly("Sarah Sanders");
    }

    @Test
    void aPlaceAfterALaterVerbIsNotTheSpeaker() {
        String text = "Moon told the press that the pair still have a “willingness to engage in dialogue” and "
                + "claimed the Hanoi meeting was not a failure.";
        List<EntityMention> mentions = List.of(new EntityMention("Moon", EntityType.PERSON, null, 0, 4),
                new EntityMention("Hanoi", EntityType.LOCATION, null, text.indexOf("Hanoi"), text.indexOf("Hanoi") + 5));
        assertThat(extractor.extract(text, SPLITTER.split(text), mentions)).extracting(Quote::speaker)
                .containsExactly("Moon");
    }

    @Test
    void aQuoteResumedAfterItsAttributionKeepsTheSpeaker() {
        String text = "“This is a disgusting day,” said Rep. G.K. Butterfield, head of the caucus. “He had no proof of it.”";
        List<EntityMention> mentions = List.of(new EntityMention("G.K. Butterfield", EntityType.PERSON, null,
                text.indexOf("G.K."), text.indexOf("G.K.") + "G.K. Butterfield".length()));
        assertThat(extractor.extract(text, SPLITTER.split(text), mentions)).extracting(Quote::speaker)
                .containsExactly("G.K. Butterfield", "G.K. Butterfield");
    }

    @Test
    void shortUnattributedPhrasesAreNotQuotes() {
        assertThat(run("Its deal was what officials described as “a big deal” for both sides.")).isEmpty();
    }

    @Test
    void scareQuotesOfOneWordAreNotSpeech() {
        assertThat(run("Letters which the former described as “beautiful” arrived.")).isEmpty();
    }

    @Property
    void quotesIndexTheirText(@ForAll String body) {
        String text = "“" + body + "” he said, and \"" + body + "\"";
        for (Quote q : extractor.extract(text, SPLITTER.split(text), List.of())) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    /** Runs the extractor with PERSON mentions at the first occurrence (in order) of each name. */
    private List<Quote> run(String text, String... people) {
        List<EntityMention> mentions = new ArrayList<>();
        int from = 0;
        for (String name : people) {
            int at = text.indexOf(name, from);
            mentions.add(new EntityMention(name, EntityType.PERSON, null, at, at + name.length()));
            from = at + name.length();
        }
        List<Span> sentences = SPLITTER.split(text);
        return extractor.extract(text, sentences, mentions);
    }
}
