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
}
