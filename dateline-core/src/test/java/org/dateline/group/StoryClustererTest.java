package org.dateline.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

    private static final String FIRE_A = "A fire at a chemical storage facility forced the evacuation of about 2,000 "
            + "residents in Port Elwood on Monday night. Firefighters battled the blaze at the chemical plant for "
            + "more than six hours before bringing it under control early Tuesday.";
    private static final String FIRE_B = "Residents of Port Elwood returned home on Tuesday after a chemical fire "
            + "at a storage facility forced an evacuation. The fire chief said crews battled the blaze for hours.";
    private static final String RAIL = "The Riverton council approved a light-rail expansion with nine new stations "
            + "along the Eastside corridor after hours of public testimony on the plan's financing.";

    @Test
    void summitSeedsAreThreeStories() {
        List<Article> seeds = TestArticles.seeds();
        List<Article> dated = List.of(seeds.get(0),
                TestArticles.withEstimate(seeds.get(1), new DateEstimate(LocalDate.parse("2019-04-11"),
                        LocalDate.parse("2019-04-12"), List.of("test"))),
                TestArticles.withEstimate(seeds.get(2), new DateEstimate(LocalDate.parse("2018-09-10"),
                        LocalDate.parse("2018-09-11"), List.of("test"))));
        assertThat(new StoryClusterer().cluster(dated)).containsExactly(List.of("000"), List.of("002"), List.of("004"));
    }

    @Test
    void articlesOnOneEventDaysApartShareAStory() {
        List<Article> articles = List.of(
                TestArticles.article("a", "Chemical fire forces evacuation", "2025-03-03", FIRE_A),
                TestArticles.article("r", "Council approves rail", "2025-03-04", RAIL),
                TestArticles.article("b", "Evacuated residents return after chemical fire", "2025-03-04", FIRE_B));
        assertThat(new StoryClusterer().cluster(articles)).containsExactly(List.of("a", "b"), List.of("r"));
    }

    @Test
    void theSameWordsMonthsApartAreDifferentStoriesButUnknownDatesDoNotBlock() {
        Article first = TestArticles.article("a", "Chemical fire forces evacuation", "2025-03-03", FIRE_A);
        Article later = TestArticles.article("b", "Evacuated residents return after chemical fire", "2025-06-04", FIRE_B);
        Article undated = TestArticles.article("b", "Evacuated residents return after chemical fire", null, FIRE_B);
        Article rail = TestArticles.article("r", "Council approves rail", null, RAIL);
        assertThat(new StoryClusterer().cluster(List.of(first, later, rail))).hasSize(3);
        assertThat(new StoryClusterer().cluster(List.of(first, undated, rail))).containsExactly(List.of("a", "b"), List.of("r"));
    }

    @Test
    void inADatedBatchAnUndatedArticleNeedsStrongTextualEvidenceToJoinAStory() {
        List<Article> seeds = TestArticles.seeds();
        List<Article> undatedNeighbours = List.of(seeds.get(0), TestArticles.withEstimate(seeds.get(1),
                new DateEstimate(LocalDate.parse("2019-02-01"), null, List.of("test"))), seeds.get(2));
        assertThat(new StoryClusterer().cluster(undatedNeighbours))
                .containsExactly(List.of("000"), List.of("002"), List.of("004"));
    }

    @Test
    void daysApartMeasuresTheGapBetweenDateIntervals() {
        Article stated = TestArticles.article("a", "", "2025-03-03T10:00", "x");
        Article estimated = TestArticles.withEstimate(TestArticles.article("b", "", null, "x"),
                new DateEstimate(LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-20"), List.of("test")));
        Article openEnded = TestArticles.withEstimate(TestArticles.article("c", "", null, "x"),
                new DateEstimate(null, LocalDate.parse("2025-01-01"), List.of("test")));
        Article unknown = TestArticles.article("d", "", null, "x");
        assertThat(StoryClusterer.daysApart(stated, estimated)).isEqualTo(7);
        assertThat(StoryClusterer.daysApart(estimated, stated)).isEqualTo(7);
        assertThat(StoryClusterer.daysApart(stated, openEnded)).isEqualTo(61);
        assertThat(StoryClusterer.daysApart(stated, unknown)).isZero();
    }
}
