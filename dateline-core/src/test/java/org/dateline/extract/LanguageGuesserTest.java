package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void recognisesLanguagesByTheirFunctionWords() {
        assertThat(LanguageGuesser.guess(List.of("The president said that the talks with the north were going well."))).isEqualTo("en");
        assertThat(LanguageGuesser.guess(List.of("Der Präsident sagte, dass die Gespräche mit dem Norden gut verlaufen und nicht enden."))).isEqualTo("de");
        assertThat(LanguageGuesser.guess(List.of("Le président a dit que les négociations avec le nord se passent bien pour la région."))).isEqualTo("fr");
    }

    @Test
    void answersNullWhenUnsure() {
        assertThat(LanguageGuesser.guess(List.of("Kim Trump Moon"))).isNull();
        assertThat(LanguageGuesser.guess(List.of("金正恩 特朗普 文在寅 会谈 继续 进行 顺利"))).isNull();
        assertThat(LanguageGuesser.guess(List.of())).isNull();
    }
}
