package org.dateline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.dateline.annotate.EntityLinker;
import org.dateline.annotate.EntityRecognizer;
import org.dateline.annotate.QuoteExtractor;
import org.dateline.annotate.SentenceSplitter;
import org.dateline.extract.Extractor;
import org.dateline.group.ArticleClusterer;
import org.dateline.group.NearDuplicateDetector;
import org.dateline.model.Article;
import org.dateline.model.Corpus;
import org.dateline.model.DateEstimate;
import org.dateline.model.DocumentError;
import org.dateline.model.EntityMention;
import org.dateline.model.ExtractedArticle;
import org.dateline.model.PublishedDates;
import org.dateline.model.RawDocument;
import org.dateline.model.Span;
import org.dateline.model.Storyline;
import org.dateline.model.Timex;
import org.dateline.read.DocumentReader;
import org.dateline.read.ReadResult;
import org.dateline.tell.TimelineBuilder;
import org.dateline.time.DocumentDater;
import org.dateline.time.EventDate;
import org.dateline.time.EventDater;
import org.dateline.time.TemporalTagger;

/**
 * The whole path from raw pages to storylines. Per-document stages (extract, annotate) are pure functions
 * run in parallel; corpus stages (link, group, date, tell) see every article. Built once, shared by threads.
 * Obtain one from {@link Dateline#pipeline()} or {@link Dateline#builder()}.
 */
public final class Pipeline {

    /** An estimate this narrow is a good enough anchor to resolve the article's relative dates against. */
    private static final long ANCHOR_MAX_WIDTH_DAYS = 7;

    private final DocumentReader reader;
    private final Extractor extractor;
    private final SentenceSplitter sentenceSplitter;
    private final EntityRecognizer entityRecognizer;
    private final TemporalTagger temporalTagger;
    private final QuoteExtractor quoteExtractor;
    private final EntityLinker entityLinker;
    private final NearDuplicateDetector duplicateDetector;
    private final ArticleClusterer storylineClusterer;
    private final ArticleClusterer storyClusterer;
    private final DocumentDater documentDater;
    private final EventDater eventDater;
    private final TimelineBuilder timelineBuilder;

    Pipeline(Dateline.Builder b) {
        this.reader = Objects.requireNonNull(b.reader);
        this.extractor = Objects.requireNonNull(b.extractor);
        this.sentenceSplitter = Objects.requireNonNull(b.sentenceSplitter);
        this.entityRecognizer = Objects.requireNonNull(b.entityRecognizer);
        this.temporalTagger = Objects.requireNonNull(b.temporalTagger);
        this.quoteExtractor = Objects.requireNonNull(b.quoteExtractor);
        this.entityLinker = Objects.requireNonNull(b.entityLinker);
        this.duplicateDetector = Objects.requireNonNull(b.duplicateDetector);
        this.storylineClusterer = Objects.requireNonNull(b.storylineClusterer);
        this.storyClusterer = Objects.requireNonNull(b.storyClusterer);
        this.documentDater = Objects.requireNonNull(b.documentDater);
        this.eventDater = Objects.requireNonNull(b.eventDater);
        this.timelineBuilder = Objects.requireNonNull(b.timelineBuilder);
    }

    public Extractor extractor() {
        return extractor;
    }

    public TemporalTagger temporalTagger() {
        return temporalTagger;
    }

    public EntityRecognizer entityRecognizer() {
        return entityRecognizer;
    }

    /** Reads, extracts, annotates and groups everything under the given files and folders. */
    public Corpus process(List<Path> inputs, ProgressListener progress) {
        List<RawDocument> documents = new ArrayList<>();
        List<DocumentError> errors = new ArrayList<>();
        progress.stageStarted("read", -1);
        try (var results = reader.read(inputs)) {
            results.forEach(result -> {
                switch (result) {
                    case ReadResult.Document d -> {
                        documents.add(d.document());
                        d.warnings().forEach(w -> errors.add(new DocumentError(d.document().source(), "read", w)));
                    }
                    case ReadResult.Failure f -> errors.add(f.error());
                }
                progress.itemDone("read");
            });
        }
        progress.stageFinished("read");
        return process(documents, errors, progress);
    }

    /** Processes documents already in memory. */
    public Corpus process(List<RawDocument> documents) {
        return process(documents, List.of(), ProgressListener.NONE);
    }

    private Corpus process(List<RawDocument> documents, List<DocumentError> readErrors, ProgressListener progress) {
        var errors = new ConcurrentLinkedQueue<>(readErrors);
        progress.stageStarted("annotate", documents.size());
        List<Article> articles = documents.parallelStream()
                .map(doc -> {
                    try {
                        ExtractedArticle extracted = extractor.extract(doc);
                        if (!extracted.hasBody()) {
                            errors.add(new DocumentError(doc.source(), "extract", "no article text found"));
                            return null;
                        }
                        return annotate(extracted);
                    } catch (RuntimeException | StackOverflowError e) {
                        errors.add(new DocumentError(doc.source(), "annotate", describe(e)));
                        return null;
                    } finally {
                        progress.itemDone("annotate");
                    }
                })
                .filter(Objects::nonNull)
                .toList();
        progress.stageFinished("annotate");
        progress.stageStarted("group", -1);
        Corpus corpus = group(articles, List.copyOf(errors));
        progress.stageFinished("group");
        return corpus;
    }

    /** The per-document stage: sentences, entities, temporal expressions and quotes of one article. */
    public Article annotate(ExtractedArticle extracted) {
        String text = extracted.text();
        List<Span> sentences = sentenceSplitter.split(text);
        List<EntityMention> entities = entityRecognizer.recognize(text, sentences);
        LocalDate anchor = PublishedDates.day(extracted.published());
        List<Timex> timexes = temporalTagger.tag(text, anchor);
        var quotes = quoteExtractor.extract(text, sentences, entities);
        return new Article(extracted.id(), extracted.source(), extracted.url(), extracted.title(),
                extracted.published(), null, extracted.outlet(), extracted.dateline(), extracted.authors(),
                extracted.language(), text, sentences, entities, timexes, quotes, null, null, null);
    }

    /**
     * The corpus stage: one canonical name per entity, near-duplicates, storylines, estimated dates for
     * undated articles, stories within storylines, and each storyline's timeline.
     */
    public Corpus group(List<Article> annotated, List<DocumentError> errors) {
        List<Article> articles = entityLinker.link(annotated);
        Map<String, String> duplicateOf = duplicateDetector.duplicates(articles);

        // Storylines are found among originals; a copy follows its original.
        List<Article> originals = articles.stream().filter(a -> !duplicateOf.containsKey(a.id())).toList();
        Map<String, String> storylineOf = new LinkedHashMap<>();
        for (List<String> members : storylineClusterer.cluster(originals)) {
            String storylineId = "storyline-" + members.getFirst();
            members.forEach(id -> storylineOf.put(id, storylineId));
        }
        duplicateOf.forEach((copy, original) -> storylineOf.put(copy, storylineOf.get(original)));

        articles = dateUndated(articles, storylineOf).stream().map(this::withQuoteDates).toList();

        // Stories are found among each storyline's originals; a copy joins its original's story.
        Map<String, List<Article>> byStoryline = articles.stream()
                .collect(Collectors.groupingBy(a -> storylineOf.get(a.id()), LinkedHashMap::new, Collectors.toList()));
        Map<String, String> storyOf = new LinkedHashMap<>();
        Map<String, List<List<String>>> storiesOf = new LinkedHashMap<>();
        for (var entry : byStoryline.entrySet()) {
            List<Article> memberOriginals = entry.getValue().stream()
                    .filter(a -> !duplicateOf.containsKey(a.id())).toList();
            List<List<String>> stories = storyClusterer.cluster(memberOriginals);
            for (List<String> storyIds : stories) {
                storyIds.forEach(id -> storyOf.put(id, "story-" + storyIds.getFirst()));
            }
            storiesOf.put(entry.getKey(), stories);
        }
        Map<String, List<String>> copiesOf = new LinkedHashMap<>();
        duplicateOf.forEach((copy, original) -> {
            storyOf.put(copy, storyOf.get(original));
            copiesOf.computeIfAbsent(original, o -> new ArrayList<>()).add(copy);
        });

        List<Article> grouped = articles.stream()
                .map(a -> a.withGrouping(duplicateOf.get(a.id()), storyOf.get(a.id()), storylineOf.get(a.id())))
                .toList();
        Map<String, Article> byId = grouped.stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (x, y) -> x, LinkedHashMap::new));
        List<Storyline> storylines = new ArrayList<>();
        storiesOf.forEach((storylineId, stories) -> storylines.add(timelineBuilder.build(storylineId, stories.stream()
                .map(storyIds -> Stream.concat(storyIds.stream(),
                                storyIds.stream().flatMap(id -> copiesOf.getOrDefault(id, List.of()).stream()))
                        .map(byId::get)
                        .toList())
                .toList())));
        storylines.sort(Comparator.comparing((Storyline s) -> -s.articleIds().size()).thenComparing(Storyline::id));
        return new Corpus(grouped, storylines, errors);
    }

    /**
     * Estimates a date for each article that states none, from the dated articles of its storyline (which
     * holds its near-duplicates too: a copy follows its original's storyline).
     */
    private List<Article> dateUndated(List<Article> articles, Map<String, String> storylineOf) {
        Map<String, List<Article>> datedByStoryline = articles.stream()
                .filter(a -> a.publishedDate() != null)
                .collect(Collectors.groupingBy(a -> storylineOf.get(a.id()), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<Article>> undatedByStoryline = articles.stream()
                .filter(a -> a.publishedDate() == null)
                .collect(Collectors.groupingBy(a -> storylineOf.get(a.id()), LinkedHashMap::new, Collectors.toList()));
        // One call per storyline: the dater reads its dated articles once for all its undated ones.
        Map<Article, Article> estimated = new IdentityHashMap<>();
        undatedByStoryline.forEach((storyline, undated) -> {
            List<Optional<DateEstimate>> estimates = documentDater.estimateAll(undated,
                    datedByStoryline.getOrDefault(storyline, List.of()));
            for (int i = 0; i < undated.size(); i++) {
                Article article = undated.get(i);
                estimated.put(article, estimates.get(i).map(e -> reanchor(article.withPublishedEstimate(e), e))
                        .orElse(article));
            }
        });
        return articles.stream().map(a -> a.publishedDate() != null ? a : estimated.get(a)).toList();
    }

    /** Each quote with the day it was said, once the article's own date (stated or estimated) is known. */
    private Article withQuoteDates(Article article) {
        if (article.quotes().isEmpty()) return article;
        return article.withQuotes(article.quotes().stream().map(quote -> {
            EventDate said = eventDater.dateOf(article, quote);
            return said.known() ? quote.withDate(said.value()) : quote;
        }).toList());
    }

    /** Resolves an undated article's relative dates against its estimate when that is narrow enough. */
    private Article reanchor(Article article, DateEstimate estimate) {
        if (estimate.earliest() == null || estimate.latest() == null
                || ChronoUnit.DAYS.between(estimate.earliest(), estimate.latest()) > ANCHOR_MAX_WIDTH_DAYS) {
            return article;
        }
        return article.withTimexes(temporalTagger.tag(article.text(), estimate.latest()));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
