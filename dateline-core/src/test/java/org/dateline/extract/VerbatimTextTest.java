package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

/** Clean plain text keeps its exact form, so offsets computed on the caller's text stay valid. */
class VerbatimTextTest {

    private final DefaultExtractor extractor = new DefaultExtractor();

    @Test
    void cleanTextWithSingleLineBreaksComesOutUnchanged() {
        String text = "The company said on Monday that sales rose 5% in the third quarter.\n"
                + "Shares fell 2 percent last week, two days after the report.\n";
        assertThat(extractor.extract(RawDocument.text("t1", text)).text()).isEqualTo(text);
    }

    @Test
    void textWithJunkIsStillCleaned() {
        String text = "Advertisement\nX\n\nThe company said on Monday that sales rose 5% in the third quarter, "
                + "beating forecasts by a wide margin.\n\nShow comments";
        String body = extractor.extract(RawDocument.text("t2", text)).text();
        assertThat(body).doesNotContain("Advertisement").doesNotContain("Show comments");
    }

    @Test
    void titleDateAndDatelineLinesStayInTheTextAndAreStillRead() {
        String text = "Airbus test flight delayed after accident\nSeptember 01, 2007\n"
                + "TOULOUSE, France (AP) _ A test flight planned for today was called off after an accident.\n";
        var article = extractor.extract(RawDocument.text("t3", text));
        assertThat(article.text()).isEqualTo(text);
        assertThat(article.title()).isEqualTo("Airbus test flight delayed after accident");
        assertThat(article.published()).startsWith("2007-09-01");
    }

    @Test
    void boilerplateOnlyAtTheEndLeavesTheRestVerbatim() {
        String story = "\nShares of Sansui fell 5% on Tuesday, the company said.\n\nThe yen soared in recent years.\n";
        String text = story + "\nJoann S. Lublin in London contributed to this article.\n";
        String body = extractor.extract(RawDocument.text("t4", text)).text();
        assertThat(text).startsWith(body);
        assertThat(body).doesNotContain("contributed").contains("The yen soared in recent years.");
    }

    @Test
    void rowsOfFiguresAtTheEndAreContentNotTags() {
        String text = "The bombings killed 247 people in Kenya and 10 in Tanzania, officials said on Monday.\n\n"
                + "TANZANIA:\nTotal dead: 10\nAmericans: 0\nInjured: 74\nHospitalized: 6\n";
        assertThat(extractor.extract(RawDocument.text("t5", text)).text()).isEqualTo(text);
    }

    @Property
    void sentencesOfPlainWordsSurviveVerbatim(@ForAll @AlphaChars @StringLength(min = 3, max = 12) String word) {
        String text = "Officials said the " + word + " talks would resume next week in the capital.\n"
                + "They met on Monday for several hours and agreed to meet again.";
        assertThat(extractor.extract(RawDocument.text("p", text)).text()).isEqualTo(text);
    }
}
