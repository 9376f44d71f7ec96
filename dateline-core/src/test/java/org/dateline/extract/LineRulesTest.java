package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Advertisement", "X", "Show comments", "Like this story? Share it with a friend!",
            "Share on Facebook Share on Twitter Share via Email",
            "Also on example.com Something else happened somewhere else entirely",
            "READ MORE: Budding bromance? A headline of another story", "Related: Council debates zoning",
            "FILE PHOTO: Two leaders walk after lunch in Singapore June 12, 2018. REUTERS/Jonathan Ernst/File Photo",
            "The smoke is seen from the harbor on Monday evening. (AP Photo/Kim Lee)",
            "Workers inspect a transformer near the plant. Photograph: Reuters",
            "Slideshow (3 Images)", "(This version of the story was refiled to fix subhead)",
            "Our Standards:The Thomson Reuters Trust Principles.", "Source link", "Ads by Revcontent",
            "« Previous article U.S. urges Cambodia to remove restrictions", "Next article » UK eurosceptics fail to agree",
            "Copyright 2025 The Associated Press. All rights reserved.", "142 Comments", "3 hours ago", "© Reuters",
            "This material may not be published, broadcast, rewritten or redistributed.",
            "Protesters march downtown on Saturday. (AP Photo)", "The scene on Monday. (Photo: Jane Roe / Courier)",
            "Tags: Transit, City Council", "f t in ✉", "Caption", "Back to Gallery", "Image 2 of 5", "Published 1 day ago",
            "Updated at 1:23 p.m.", "Follow AP's full coverage of Brexit at https://example.org/brexit",
            "reporter@example.com", "Get the latest updates right in your inbox.",
            "Associated Press writers Jane Roe and John Doe contributed to this report.",
            "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron lefticon",
    })
    void recognisesPageFurniture(String line) {
        assertThat(LineRules.isFurniture(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The likely timing of a second meeting was unclear.", "WINDOW OF OPPORTUNITY",
            "Also on Tuesday, the ministers met in Brussels to discuss the budget.",
            "More than 100 people attended the vigil on Sunday night.",
            "She shared a photo of the damage with reporters and asked for help.",
            "Reporters asked whether the NATO/Russia council would meet again this year, and officials declined to say.",
            "Copyright lawyers said the ruling would change how music is licensed.",
            "The names of the children may not be published under the court order.",
            "She deleted the post hours later (the image was widely shared).", "4:14 p.m.", "10 p.m.", "___",
            "4:40 p.m.:", "14:30", "___.",
    })
    void keepsArticleText(String line) {
        assertThat(LineRules.isFurniture(line)).isFalse();
    }

    @Test
    void creditsGiveReportersAndWritersButNotEditors() {
        assertThat(LineRules.creditedAuthors("Reporting by Steve Holland in WASHINGTON and Hyonhee Shin in SEOUL; "
                + "Writing by Roberta Rampton; Editing by James Dalgleish, Kevin Drawbaugh and Simon Cameron-Moore"))
                .containsExactly("Steve Holland", "Hyonhee Shin", "Roberta Rampton");
        assertThat(LineRules.creditedAuthors("Additional reporting by Jane Roe; Editing by Sam Poe")).isEmpty();
        assertThat(LineRules.creditedAuthors("(Reporting by Greg Roumeliotis, Koh Gui Qing, with reporting by Herb Lash, "
                + "editing by Martin Howell.)")).containsExactly("Greg Roumeliotis", "Koh Gui Qing");
        assertThat(LineRules.creditedAuthors("The report was written by a committee of experts.")).isNull();
    }

    @Test
    void bylinesGiveNamesWithoutRolesOrDates() {
        assertThat(LineRules.bylineAuthors("By Maria Delgado, Staff Writer")).containsExactly("Maria Delgado");
        assertThat(LineRules.bylineAuthors("Written by Tom Barrett and Priya Nair • Published 14 August 2024"))
                .containsExactly("Tom Barrett", "Priya Nair");
        assertThat(LineRules.bylineAuthors("by the river the children played all afternoon")).isNull();
    }

    @Test
    void aBareAgencyLineNamesTheAgency() {
        assertThat(LineRules.agency("IANS")).isEqualTo("IANS");
        assertThat(LineRules.agency("(AFP)")).isEqualTo("AFP");
        assertThat(LineRules.agency("(Reuters)")).isEqualTo("Reuters");
        assertThat(LineRules.agency("US")).isNull();
        assertThat(LineRules.agency("The end")).isNull();
    }

    @Test
    void dateLinesAreDatesAndLittleElse() {
        assertThat(LineRules.isDateLine("26 Jun, 2019 10:31")).isTrue();
        assertThat(LineRules.isDateLine("Published: Monday, March 3, 2025 at 9:15 am")).isTrue();
        assertThat(LineRules.isDateLine("The summit took place on June 12, 2018 in Singapore.")).isFalse();
        assertThat(LineRules.isDateLine("Published 10:02 AM EST Nov 19, 2019")).isTrue();
        assertThat(LineRules.isDateLine("segunda-feira, 22 de janeiro de 2018 às 0:13")).isTrue();
        assertThat(LineRules.isDateLine("Meeting on 3 May 2019 at 10:00 in Paris")).isFalse();
    }

    @Test
    void headingsAndSentenceEnds() {
        assertThat(LineRules.isHeadingLike("WINDOW OF OPPORTUNITY")).isTrue();
        assertThat(LineRules.isHeadingLike("He said so.")).isFalse();
        assertThat(LineRules.endsSentence("“It was a very warm letter,” she said.”")).isTrue();
        assertThat(LineRules.endsSentence("abolish its nuclear programs, and the")).isFalse();
        assertThat(LineRules.endsSentence("これでようやく元の操作性を取り戻せました。")).isTrue();
        assertThat(LineRules.endsSentence("「再起動して完了」")).isFalse();
    }

    @Test
    void relatedStoryLabelsInSeveralLanguages() {
        assertThat(LineRules.isRelatedLabel("You may also like")).isTrue();
        assertThat(LineRules.isRelatedLabel("Você pode gostar...")).isTrue();
        assertThat(LineRules.isRelatedLabel("Leggi anche")).isTrue();
        assertThat(LineRules.isRelatedLabel("More in Minnesota Wild")).isTrue();
        assertThat(LineRules.isRelatedLabel("Das könnte Sie auch interessieren:")).isTrue();
        assertThat(LineRules.isRelatedLabel("More than 100 million people may have perished in the plague.")).isFalse();
        assertThat(LineRules.isRelatedLabel("You may also like the new cycle lane, the mayor said.")).isFalse();
    }

    @Test
    void readingTimeLabelsAndAuthorPromosAreFurniture() {
        assertThat(LineRules.isFurniture("Tempo de leitura: 1 minuto")).isTrue();
        assertThat(LineRules.isFurniture("Reading time: 4 minutes")).isTrue();
        assertThat(LineRules.isFurniture("4 min read")).isTrue();
        assertThat(LineRules.isFurniture("Follow him on Twitter @someone. Follow us on Facebook.")).isTrue();
        assertThat(LineRules.isFurniture("Have a tip? The reporter may be reached at desk@example.org.")).isTrue();
        assertThat(LineRules.isFurniture("Reading time for pupils rose to 20 minutes a day, the study found.")).isFalse();
    }

    @Test
    void wordsAreRunsOfLettersAndNumbers() {
        assertThat(LineRules.wordCount("It's 10:31, ça va? — Ünal")).isEqualTo(7);
        assertThat(LineRules.wordCount("  ")).isZero();
        assertThat(LineRules.wordCount("東京 2019年")).isEqualTo(2);
    }
}
