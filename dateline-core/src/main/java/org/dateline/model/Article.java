package org.dateline.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A fully processed article: the output record of the pipeline (one line of articles.jsonl).
 * All offsets index {@link #text()}.
 */
public record Article(String id, String source, String url, String title, String published,
                      DateEstimate publishedEstimate, String outlet, String dateline, List<String> authors,
                      String language, String text, List<Span> sentences, List<EntityMention> entities,
                      List<Timex> timexes, List<Quote> quotes, String duplicateOf, String storyId,
                      String storylineId) {

    public Article {
        authors = List.copyOf(authors);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        quotes = List.copyOf(quotes);
    }

    /** The calendar day the input states for publication, or null. */
    public LocalDate publishedDate() {
        return PublishedDates.day(published);
    }

    public Article withEntities(List<EntityMention> newEntities) {
        return new Article(id, source, url, title, published, publishedEstimate, outlet, dateline, authors,
                language, text, sentences, newEntities, timexes, quotes, duplicateOf, storyId, storylineId);
    }

    public Article withTimexes(List<Timex> newTimexes) {
        return new Article(id, source, url, title, published, publishedEstimate, outlet, dateline, authors,
                language, text, sentences, entities, newTimexes, quotes, duplicateOf, storyId, storylineId);
    }

    public Article withQuotes(List<Quote> newQuotes) {
        return new Article(id, source, url, title, published, publishedEstimate, outlet, dateline, authors,
                language, text, sentences, entities, timexes, newQuotes, duplicateOf, storyId, storylineId);
    }

    public Article withPublishedEstimate(DateEstimate estimate) {
        return new Article(id, source, url, title, published, estimate, outlet, dateline, authors,
                language, text, sentences, entities, timexes, quotes, duplicateOf, storyId, storylineId);
    }

    public Article withGrouping(String newDuplicateOf, String newStoryId, String newStorylineId) {
        return new Article(id, source, url, title, published, publishedEstimate, outlet, dateline, authors,
                language, text, sentences, entities, timexes, quotes, newDuplicateOf, newStoryId, newStorylineId);
    }
}
