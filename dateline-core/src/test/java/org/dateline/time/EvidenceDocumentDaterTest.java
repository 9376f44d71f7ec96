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
    void aWireDatelineWithoutItsYearTakesTheYearOfTheStory() {
        String text = "Barkley takes on Trump.\n\nNEW YORK, Dec. 11 (UPI) \u2014 NBA on TNT has a crew of former "
                + "players.\n\nSo it was no surprise Thursday when Barkley went off script.";
        Article undated = article("u", null, null, text);
        List<Article> story = List.of(article("a", null, "2015-11-20", "Trump spoke in Iowa on Friday."),
                article("b", null, "2016-02-01", "Voters caucus in Iowa on Monday."));
        DateEstimate estimate = dater.estimate(undated, story).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2015, 12, 10));
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2015, 12, 12));
        assertThat(estimate.evidence()).first().asString().contains("dateline").contains("Dec. 11").contains("2015");
        // A story two years long holds two Dec. 11s: no year can be told.
        List<Article> longStory = List.of(story.getFirst(), article("c", null, "2017-06-01", "Trump spoke on Friday."));
        assertThat(dater.estimate(undated, longStory)).isEmpty();
        // Without its place, the agency and the dash still make it a dateline.
        Article reuters = article("r2", null, null, "Clinton on terror\nDec 11 (Reuters) - Hillary Clinton on Friday said so.");
        assertThat(dater.estimate(reuters, story)).map(DateEstimate::earliest).contains(LocalDate.of(2015, 12, 10));
        // The dateline the extractor split off an HTML page's lead says the same.
        Article extracted = new Article("h", "h", null, "", null, null, "UPI", "NEW YORK, Dec. 11", List.of(), "en",
                "NBA on TNT has a crew of former players.", List.of(), List.of(), List.of(), List.of(), null, null, null);
        assertThat(dater.estimate(extracted, story)).map(DateEstimate::earliest).contains(LocalDate.of(2015, 12, 10));
        // A dateline with its year is the day of writing, with or without a story around it.
        Article full = article("f", null, null, "Obama urges peace\n\nJERUSALEM, March 21, 2013 (Reuters) - Obama spoke.");
        DateEstimate written = dater.estimate(full, List.of()).orElseThrow();
        assertThat(written.earliest()).isEqualTo(LocalDate.of(2013, 3, 20));
        assertThat(written.latest()).isEqualTo(LocalDate.of(2013, 3, 22));
        Article fullField = new Article("g", "g", null, "", null, null, "Reuters", "JERUSALEM, March 21, 2013", List.of(),
                "en", "Obama spoke.", List.of(), List.of(), List.of(), List.of(), null, null, null);
        assertThat(dater.estimate(fullField, List.of())).map(DateEstimate::latest).contains(LocalDate.of(2013, 3, 22));
        // A date in running text is no dateline.
        Article running = article("r", null, null, "Barkley said on Dec. 11 that it was over.");
        assertThat(dater.estimate(running, story)).isEmpty();
    }

    @Test
    void aPastYearFarBeyondTheWholeStoryIsNoLowerBound() {
        Article undated = article("u", null, null, "The county counted 2047 registered voters. Turnout rose in 2015.");
        List<Article> story = List.of(article("a", null, "2015-11-20", "Trump spoke in Iowa."),
                article("b", null, "2016-02-01", "Voters caucus in Iowa."),
                article("c", null, "2016-06-07", "California votes."));
        DateEstimate estimate = dater.estimate(undated, story).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(estimate.evidence()).noneSatisfy(e -> assertThat(e).contains("2047"));
        // Without a story to measure it by, the year stands.
        assertThat(dater.estimate(undated, List.of()).orElseThrow().earliest()).isEqualTo(LocalDate.of(2047, 1, 1));
        // So with a year still to come long before the whole story: a misread tense, not an upper bound.
        Article stale = article("s", null, null, "Clinton will win the nomination in 2008.");
        assertThat(dater.estimate(stale, story)).isEmpty();
        assertThat(dater.estimate(stale, List.of()).orElseThrow().latest()).isEqualTo(LocalDate.of(2008, 12, 31));
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
        // A day mentioned as past bounds from the day before it: it may be stated in universal time.
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2018, 6, 11));
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

    @Test
    void aQuarterStatedWithItsYearIsALowerBound() {
        Article undated = article("u", null, null, "GM said it lost $6 billion in the first quarter of 2009.");
        DateEstimate estimate = dater.estimate(undated, List.of()).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2009, 1, 1));
    }

    @Test
    void aHopeNamesItsTargetNotWhatHappened() {
        Article undated = article("u", null, null, "Boeing had hoped to have the new jet ready for 2012.");
        assertThat(dater.estimate(undated, List.of())).isEmpty();
        // A prospect or a put-off names a coming time too.
        for (String text : List.of("Other Republicans were eyeing 2020 campaigns.",
                "Perez was mentioned as a potential candidate in 2018.",
                "Congress approved a two-year delay of the tax to 2020.",
                "Premiums for many plans rose by double digits for 2016.")) {
            assertThat(dater.estimate(article("u", null, null, text), List.of())).as(text).isEmpty();
        }
    }

    @Test
    void aYearNamingAModelOrAnEventMayRunAYearAhead() {
        Article undated = article("u", null, null, "Apple released the 2011 version of its iLife suite.");
        DateEstimate estimate = dater.estimate(undated, List.of()).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(estimate.evidence()).first().asString().contains("a year ahead");
        Article race = article("r", null, null, "The race for the nomination in 2016 has taken a clear shape.");
        assertThat(dater.estimate(race, List.of()).orElseThrow().earliest()).isEqualTo(LocalDate.of(2015, 1, 1));
    }

    @Test
    void anEventItDatesRelativeToItselfThatAnotherArticleDatesDatesIt() {
        Article undated = article("u", null, null,
                "Last month, Northrop Grumman and EADS defeated Boeing in the tanker competition.");
        Article dated = article("d", null, "2008-03-01",
                "On February 29, Northrop Grumman and EADS defeated Boeing to win the tanker contract.");
        DateEstimate estimate = dater.estimate(undated, List.of(dated)).orElseThrow();
        // February 29 (give or take a day) was "last month" in March, or in April if that day was March 1.
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2008, 3, 1));
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2008, 4, 30).plusDays(3));
        assertThat(estimate.evidence()).first().asString().contains("Last month").contains("Northrop Grumman")
                .contains("2008-02-29");
    }

    @Test
    void aRunOnLineIsReadAgainOnlyAroundTheExpression() {
        String junk = "share tweet email ".repeat(5_000);
        Article undated = article("u", null, null,
                junk + "and last month Northrop Grumman and EADS defeated Boeing in the tanker competition " + junk);
        Article dated = article("d", null, "2008-03-01",
                "On February 29, Northrop Grumman and EADS defeated Boeing to win the tanker contract.");
        DateEstimate estimate = dater.estimate(undated, List.of(dated)).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2008, 3, 1));
    }

    @Test
    void aTodayAboutTheSameEventIsThatDayOrJustAfter() {
        Article undated = article("u", null, null,
                "General Motors filed for Chapter 11 protection from its creditors earlier today in New York.");
        Article dated = article("d", null, "2009-06-02",
                "General Motors filed for Chapter 11 protection from its creditors on Monday in New York.");
        DateEstimate estimate = dater.estimate(undated, List.of(dated)).orElseThrow();
        assertThat(estimate.earliest()).isEqualTo(LocalDate.of(2009, 5, 31));
        assertThat(estimate.latest()).isEqualTo(LocalDate.of(2009, 6, 2).plusDays(3));
    }

    @Test
    void aRecurringEventOrAClockTimeDatesNothing() {
        Article dated = article("d", null, "2011-06-07",
                "Steve Jobs opened the Worldwide Developers Conference in San Francisco on June 6, 2011 at 10:00.");
        Article recurring = article("u", null, null,
                "Yesterday, at this year's Worldwide Developers Conference in San Francisco, Steve Jobs spoke.");
        Article clock = article("v", null, null,
                "A crowd cheered as the Worldwide Developers Conference in San Francisco began at 10:00 with Jobs.");
        assertThat(dater.estimate(recurring, List.of(dated))).isEmpty();
        assertThat(dater.estimate(clock, List.of(dated))).isEmpty();
    }

    @Test
    void neighboursThatDateTheSameWordsDifferentlyDateNothing() {
        Article undated = article("u", null, null, "Bernie Sanders won the Democratic primary in Michigan on Tuesday.");
        Article march = article("a", null, "2016-03-10",
                "In a surprise, Bernie Sanders took the Democratic primary in Michigan on Tuesday, polls had him far behind.");
        Article april = article("b", null, "2016-04-21",
                "Clinton beat Bernie Sanders in the Democratic primary in New York on Tuesday by 16 points.");
        assertThat(dater.estimate(undated, List.of(march))).get().extracting(DateEstimate::earliest)
                .isEqualTo(LocalDate.of(2016, 3, 8));
        assertThat(dater.estimate(undated, List.of(march, april))).isEmpty();
    }

    @Test
    void aWeekdayNeedsTwoSharedWordsCloseToIt() {
        Article dated = article("d", null, "2016-08-05",
                "Speaker Paul Ryan on Friday endorsed the Republican ticket after days of pressure from donors.");
        Article close = article("u", null, null, "Speaker Paul Ryan met the Republican ticket on Friday.");
        Article far = article("v", null, null,
                "On Friday he met donors in New York; Speaker Paul Ryan wants the Republican ticket settled.");
        assertThat(dater.estimate(close, List.of(dated))).get().extracting(DateEstimate::earliest)
                .isEqualTo(LocalDate.of(2016, 8, 5));
        assertThat(dater.estimate(far, List.of(dated))).isEmpty();
    }

    @Test
    void onlyTheArticlesMostLikeItDateItsEvents() {
        Article undated = article("u", null, null, "Breitbart called the quotas for Syrian refugees a cultish blind "
                + "faith in the word of Obama. The refugee figure came from an announcement in September by Secretary "
                + "Kerry, the fact checkers at the Post wrote.");
        Article unlike = article("unlike", null, "2016-09-06",
                "In September, Secretary Kerry pressed Russia for a truce in Aleppo at talks in Geneva.");
        List<Article> related = new java.util.ArrayList<>(List.of(unlike));
        for (int i = 0; i < 7; i++) {
            related.add(article("like" + i, null, "2015-11-1" + i, "Breitbart on the quotas for Syrian refugees and "
                    + "the cultish blind faith in the word of Obama, as the fact checkers at the Post saw them in week "
                    + i + "."));
        }
        // The rest of a storyline: articles on other matters, so that the refugee words are rare in it.
        for (int i = 0; i < 20; i++) {
            related.add(article("other" + i, null, "2015-10-1" + (i % 10), "The governor signed budget bill " + i
                    + " after the senate vote on school funding and road repairs."));
        }
        assertThat(dater.estimate(undated, List.of(unlike))).isPresent();
        assertThat(dater.estimate(undated, related)).isEmpty();
    }

    @Test
    void anAwaitedEventOrOneThatModifiesANounTakesNoTenseFromItsClause() {
        Article undated = article("u", null, null,
                "Trump and Cruz led the field before the Iowa caucuses Feb. 1, and their rivals attacked them.");
        Article dated = article("d", null, "2016-02-02",
                "Ted Cruz won the Iowa caucuses on Feb. 1, ahead of Donald Trump and Marco Rubio.");
        assertThat(dater.estimate(undated, List.of(dated))).isEmpty();
        Article possessive = article("v", null, null,
                "Trump and Cruz campaigned hard for Iowa's Feb. 1 caucuses, and their rivals attacked them.");
        assertThat(dater.estimate(possessive, List.of(dated))).isEmpty();
        Article whose = article("x", null, null,
                "In Iowa, whose Feb. 1 caucuses are the first in the nation, Trump and Cruz attacked their rivals.");
        assertThat(dater.estimate(whose, List.of(dated))).isEmpty();
        // The waiting word may stand a few words before the day.
        Article far = article("w", null, null, "Sanders vowed Tuesday to remain in the fight through the California "
                + "primary on June 7.");
        Article california = article("c", null, "2016-06-08", "Hillary Clinton beat him in the California primary on June 7, winning most delegates in Los Angeles and San Diego.");
        assertThat(dater.estimate(far, List.of(california))).isEmpty();
    }

    @Test
    void whatHappenedInAnEventNamedAsAModifierDatesItAsPast() {
        Article dated = article("d", null, "2016-02-02",
                "Ted Cruz won the Iowa caucuses on Feb. 1, ahead of Donald Trump and Marco Rubio.");
        Article within = article("u", null, null,
                "Trump and Rubio trailed Cruz at Iowa's Feb. 1 caucuses, and their rivals attacked them.");
        assertThat(dater.estimate(within, List.of(dated)).orElseThrow().earliest()).isEqualTo(LocalDate.of(2016, 2, 1));
        // Not what was done for or toward it.
        Article toward = article("v", null, null,
                "Trump and Rubio prepared for Iowa's Feb. 1 caucuses, and their rivals attacked them.");
        assertThat(dater.estimate(toward, List.of(dated))).isEmpty();
    }

    @Test
    void aComingDateEarlierThanOneMentionedOtherwiseOrNamingAThingBoundsNothing() {
        Article misread = article("u", null, null,
                "In 2016 the jet flew to Palm Beach. Mr. Allen agreed to sell it to Mr. Trump in 2010.");
        Article attributive = article("v", null, null, "The speech will bookend his 2004 convention address.");
        assertThat(dater.estimate(misread, List.of()).orElseThrow().latest()).isNull();
        assertThat(dater.estimate(attributive, List.of())).isEmpty();
    }
}
