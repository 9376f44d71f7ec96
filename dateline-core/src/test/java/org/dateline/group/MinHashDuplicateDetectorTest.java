package org.dateline.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.junit.jupiter.api.Test;

class MinHashDuplicateDetectorTest {

    private static final String WIRE = "The city council voted 7-2 early Wednesday to approve a $2.4 billion expansion "
            + "of the light-rail network after more than nine hours of public testimony. The plan adds 11 miles of "
            + "track and nine stations along the eastern corridor. The mayor called it the most important "
            + "infrastructure decision in a generation, and opponents promised to keep fighting the financing.";
    private static final String SYNDICATED = "RIVERTON (AP) - The city council voted 7-2 early Wednesday to approve a "
            + "$2.4 billion expansion of the light-rail network after more than nine hours of public testimony, "
            + "officials said. The plan adds 11 miles of track and nine stations along the eastern corridor. The "
            + "mayor called it the most important infrastructure decision in a generation, and opponents promised "
            + "to keep fighting the financing. Advertisement";
    private static final String SAME_EVENT = "Riverton's light-rail expansion cleared its biggest hurdle as council "
            + "members backed the eastern line in a late-night vote. Opponents warned that the financing depends on "
            + "federal grants that have not been awarded, and construction could begin next spring.";

    private final MinHashDuplicateDetector detector = new MinHashDuplicateDetector();

    @Test
    void syndicatedCopyIsADuplicateOfTheEarlierOriginal() {
        Article original = TestArticles.article("b-original", "Council approves rail", "2025-03-05", WIRE);
        Article copy = TestArticles.article("a-copy", "Council approves rail", "2025-03-06", SYNDICATED);
        Article other = TestArticles.article("c-other", "Rail clears hurdle", "2025-03-05", SAME_EVENT);

        assertThat(detector.duplicates(List.of(copy, original, other))).isEqualTo(Map.of("a-copy", "b-original"));
    }

    @Test
    void differentArticleOnTheSameEventIsNotADuplicate() {
        assertThat(detector.similarity(WIRE, SAME_EVENT)).isLessThan(0.1);
        assertThat(detector.similarity(WIRE, SYNDICATED)).isGreaterThan(0.5);
    }

    @Test
    void undatedCopiesFollowTheDatedOneAndTiesGoByIdAndEstimatesCount() {
        Article undated = TestArticles.article("a", "t", null, WIRE);
        Article dated = TestArticles.article("z", "t", "2025-03-05", SYNDICATED);
        Article sameDay = TestArticles.article("y", "t", "2025-03-05", WIRE);
        assertThat(detector.duplicates(List.of(undated, dated, sameDay))).isEqualTo(Map.of("a", "y", "z", "y"));

        Article estimatedEarlier = TestArticles.withEstimate(TestArticles.article("x", "t", null, WIRE),
                new DateEstimate(LocalDate.parse("2025-03-01"), null, List.of("test")));
        assertThat(detector.duplicates(List.of(dated, estimatedEarlier))).isEqualTo(Map.of("z", "x"));
    }

    @Test
    void shortAndEmptyTextsDoNotBreakIt() {
        Article empty = TestArticles.article("e", "", null, "");
        Article tiny = TestArticles.article("t", "", null, "Hi there");
        Article tinyCopy = TestArticles.article("u", "", null, "hi, THERE!");
        Article punctuation = TestArticles.article("p", "", null, " -- ");
        assertThat(detector.duplicates(List.of(empty, tiny, tinyCopy, punctuation))).isEqualTo(Map.of("u", "t"));
    }

    @Property(tries = 200)
    void identicalTextsWithWordsAreAlwaysDuplicates(@ForAll @StringLength(max = 400) String text) {
        Assume.that(!TermVectors.words(text).isEmpty());
        Article first = TestArticles.article("1", "", null, text);
        Article second = TestArticles.article("2", "", null, text);
        assertThat(detector.duplicates(List.of(second, first))).isEqualTo(Map.of("2", "1"));
    }

    @Property(tries = 100)
    void resultIsDeterministicAndNeverThrows(@ForAll List<@StringLength(max = 200) String> texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) articles.add(TestArticles.article("id" + i, "", null, texts.get(i)));
        Map<String, String> first = detector.duplicates(articles);
        assertThat(new MinHashDuplicateDetector().duplicates(articles)).isEqualTo(first);
        first.forEach((copy, original) -> assertThat(first).doesNotContainKey(original));
    }
}
