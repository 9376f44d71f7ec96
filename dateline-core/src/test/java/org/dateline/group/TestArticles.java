package org.dateline.group;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/** Builds synthetic, hand-annotated Articles for the grouping, telling and writing tests. */
public final class TestArticles {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+[\"”’]?|$)");

    private TestArticles() {
    }

    /** An article with sentences split at . ! ? and no entities, timexes or quotes. */
    public static Article article(String id, String title, String published, String text) {
        return new Article(id, id + ".txt", null, title, published, null, null, null, List.of(), "en", text,
                sentences(text), List.of(), List.of(), List.of(), null, null, null);
    }

    /** The same article with every occurrence of the given names tagged (name to type), canonical = name. */
    public static Article withEntities(Article article, Map<String, EntityType> names) {
        List<EntityMention> mentions = new ArrayList<>();
        names.forEach((name, type) -> {
            Matcher m = Pattern.compile(Pattern.quote(name)).matcher(article.text());
            while (m.find()) mentions.add(new EntityMention(name, type, name, m.start(), m.end()));
        });
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return article.withEntities(mentions);
    }

    /** The same article with the given quote (which must occur in its text) attributed to the speaker. */
    public static Article withQuote(Article article, String quote, String speaker) {
        int start = article.text().indexOf(quote);
        if (start < 0) throw new IllegalArgumentException("quote not in text: " + quote);
        List<Quote> quotes = new ArrayList<>(article.quotes());
        quotes.add(new Quote(quote, speaker, speaker, start, start + quote.length()));
        return article.withQuotes(quotes);
    }

    public static Article withEstimate(Article article, DateEstimate estimate) {
        return article.withPublishedEstimate(estimate);
    }

    /** The three bundled seed articles (Trump-Kim summits), bodies from examples/summits, entities by hand. */
    public static List<Article> seeds() {
        Map<String, EntityType> names = Map.ofEntries(
                Map.entry("Donald Trump", EntityType.PERSON), Map.entry("Trump", EntityType.PERSON),
                Map.entry("Kim Jong-un", EntityType.PERSON), Map.entry("Kim Jong Un", EntityType.PERSON),
                Map.entry("Moon Jae-in", EntityType.PERSON), Map.entry("Moon", EntityType.PERSON),
                Map.entry("North Korea", EntityType.LOCATION), Map.entry("South Korea", EntityType.LOCATION),
                Map.entry("Pyongyang", EntityType.LOCATION), Map.entry("Washington", EntityType.LOCATION),
                Map.entry("Hanoi", EntityType.LOCATION), Map.entry("Singapore", EntityType.LOCATION),
                Map.entry("White House", EntityType.ORGANIZATION), Map.entry("Seoul", EntityType.LOCATION));
        return List.of(
                withEntities(article("000", "US & North Korea in talks to arrange 3rd Trump-Kim summit, Moon says",
                        "2019-06-26T10:31", body("000_317ed6e72805f1c3.txt")), names),
                withEntities(article("002", "US President Donald Trump Open To Third Meeting With North Korea's Kim Jong-Un",
                        null, body("002_08c49bae68cbef8e.txt")), names),
                withEntities(article("004", "North Korea's Kim asks Trump for another meeting in 'very warm' letter",
                        null, body("004_f39618a8c25621a2.txt")), names));
    }

    private static String body(String file) {
        Path path = Path.of("..", "examples", "summits", file);
        try {
            return Files.readString(path).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Span> sentences(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > start) spans.add(new Span(start, end));
        }
        return spans;
    }
}
