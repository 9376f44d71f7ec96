package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.extract.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimexEvaluatorTest {

    private static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2018-09-10" functionInDocument="CREATION_TIME">20180910</TIMEX3></DCT>
            <TEXT>
            Sanders said on <TIMEX3 tid="t1" type="DATE" value="2018-09-10">Monday</TIMEX3> that the letter came \
            <TIMEX3 tid="t2" type="DATE" value="2018-W36">last week</TIMEX3> and talks take \
            <TIMEX3 tid="t3" type="DURATION" value="P4D">four days</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void readsTimeMlAndScoresSpansAndValues(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("doc.tml"), TML);
        List<TimexEvaluator.GoldDocument> documents = TimexEvaluator.readFolder(folder);
        assertThat(documents).hasSize(1);
        TimexEvaluator.GoldDocument document = documents.getFirst();
        assertThat(document.creationTime()).isEqualTo(LocalDate.of(2018, 9, 10));
        assertThat(document.timexes()).extracting(Timex::text).containsExactly("Monday", "last week", "four days");
        assertThat(document.timexes()).allSatisfy(t ->
                assertThat(document.text().substring(t.start(), t.end())).isEqualTo(t.text()));

        // A tagger that finds "Monday" with a wrong value, "last week" over a wider span, and one spurious timex.
        TemporalTagger fake = (text, anchor) -> {
            int monday = text.indexOf("Monday");
            int lastWeek = text.indexOf("the letter");
            return List.of(new Timex("Monday", TimexType.DATE, "2018-09-03", monday, monday + 6),
                    new Timex(text.substring(lastWeek, lastWeek + 29), TimexType.DATE, "2018-W36", lastWeek,
                            lastWeek + 29),
                    new Timex("Sanders", TimexType.DATE, "2018", 1, 8));
        };
        TimexEvaluator.Metrics metrics = new TimexEvaluator().evaluate(fake, documents);

        assertThat(metrics.gold()).isEqualTo(3);
        assertThat(metrics.system()).isEqualTo(3);
        assertThat(metrics.strict()).isEqualTo(1);
        assertThat(metrics.relaxed()).isEqualTo(2);
        assertThat(metrics.valueCorrect()).isEqualTo(1);
        assertThat(metrics.valueF1()).isEqualTo(1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(metrics.toTable()).contains("value").contains("strict").contains("relaxed");
        assertThat(metrics.disagreements()).extracting(TimexEvaluator.Disagreement::kind)
                .containsExactlyInAnyOrder("VALUE", "MISSED", "SPURIOUS");
    }

    /**
     * The rule tagger on TempEval-3 training data (TimeBank + AQUAINT) and MEANTIME, on the held-out third of
     * the documents (the rules were tuned on the other two thirds).
     */
    @Test
    void ruleTaggerOnHeldOutGoldData() {
        Path shared = SharedData.path("");
        Path tempeval = shared.resolve("data/timex-tempeval3/TBAQ-cleaned");
        Path meantime = shared.resolve("data/meantime");
        assumeThat(Files.isDirectory(tempeval) && Files.isDirectory(meantime))
                .as("shared gold data (timex-tempeval3, meantime) not found under " + shared + "; skipping")
                .isTrue();
        List<TimexEvaluator.GoldDocument> heldOut = new java.util.ArrayList<>();
        for (Path folder : List.of(tempeval, meantime)) {
            TimexEvaluator.readFolder(folder).stream().filter(d -> TimexEvaluator.isHeldOut(d.id())).forEach(heldOut::add);
        }
        TimexEvaluator.Metrics metrics = new TimexEvaluator().evaluate(new RuleTemporalTagger(), heldOut);
        System.out.println("RuleTemporalTagger, held-out split\n" + metrics.toTable());
        assertThat(metrics.documents()).isGreaterThan(100);
        assertThat(metrics.relaxedF1()).isGreaterThan(0.90);
        assertThat(metrics.valueF1()).isGreaterThan(0.76);
    }
}
