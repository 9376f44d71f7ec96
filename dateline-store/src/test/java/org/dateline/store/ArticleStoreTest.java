package org.dateline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;
import org.dateline.model.Corpus;
import org.dateline.model.DateEstimate;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Span;
import org.dateline.model.Storyline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

    @TempDir
    Path dir;

    @Test
    void findsArticlesByWordsAndEntitiesAndKeepsThemAcrossReopening() {
        Article summit = article("a1", "Kim asks Trump for another meeting",
                "Kim Jong Un asked for a second summit. The letter was warm.");
        Article weather = article("a2", "Storm hits the coast", "Heavy rain fell on Tuesday.");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.put(new Corpus(List.of(summit, weather),
                    List.of(new Storyline("storyline-a1", "Summits", List.of("a1"), List.of(), List.of())), List.of()));
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertThat(store.size()).isEqualTo(2);
            List<SearchHit> hits = store.search("summits", 10);
            assertThat(hits).extracting(SearchHit::id).containsExactly("a1");
            assertThat(hits.getFirst().snippet()).isEqualTo("Kim Jong Un asked for a second summit.");
            assertThat(store.search("entities:\"Kim Jong Un\"", 10)).extracting(SearchHit::id).containsExactly("a1");
            assertThat(store.search("rain AND (unclosed", 10)).isNotNull();
            assertThat(store.article("a1")).get().isEqualTo(summit);
            assertThat(store.storylines()).extracting(Storyline::id).containsExactly("storyline-a1");
        }
    }

    @Test
    void aRerunReplacesArticlesInsteadOfDuplicatingThem() {
        Article first = article("a1", "Old title", "Old text about a summit.");
        Article second = article("a1", "New title", "New text about a summit.");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.put(new Corpus(List.of(first), List.of(), List.of()));
            store.put(new Corpus(List.of(second), List.of(), List.of()));
            assertThat(store.size()).isEqualTo(1);
            assertThat(store.search("summit", 10)).extracting(SearchHit::title).containsExactly("New title");
        }
    }

    private static Article article(String id, String title, String text) {
        int end = text.indexOf('.') + 1;
        return new Article(id, id + ".txt", null, title, null,
                new DateEstimate(LocalDate.of(2019, 2, 1), null, List.of("mentions February 2019")), "Reuters", null,
                List.of(), "en", text, List.of(new Span(0, end)),
                text.startsWith("Kim Jong Un")
                        ? List.of(new EntityMention("Kim Jong Un", EntityType.PERSON, "Kim Jong Un", 0, 11)) : List.of(),
                List.of(), List.of(), null, null, "storyline-" + id);
    }
}
