package org.dateline.tell;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.group.TermVectors;
import org.dateline.model.Article;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.Storyline;
import org.dateline.model.TimelineEvent;
import org.dateline.time.EventDate;
import org.dateline.time.EventDater;
import org.dateline.time.LeadEventDater;

/**
 * Tells a storyline by extraction only, nothing generated:
 * <ul>
 * <li>storyline title: the title of its most central article (highest TF-IDF cosine to the members' centroid);</li>
 * <li>one event per story, dated by the {@link EventDater} (default {@link LeadEventDater}: the day the lead
 *     reports, else the stated or estimated publication date): the earliest date among its articles, dates
 *     resting on stated publication dates before estimated ones, with the dater's evidence; a story no
 *     article of which can be dated is not placed on the timeline and its articles are listed as undated;</li>
 * <li>event title: the story's most central article's title; summary: its one or two most central sentences
 *     by a LexRank-like score (PageRank over the TF-IDF cosine graph of the story's sentences), skipping short
 *     sentences, headings and sentences that are mostly quotation;</li>
 * <li>quotes: the story's quotes with a speaker, deduplicated by text, at most five.</li>
 * </ul>
 * Thread-safe and deterministic.
 */
public final class ExtractiveTimelineBuilder implements TimelineBuilder {

    private static final int MAX_QUOTES = 5;
    private static final int SUMMARY_SENTENCES = 2;
    private static final int SUMMARY_MAX_CHARS = 420;
    private static final int MIN_SENTENCE_WORDS = 6;
    private static final int SENTENCES_PER_ARTICLE = 15;
    private static final double MAX_QUOTED_SHARE = 0.5;
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 40;
    private static final int FALLBACK_TITLE_CHARS = 120;
    private static final Comparator<EventDate> EARLIEST_STATED_FIRST = Comparator
            .comparing(EventDate::estimated).thenComparingLong(d -> midpoint(d.value())).thenComparing(EventDate::value);

    /** A TIMEX3 date value that can be placed on a timeline: a day, month, year or decade ("PAST_REF" cannot). */
    private static final Pattern PLACEABLE = Pattern.compile("\\d{3}|\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?");

    private final EventDater eventDater;

    public ExtractiveTimelineBuilder() {
        this(new LeadEventDater());
    }

    /** @param eventDater dates what each article reports; a story's event gets its articles' best date */
    public ExtractiveTimelineBuilder(EventDater eventDater) {
        this.eventDater = eventDater;
    }

    @Override
    public Storyline build(String storylineId, List<List<Article>> stories) {
        List<Article> members = stories.stream().flatMap(List::stream).toList();
        List<TimelineEvent> events = new ArrayList<>();
        List<String> undated = new ArrayList<>();
        for (List<Article> story : stories) {
            if (story.isEmpty()) continue;
            List<String> ids = story.stream().map(Article::id).toList();
            EventDate date = eventDate(story);
            if (date == null) {
                undated.addAll(ids);
                continue;
            }
            Article central = mostCentral(story);
            events.add(new TimelineEvent(date.value(), date.estimated(), List.of(date.evidence()), storyId(story),
                    titleOf(central), summary(story), ids, quotes(story)));
        }
        events.sort(Comparator.comparingLong((TimelineEvent e) -> midpoint(e.date()))
                .thenComparing(TimelineEvent::date).thenComparing(TimelineEvent::storyId));
        String title = members.isEmpty() ? storylineId : titleOf(mostCentral(members));
        return new Storyline(storylineId, title, members.stream().map(Article::id).toList(), events, undated);
    }

    private static String storyId(List<Article> story) {
        String id = story.getFirst().storyId();
        return id != null ? id : "story-" + story.getFirst().id();
    }

    /**
     * The story's event date: the earliest date its articles' event dater gives, a date from stated
     * publication dates preferred over one from estimates; null when no article can be placed.
     */
    private EventDate eventDate(List<Article> story) {
        EventDate best = null;
        for (Article article : story) {
            EventDate date = dateOf(article);
            if (date == null || !date.known() || !placeable(date.value())) continue;
            EventDate sourced = new EventDate(date.value(), date.estimated(),
                    date.evidence() + " (" + sourceName(article) + ")");
            if (best == null || EARLIEST_STATED_FIRST.compare(sourced, best) < 0) best = sourced;
        }
        return best;
    }

    /** The dater's answer; a dater failing on odd content leaves the article undated rather than the storyline untold. */
    private EventDate dateOf(Article article) {
        try {
            return eventDater.dateOf(article);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean placeable(String value) {
        if (!PLACEABLE.matcher(value).matches()) return false;
        try {
            midpoint(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The middle day (epoch day) of a placeable date value, so "2019-04" sorts among April's days, not first. */
    static long midpoint(String value) {
        String[] parts = value.split("-");
        if (parts[0].length() == 3) {
            int decade = Integer.parseInt(parts[0]) * 10;
            return (LocalDate.of(decade, 1, 1).toEpochDay() + LocalDate.of(decade + 9, 12, 31).toEpochDay()) / 2;
        }
        int year = Integer.parseInt(parts[0]);
        if (parts.length == 1) return (LocalDate.of(year, 1, 1).toEpochDay() + LocalDate.of(year, 12, 31).toEpochDay()) / 2;
        YearMonth month = YearMonth.of(year, Integer.parseInt(parts[1]));
        if (parts.length == 2) return (month.atDay(1).toEpochDay() + month.atEndOfMonth().toEpochDay()) / 2;
        return month.atDay(Integer.parseInt(parts[2])).toEpochDay();
    }

    private static String sourceName(Article article) {
        return article.outlet() != null && !article.outlet().isBlank() ? article.outlet() : article.id();
    }

    /**
     * The article closest to the centroid of the given articles' TF-IDF vectors, preferring originals over
     * copies and titled articles over untitled ones (its title names the event).
     */
    private static Article mostCentral(List<Article> articles) {
        List<Article> originals = articles.stream().filter(a -> a.duplicateOf() == null).toList();
        List<Article> pool = originals.isEmpty() ? articles : originals;
        List<Article> titled = pool.stream().filter(ExtractiveTimelineBuilder::hasTitle).toList();
        List<Article> candidates = titled.isEmpty() ? pool : titled;
        List<Map<String, Double>> vectors = tfIdfVectors(candidates.stream()
                .map(a -> (a.title() == null ? "" : a.title()) + "\n" + a.text()).toList());
        Map<String, Double> centroid = new HashMap<>();
        vectors.forEach(v -> TermVectors.addInto(centroid, v));
        Map<String, Double> unitCentroid = TermVectors.normalised(centroid);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double score = TermVectors.cosine(vectors.get(i), unitCentroid);
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return candidates.get(best);
    }

    private static boolean hasTitle(Article article) {
        return article.title() != null && !article.title().isBlank();
    }

    private static String titleOf(Article article) {
        if (hasTitle(article)) return article.title().strip();
        String text = article.sentences().isEmpty() ? article.text() : article.sentences().getFirst().of(article.text());
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= FALLBACK_TITLE_CHARS ? line : line.substring(0, FALLBACK_TITLE_CHARS).strip() + "…";
    }

    /** The story's most central sentences, in reading order, within the length budget. */
    static String summary(List<Article> story) {
        List<Article> originals = story.stream().filter(a -> a.duplicateOf() == null).toList();
        List<String> sentences = summaryCandidates(originals.isEmpty() ? story : originals);
        if (sentences.isEmpty()) return "";
        double[] scores = lexRank(tfIdfVectors(sentences));
        List<Integer> ranked = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) ranked.add(i);
        ranked.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        List<Integer> chosen = new ArrayList<>();
        int length = 0;
        for (int i : ranked) {
            if (chosen.size() == SUMMARY_SENTENCES) break;
            int added = sentences.get(i).length() + (chosen.isEmpty() ? 0 : 1);
            if (!chosen.isEmpty() && length + added > SUMMARY_MAX_CHARS) continue;
            chosen.add(i);
            length += added;
        }
        chosen.sort(null);
        return String.join(" ", chosen.stream().map(sentences::get).toList());
    }

    /** Informative sentences of the articles, each text once, from the start of each article (the news lead). */
    private static List<String> summaryCandidates(List<Article> articles) {
        List<String> candidates = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (Article article : articles) {
            int taken = 0;
            for (Span span : article.sentences()) {
                if (taken == SENTENCES_PER_ARTICLE) break;
                if (span.end() > article.text().length()) continue;
                String sentence = span.of(article.text()).strip().replaceAll("\\s+", " ");
                if (!informative(sentence, span, article.quotes())) continue;
                if (seen.add(TermVectors.words(sentence))) {
                    candidates.add(sentence);
                    taken++;
                }
            }
        }
        return candidates;
    }

    private static boolean informative(String sentence, Span span, List<Quote> quotes) {
        if (TermVectors.words(sentence).size() < MIN_SENTENCE_WORDS) return false;
        if (sentence.chars().noneMatch(Character::isLowerCase)) return false;
        int quoted = 0;
        for (Quote quote : quotes) {
            int start = Math.max(span.start(), quote.start());
            int end = Math.min(span.end(), quote.end());
            if (end > start) quoted += end - start;
        }
        return quoted <= MAX_QUOTED_SHARE * (span.end() - span.start()) && !startsAndEndsQuoted(sentence);
    }

    /** A sentence that is nothing but a quotation ("We will win," he said is fine; "We will win." is not). */
    private static boolean startsAndEndsQuoted(String sentence) {
        String opening = "\"“‘'«";
        String closing = "\"”’'»";
        if (sentence.length() < 2 || opening.indexOf(sentence.charAt(0)) < 0) return false;
        char last = sentence.charAt(sentence.length() - 1);
        char beforeLast = sentence.charAt(sentence.length() - 2);
        return closing.indexOf(last) >= 0 || closing.indexOf(beforeLast) >= 0;
    }

    private static List<Map<String, Double>> tfIdfVectors(List<String> texts) {
        List<Map<String, Double>> bags = texts.stream()
                .map(t -> TermVectors.counts(TermVectors.contentWords(t), 1.0)).toList();
        Map<String, Double> idf = TermVectors.inverseDocumentFrequency(bags);
        return bags.stream().map(b -> TermVectors.tfIdf(b, idf, bags.size())).toList();
    }

    /** Continuous LexRank: PageRank with damping over the cosine-weighted sentence graph. */
    private static double[] lexRank(List<Map<String, Double>> vectors) {
        int n = vectors.size();
        double[][] weights = new double[n][n];
        double[] rowSums = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double similarity = TermVectors.cosine(vectors.get(i), vectors.get(j));
                weights[i][j] = similarity;
                weights[j][i] = similarity;
                rowSums[i] += similarity;
                rowSums[j] += similarity;
            }
        }
        double[] rank = new double[n];
        Arrays.fill(rank, 1.0 / n);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] next = new double[n];
            Arrays.fill(next, (1 - DAMPING) / n);
            for (int i = 0; i < n; i++) {
                if (rowSums[i] == 0) {
                    for (int j = 0; j < n; j++) next[j] += DAMPING * rank[i] / n;
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (weights[i][j] > 0) next[j] += DAMPING * rank[i] * weights[i][j] / rowSums[i];
                }
            }
            rank = next;
        }
        return rank;
    }

    private static List<Quote> quotes(List<Article> story) {
        List<Quote> quotes = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        List<Article> ordered = story.stream()
                .sorted(Comparator.comparing((Article a) -> a.duplicateOf() != null)).toList();
        for (Article article : ordered) {
            for (Quote quote : article.quotes()) {
                if (quotes.size() == MAX_QUOTES) return quotes;
                if (quote.speaker() == null || quote.speaker().isBlank()) continue;
                List<String> words = TermVectors.words(quote.text());
                if (!words.isEmpty() && seen.add(words)) quotes.add(quote);
            }
        }
        return quotes;
    }
}
