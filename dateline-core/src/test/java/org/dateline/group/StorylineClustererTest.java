package org.dateline.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.model.Article;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class StorylineClustererTest {

    static List<Article> unrelated() {
        return List.of(
                TestArticles.withEntities(TestArticles.article("fire", "Chemical fire forces evacuation in Port Elwood",
                        "2019-04-02", "A fire at a chemical storage facility forced the evacuation of about 2,000 "
                                + "residents in Port Elwood on Monday night. Firefighters battled the blaze for more "
                                + "than six hours. Fire chief Linda Okonkwo said no injuries were reported."),
                        Map.of("Port Elwood", EntityType.LOCATION, "Linda Okonkwo", EntityType.PERSON)),
                TestArticles.withEntities(TestArticles.article("hawks", "Hawks rally past Lions",
                        "2019-06-25", "The Hawks rallied in the fourth quarter to beat the Lions 98-91 on Tuesday "
                                + "night, with their point guard scoring 31 points. The win lifts the Hawks into "
                                + "fourth place in the conference standings."),
                        Map.of("Hawks", EntityType.ORGANIZATION, "Lions", EntityType.ORGANIZATION)),
                TestArticles.withEntities(TestArticles.article("brexit", "UK lawmakers reject Brexit deal again",
                        "2019-03-12", "British lawmakers rejected Prime Minister Theresa May's Brexit deal for a "
                                + "second time, leaving the United Kingdom's exit from the European Union in turmoil "
                                + "weeks before the deadline. May said parliament would now vote on a no-deal exit."),
                        Map.of("Theresa May", EntityType.PERSON, "European Union", EntityType.ORGANIZATION,
                                "United Kingdom", EntityType.LOCATION)));
    }

    @Test
    void summitSeedsMonthsApartFormOneStorylineAndUnrelatedNewsStaysOut() {
        List<Article> articles = new ArrayList<>(seedsThenUnrelated());
        List<List<String>> clusters = new StorylineClusterer().cluster(articles);
        assertThat(clusters).containsExactly(List.of("000", "002", "004"), List.of("fire"), List.of("hawks"),
                List.of("brexit"));
    }

    @Test
    void outputIsCompleteAndDeterministicWhateverTheInputOrder() {
        List<Article> articles = new ArrayList<>(unrelated());
        articles.addAll(TestArticles.seeds());
        List<List<String>> clusters = new StorylineClusterer().cluster(articles);
        assertThat(clusters).containsExactly(List.of("fire"), List.of("hawks"), List.of("brexit"),
                List.of("000", "002", "004"));
        assertThat(new StorylineClusterer().cluster(articles)).isEqualTo(clusters);
    }

    @Test
    void noArticlesNoClusters() {
        assertThat(new StorylineClusterer().cluster(List.of())).isEmpty();
    }

    private static List<Article> seedsThenUnrelated() {
        List<Article> articles = new ArrayList<>(TestArticles.seeds());
        articles.addAll(unrelated());
        return articles;
    }
}
