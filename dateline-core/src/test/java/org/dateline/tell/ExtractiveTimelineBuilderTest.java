package org.dateline.tell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.group.TestArticles;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.Storyline;
import org.dateline.model.TimelineEvent;
import org.dateline.time.EventDate;
import org.junit.jupiter.api.Test;

class ExtractiveTimelineBuilderTest {

    private static final String FIRE_A = "A fire at a chemical storage facility forced the evacuation of about 2,000 "
            + "residents in Port Elwood on Monday night. Firefighters battled the chemical blaze for more than six "
            + "hours before bringing it under control early Tuesday. \"We did not know what was burning,\" the fire "
            + "chief said. No injuries were reported.";
    private static final String FIRE_B = "Residents of Port Elwood returned home on Tuesday after the chemical fire "
            + "at the storage facility forced an evacuation. \"It was terrifying,\" said resident Ana Ruiz. The "
            + "company said it was cooperating with fire investigators after the evacuation.";
    private static final String LATER = "Investigators said on Friday that faulty wiring caused the chemical fire "
            + "in Port Elwood, and the storage company was fined for safety failures at the facility.";

    private final ExtractiveTimelineBuilder builder = new ExtractiveTimelineBuilder();

    private static Article story(Article article, String storyId) {
        return article.withGrouping(null, storyId, "storyline-x");
    }

    @Test
    void oneEventPerStoryOrderedByDateWithStatedAndEstimatedDates() {
        Article a = story(TestArticles.withQuote(
                TestArticles.article("a", "Chemical fire forces evacuation", "2025-03-04T08:00", FIRE_A),
                "We did not know what was burning,", "Linda Okonkwo"), "story-a");
        Article b = story(TestArticles.withQuote(
                TestArticles.article("b", "Residents return after fire", "2025-03-03", FIRE_B),
                "It was terrifying,", "Ana Ruiz"), "story-a");
        Article later = story(TestArticles.withEstimate(TestArticles.article("c", "Wiring caused fire", null, LATER),
                new DateEstimate(LocalDate.parse("2025-03-07"), LocalDate.parse("2025-03-09"),
                        List.of("mentions \"on Friday\""))), "story-c");

        Storyline storyline = builder.build("storyline-x", List.of(List.of(later), List.of(a, b)));

        assertThat(storyline.articleIds()).containsExactly("c", "a", "b");
        assertThat(storyline.undatedArticleIds()).isEmpty();
        assertThat(storyline.events()).extracting(TimelineEvent::date).containsExactly("2025-03-03", "2025-03");
        TimelineEvent fire = storyline.events().getFirst();
        assertThat(fire.dateEstimated()).isFalse();
        assertThat(fire.storyId()).isEqualTo("story-a");
        assertThat(fire.articleIds()).containsExactly("a", "b");
        assertThat(fire.title()).isIn("Chemical fire forces evacuation", "Residents return after fire");
        assertThat(fire.summary()).isNotBlank().doesNotContain("We did not know").contains("chemical");
        assertThat(fire.quotes()).extracting(q -> q.speaker()).containsExactly("Linda Okonkwo", "Ana Ruiz");
        TimelineEvent estimated = storyline.events().getLast();
        assertThat(estimated.dateEstimated()).isTrue();
        assertThat(estimated.dateEvidence()).singleElement().asString().contains("mentions \"on Friday\"");
        assertThat(estimated.title()).isEqualTo("Wiring caused fire");
        assertThat(storyline.title()).isNotBlank();
    }

    @Test
    void coarseDatesSortByTheirMiddleDay() {
        assertThat(ExtractiveTimelineBuilder.midpoint("2025-03")).isBetween(
                ExtractiveTimelineBuilder.midpoint("2025-03-03"), ExtractiveTimelineBuilder.midpoint("2025-03-31"));
        assertThat(ExtractiveTimelineBuilder.midpoint("2019")).isEqualTo(ExtractiveTimelineBuilder.midpoint("2019-07-02"));
        assertThat(ExtractiveTimelineBuilder.midpoint("201")).isLessThan(ExtractiveTimelineBuilder.midpoint("2019"));
    }

    @Test
    void eventDaterDecidesTheDate() {
        Article article = story(TestArticles.article("a", "Fire", "2025-03-04", FIRE_A), "story-a");
        var builder = new ExtractiveTimelineBuilder(a -> new EventDate("2025-03-02", false, "lead says Sunday"));
        TimelineEvent event = builder.build("s", List.of(List.of(article))).events().getFirst();
        assertThat(event.date()).isEqualTo("2025-03-02");
        assertThat(event.dateEvidence()).containsExactly("lead says Sunday (a)");
        var undating = new ExtractiveTimelineBuilder(a -> new EventDate("PAST_REF", true, "vague"));
        assertThat(undating.build("s", List.of(List.of(article))).undatedArticleIds()).containsExactly("a");
    }

    @Test
    void undateableStoriesAreListedNotPlaced() {
        Article undated = story(TestArticles.article("u", "Fire report", null, LATER), "story-u");
        Storyline storyline = builder.build("s", List.of(List.of(undated)));
        assertThat(storyline.events()).isEmpty();
        assertThat(storyline.undatedArticleIds()).containsExactly("u");
        assertThat(storyline.title()).isEqualTo("Fire report");
    }

    @Test
    void quotesWithoutSpeakerAreDroppedAndDuplicatesMerged() {
        Article a = story(TestArticles.withQuote(TestArticles.article("a", "t", "2025-03-04", FIRE_A),
                "We did not know what was burning,", null), "story-a");
        Article copy = story(TestArticles.withQuote(TestArticles.withQuote(
                TestArticles.article("b", "t", "2025-03-04", FIRE_A), "We did not know what was burning,", "Chief"),
                "We did not know what was burning,", "Chief"), "story-a");
        TimelineEvent event = builder.build("s", List.of(List.of(a, copy))).events().getFirst();
        assertThat(event.quotes()).hasSize(1);
        assertThat(event.quotes().getFirst().speaker()).isEqualTo("Chief");
    }

    @Test
    void summaryPrefersCentralSentencesAndSkipsShortOnes() {
        String text = "Short line here. The council approved the rail expansion plan on Wednesday after a long debate. "
                + "The rail expansion plan adds nine stations and the council approved its financing. "
                + "Separately, a bakery on Grand Avenue won a regional pastry award for its croissants.";
        Article article = story(TestArticles.article("r", "Rail approved", "2025-03-05", text), "story-r");
        String summary = builder.build("s", List.of(List.of(article))).events().getFirst().summary();
        assertThat(summary).contains("council approved").doesNotContain("Short line").doesNotContain("bakery");
    }

    @Test
    void summitSeedsGiveThreeEvents() {
        List<Article> seeds = TestArticles.seeds();
        Article rt = story(seeds.get(0), "story-000");
        Article ians = story(TestArticles.withEstimate(seeds.get(1), new DateEstimate(LocalDate.parse("2019-04-11"),
                LocalDate.parse("2019-04-13"), List.of("related article"))), "story-002");
        Article reuters = story(TestArticles.withEstimate(seeds.get(2), new DateEstimate(LocalDate.parse("2018-09-10"),
                LocalDate.parse("2018-09-12"), List.of("related article"))), "story-004");
        Storyline storyline = builder.build("storyline-000", List.of(List.of(rt), List.of(ians), List.of(reuters)));
        assertThat(storyline.events()).extracting(TimelineEvent::storyId)
                .containsExactly("story-004", "story-002", "story-000");
        assertThat(storyline.events()).allSatisfy(e -> assertThat(e.summary()).isNotBlank());
    }
}
