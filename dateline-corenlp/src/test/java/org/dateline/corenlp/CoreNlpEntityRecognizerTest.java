package org.dateline.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.annotate.EntityRecognizers;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.junit.jupiter.api.Test;

class CoreNlpEntityRecognizerTest {

    @Test
    void findsPeopleOrganisationsAndPlacesWithOffsetsIntoTheText() {
        String text = "White House spokeswoman Sarah Sanders said on Monday that Kim Jong Un wrote to Donald Trump.\n\n"
                + "Moon Jae-in will travel to Pyongyang, the Reuters agency reported.";
        List<EntityMention> mentions = new CoreNlpEntityRecognizer().recognize(text, List.of());

        for (EntityMention m : mentions) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.PERSON).extracting(EntityMention::text)
                .contains("Sarah Sanders", "Kim Jong Un", "Donald Trump");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.LOCATION).extracting(EntityMention::text)
                .contains("Pyongyang");
        assertThat(mentions).filteredOn(m -> m.type() == EntityType.ORGANIZATION).extracting(EntityMention::text)
                .contains("White House");
    }

    @Test
    void theCoreFindsThisEngineThroughServiceLoader() {
        assertThat(EntityRecognizers.best().name()).isEqualTo("corenlp");
    }
}
