package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCleanerTest {

    @Test
    void aParagraphRenderedTwiceInARowIsDroppedButRecurringQuestionsStay() {
        String question = "What inspired you to start a cooking page?";
        List<Block> blocks = List.of(
                Block.text("Anna Smith"),
                Block.text(question),
                Block.text("I always loved baking bread with my grandmother on Sunday mornings, so I started there."),
                Block.text("I always loved baking bread with my grandmother on Sunday mornings, so I started there."),
                Block.text("Ben Jones"),
                Block.text(question),
                Block.text("A friend dared me to post one recipe a day for a year, and I never stopped after that."));

        List<String> paragraphs = BodyCleaner.clean(blocks, "Twenty cooks tell their stories").paragraphs();

        assertThat(paragraphs).filteredOn(question::equals).hasSize(2);
        assertThat(paragraphs).filteredOn(p -> p.startsWith("I always loved")).hasSize(1);
    }

    @Test
    void aBylineWithoutByBeforeADateLineIsNotRunIntoTheLead() {
        List<Block> blocks = List.of(
                Block.text("Jane Doe and John Roe Riverton Gazette"),
                Block.text("Published 10:02 AM EST Nov 19, 2019"),
                Block.text("RIVERTON, Ohio – People across the state are talking about the new harbour wall."),
                Block.text("The council voted on Tuesday to rebuild it at a cost of four million dollars."));

        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(blocks, "Harbour wall to be rebuilt");

        assertThat(cleaned.paragraphs()).containsExactly("People across the state are talking about the new harbour wall.",
                "The council voted on Tuesday to rebuild it at a cost of four million dollars.");
        assertThat(cleaned.published()).isEqualTo("2019-11-19");
    }
}
