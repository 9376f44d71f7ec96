package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.extract.SharedData;
import org.junit.jupiter.api.Test;

class EventDaterEvaluatorTest {

    @Test
    void anAnswerCountsAtTheGoldsGranularityAndNoCoarser() {
        assertThat(EventDaterEvaluator.sameAt("2007", "2007-10-05")).isTrue();
        assertThat(EventDaterEvaluator.sameAt("2007-10", "2007-10-05")).isTrue();
        assertThat(EventDaterEvaluator.sameAt("2007-10", "2007")).isFalse();
        assertThat(EventDaterEvaluator.sameAt("2007-10-05", "2007-10-05")).isTrue();
        assertThat(EventDaterEvaluator.sameAt("2007-01", "2007-10")).isFalse();
        assertThat(EventDaterEvaluator.sameAt("200", "2007")).isFalse();
        // A quarter stands for its first day, as the TimeLine gold writes it.
        assertThat(EventDaterEvaluator.sameAt("2009-07-01", "2009-Q3")).isTrue();
        assertThat(EventDaterEvaluator.granularity("2009-07")).isEqualTo("month");
    }

    /** On the SemEval-2015 TimeLine gold, the dater must beat the publication date of each article by far. */
    @Test
    void leadEventDaterOnTimelineGold() {
        Path shared = SharedData.path("");
        Path timelines = shared.resolve("data/timeline-semeval2015");
        assumeThat(Files.isDirectory(timelines)).as("SemEval-2015 TimeLine not found under " + shared + "; skipping")
                .isTrue();
        var articles = EventDaterEvaluator.readArticles(timelines, new RuleTemporalTagger(), id -> true);
        var gold = EventDaterEvaluator.readTimelines(timelines, id -> true);
        List<EventDaterEvaluator.Metrics> results = new EventDaterEvaluator().evaluate(new LeadEventDater(), articles, gold);
        System.out.println("LeadEventDater on SemEval-2015 TimeLine\n" + EventDaterEvaluator.toTable(results));

        EventDaterEvaluator.Metrics ours = results.get(0);
        EventDaterEvaluator.Metrics publication = results.get(1);
        assertThat(articles).hasSizeGreaterThan(80);
        assertThat(ours.mentions()).isGreaterThan(500).isEqualTo(publication.mentions());
        assertThat(ours.accuracy()).isGreaterThan(0.7).isGreaterThan(publication.accuracy() + 0.15);
    }
}
