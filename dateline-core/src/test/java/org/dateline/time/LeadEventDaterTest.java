package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class LeadEventDaterTest {

    private final TemporalTagger tagger = new RuleTemporalTagger();
    private final EventDater dater = new LeadEventDater();

    private Article article(String published, DateEstimate estimate, String text) {
        LocalDate anchor = published == null ? null : LocalDate.parse(published);
        return new Article("a", "a", null, "", published, estimate, null, null, List.of(), "en", text,
                sentences(text), List.of(), tagger.tag(text, anchor), List.of(), null, null, null);
    }

    /** One sentence per line. */
    private static List<Span> sentences(String text) {
        List<Span> sentences = new java.util.ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            sentences.add(new Span(start, start + line.length()));
            start += line.length() + 1;
        }
        return sentences;
    }

    private EventDate dateOfWord(Article article, String word) {
        int at = article.text().indexOf(word);
        return dater.dateOf(article, new Span(at, at + word.length()));
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

    private static final String UNVEILING = String.join("\n",
            "Boeing unveils new 787 Dreamliner",
            "July 9, 2007",
            "Aircraft manufacturer Boeing unveiled its new 787 Dreamliner on Sunday at its factory near Seattle.",
            "The plane has a body of carbon composites.",
            "Boeing announced that deliveries would begin in May 2008, compared to 2006 for its rival.",
            "In a July 2 briefing, the company said orders had reached 677.",
            "It expects this year's sales to beat last year's.",
            "The first jet is slated for a delivery to ANA in May 2008.");

    @Test
    void anEventMentionTakesTheDateOfItsClauseElseTheLeadsOrTheDayOfWriting() {
        Article article = article("2007-07-09", null, UNVEILING);
        // The lead's day, not the date line between headline and lead.
        assertThat(dater.dateOf(article).value()).isEqualTo("2007-07-08");
        assertThat(dateOfWord(article, "unveiled").value()).isEqualTo("2007-07-08");
        // The headline tells the lead's event; a state in the present holds when the article was written.
        assertThat(dateOfWord(article, "unveils").value()).isEqualTo("2007-07-08");
        assertThat(dateOfWord(article, "has a body").value()).isEqualTo("2007-07-09");
        // What was announced has its own date; the announcing does not take it, nor the point of comparison.
        assertThat(dateOfWord(article, "deliveries").value()).isEqualTo("2008-05");
        assertThat(dateOfWord(article, "announced").value()).isEqualTo("2007-07-08");
        // A date before a verb of saying dates the saying.
        assertThat(dateOfWord(article, "said").value()).isEqualTo("2007-07-02");
        assertThat(dateOfWord(article, "said").evidence()).contains("July 2");
        // "this year's sales" dates the sales, not the expecting.
        assertThat(dateOfWord(article, "expects").value()).isEqualTo("2007-07-09");
        // So with planning: the date after the plan dates what is planned.
        assertThat(dateOfWord(article, "slated").value()).isEqualTo("2007-07-09");
        assertThat(dateOfWord(article, "delivery").value()).isEqualTo("2008-05");
    }

    @Test
    void aPresentStateHoldsWhenWrittenWhateverParticipleIsNear() {
        Article article = article("2010-06-08", null, String.join("\n\n", "Apple unveils iPhone 4",
                "Apple unveiled the iPhone 4 yesterday in San Francisco.",
                "It also has a new screen, dubbed a retina display.",
                "Apple has announced a new price, cut for students."));
        assertThat(dateOfWord(article, "has a new").value()).isEqualTo("2010-06-08");
        // A perfect is past: the lead's event.
        assertThat(dateOfWord(article, "has announced").value()).isEqualTo("2010-06-07");
    }

    @Test
    void aDateInAnAsideDatesTheAsideOnly() {
        Article article = article("2011-10-06", null, "Apple co-founder Steve Jobs dies\n"
                + "Steve Jobs died on Wednesday, October 5, 2011.\n"
                + "Jobs, born in San Francisco on February 24, 1955, has built the most valuable company.");
        assertThat(dateOfWord(article, "born").value()).isEqualTo("1955-02-24");
        assertThat(dateOfWord(article, "has built").value()).isEqualTo("2011-10-06");
    }

    @Test
    void aRangeOfYearsNamesASpanNotTheTimeOfTheEvent() {
        Article article = article("2011-10-06", null, "Apple mourns Steve Jobs\n"
                + "Apple said Thursday that the world has lost a visionary.\n"
                + "Its homepage shows the text \"Steve Jobs 1955-2011\" and says Apple has lost a genius.");
        assertThat(dateOfWord(article, "has lost a genius").value()).isEqualTo("2011-10-06");
    }

    @Test
    void aSentenceThatCountsOnFromTheLastDateIsDatedThatFarFromIt() {
        Article article = article("2011-10-06", null, "Steve Jobs dies at 56\n"
                + "He launched the Macintosh in 1984.\n"
                + "One year later he was fired from the company.\n"
                + "The plant closed on June 3, 2009.\n"
                + "Two weeks later, workers protested.");
        assertThat(dateOfWord(article, "fired").value()).isEqualTo("1985");
        assertThat(dateOfWord(article, "fired").evidence()).contains("One year later", "1984");
        assertThat(dateOfWord(article, "protested").value()).isEqualTo("2009-06-17");
    }

    @Test
    void aDeadlineDatesWhatIsDueNotTheHavingOrSeekingOfIt() {
        Article article = article("2009-05-07", null, "GM reports losses\n"
                + "The company has a deadline set at June 1 to draw up a plan.\n"
                + "GM is seeking to cut 31,500 jobs by 2012.\n"
                + "Deliveries to Singapore Airlines are not due until October.");
        assertThat(dateOfWord(article, "has").value()).isEqualTo("2009-05-07");
        assertThat(dateOfWord(article, "seeking").value()).isEqualTo("2009-05-07");
        assertThat(dateOfWord(article, "cut").value()).isEqualTo("2012");
        assertThat(dateOfWord(article, "Deliveries").value()).isEqualTo("2009-10");
        Article asking = article("2010-01-26", null, "Airbus warns on A400M\nAirbus said on Monday that talks stalled.\n"
                + "Airbus has asked that a decision be made before the end of the month.");
        assertThat(dateOfWord(asking, "asked").value()).isEqualTo("2010-01-25");
    }

    @Test
    void aDateAcrossAndBelongsToTheOtherClause() {
        Article article = article("2011-08-25", null, "Steve Jobs resigns\n"
                + "He fought cancer in 2004 and took six months off in early 2009.");
        assertThat(dateOfWord(article, "fought").value()).isEqualTo("2004");
        assertThat(dateOfWord(article, "took").value()).isEqualTo("2009");
        // A saying across "and" has no date from the other clause: the day of writing here.
        Article profit = article("2009-11-03", null, "Ford posts a profit\n"
                + "Ford earned a profit in the third quarter, and predicted a profit for 2011.");
        assertThat(dateOfWord(profit, "earned").value()).isEqualTo("2009-Q3");
        assertThat(dateOfWord(profit, "predicted").value()).isEqualTo("2009-11-03");
        // A saying in the present is made on the day of writing, whatever period came before it.
        Article says = article("2010-01-28", null, "Ford posts a profit\n"
                + "For the final quarter of 2009, Ford says it made profits of $868 million.");
        assertThat(dateOfWord(says, "says").value()).isEqualTo("2010-01-28");
        assertThat(dateOfWord(says, "made").value()).isEqualTo("2009-Q4");
    }

    @Test
    void aQuoteIsDatedByItsAttributionNotByWhatItSays() {
        String text = String.join("\n", "Boeing unveiled its new 787 Dreamliner airliner near Seattle on Sunday.",
                "Some 15,000 people, employees, customers and officials, attended the event.",
                "\"Today is a great day, and in 2008 we deliver,\" Jim McNerney said on Saturday.",
                "\"We are proud,\" said the chief executive.");
        Article article = article("2007-07-09", null, text);
        Quote dated = new Quote("Today is a great day, and in 2008 we deliver,", "Jim McNerney", null,
                text.indexOf("Today"), text.indexOf(",\" Jim"));
        assertThat(dater.dateOf(article, dated).value()).isEqualTo("2007-07-07");
        Quote undated = new Quote("We are proud,", "chief executive", null, text.indexOf("We are"),
                text.indexOf(",\" said"));
        assertThat(dater.dateOf(article, undated).value()).isEqualTo("2007-07-08");
    }
}
