package org.dateline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private final EntityLinker linker = new EntityLinker();

    @Test
    void spellingsOfOneNameMergeAcrossArticles() {
        Article a = article("a", "Kim Jong Un met Trump. Kim smiled.", EntityType.PERSON, "Kim Jong Un", "Trump", "Kim");
        Article b = article("b", "Kim Jong-un wrote to Donald Trump.", EntityType.PERSON, "Kim Jong-un", "Donald Trump");
        Article c = article("c", "Kim Jong Un's letter arrived.", EntityType.PERSON, "Kim Jong Un's");

        List<Article> linked = linker.link(List.of(a, b, c));

        assertThat(linked).flatExtracting(Article::entities)
                .filteredOn(m -> m.text().startsWith("Kim"))
                .extracting(EntityMention::canonical)
                .containsOnly("Kim Jong Un");
        assertThat(linked.getFirst().entities()).filteredOn(m -> m.text().equals("Trump"))
                .extracting(EntityMention::canonical).containsExactly("Donald Trump");
    }

    @Test
    void aSurnamePrefersTheFullNameOfItsOwnArticle() {
        Article a = article("a", "Kim Eui-kyeom spoke. Kim Eui-kyeom again. Kim said.", EntityType.PERSON,
                "Kim Eui-kyeom", "Kim Eui-kyeom", "Kim");
        Article b = article("b", "Kim Jong Un. Kim Jong Un. Kim Jong Un.", EntityType.PERSON,
                "Kim Jong Un", "Kim Jong Un", "Kim Jong Un");

        List<Article> linked = linker.link(List.of(a, b));

        assertThat(linked.getFirst().entities()).extracting(EntityMention::canonical).containsOnly("Kim Eui-kyeom");
    }

    @Test
    void acronymsJoinTheirFullNameButPeopleDoNotMergeWithPlaces() {
        Article a = article("a", "United Nations and U.N. and Moon", EntityType.ORGANIZATION, "United Nations", "U.N.");
        List<Article> linked = linker.link(List.of(a));
        assertThat(linked.getFirst().entities()).extracting(EntityMention::canonical).containsOnly("United Nations");
    }

    @Test
    void quoteSpeakersGetTheirCanonicalName() {
        Article a = article("a", "Sarah Sanders said it. Sanders said more.", EntityType.PERSON, "Sarah Sanders", "Sanders")
                .withQuotes(List.of(new Quote("it was warm", "Sanders", null, 0, 5)));
        Quote quote = linker.link(List.of(a)).getFirst().quotes().getFirst();
        assertThat(quote.speakerCanonical()).isEqualTo("Sarah Sanders");
    }

    /** An article whose text contains each name in order, with mentions at the right offsets. */
    private static Article article(String id, String text, EntityType type, String... names) {
        List<EntityMention> mentions = new ArrayList<>();
        int from = 0;
        for (String name : names) {
            int at = text.indexOf(name, from);
            mentions.add(new EntityMention(name, type, null, at, at + name.length()));
            from = at + name.length();
        }
        return new Article(id, id, null, null, null, null, null, null, List.of(), "en", text, List.of(), mentions,
                List.of(), List.of(), null, null, null);
    }
}
