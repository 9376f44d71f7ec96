package org.dateline.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.dateline.model.DateEstimate;
import org.dateline.model.PublishedDates;
import org.dateline.model.Timex;

/**
 * Scores a {@link DocumentDater} on dated gold articles: each article's date (and its date line) is hidden,
 * the other articles of its topic are given as dated neighbours, and the estimate is checked against the
 * real date. Reports how often there is an estimate, how often it holds the true day, and how tight it is.
 * MEANTIME suits it: 30 articles per topic, each with its creation time.
 */
public final class DocumentDaterEvaluator {

    /**
     * One topic: articles about the same story, each with its true publication day. The documents are dated in
     * turn; the neighbours only serve as dated related articles (the other split of a corpus).
     */
    public record Topic(String name, List<TimexEvaluator.GoldDocument> documents,
                        List<TimexEvaluator.GoldDocument> neighbours) {
        public Topic {
            documents = List.copyOf(documents);
            neighbours = List.copyOf(neighbours);
        }

        public Topic(String name, List<TimexEvaluator.GoldDocument> documents) {
            this(name, documents, List.of());
        }
    }

    /** The counts and what they mean. */
    public record Metrics(int documents, int estimated, int holdsTruth, int lowerBounded, long lowerBoundGapDays,
                          int upperBounded, long upperBoundGapDays, List<String> wrong) {
        public Metrics {
            wrong = List.copyOf(wrong);
        }

        public String toTable() {
            return """
                    documents %d
                    estimated        %5.1f%%  (%d)
                    holds true day   %5.1f%% of estimates  (%d)
                    has lower bound  %d, true day on average %.0f days after it
                    has upper bound  %d, true day on average %.0f days before it
                    """.formatted(documents, percent(estimated, documents), estimated,
                    percent(holdsTruth, estimated), holdsTruth, lowerBounded,
                    lowerBounded == 0 ? 0.0 : (double) lowerBoundGapDays / lowerBounded, upperBounded,
                    upperBounded == 0 ? 0.0 : (double) upperBoundGapDays / upperBounded);
        }

        private static double percent(int part, int whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }
    }

    public Metrics evaluate(DocumentDater dater, TemporalTagger tagger, List<Topic> topics) {
        int documents = 0;
        int estimated = 0;
        int holdsTruth = 0;
        int lowerBounded = 0;
        long gap = 0;
        int upperBounded = 0;
        long upperGap = 0;
        List<String> wrong = new ArrayList<>();
        for (Topic topic : topics) {
            List<TimexEvaluator.GoldDocument> scored = topic.documents().stream()
                    .filter(d -> d.creationTime() != null).toList();
            List<Article> scoredDated = scored.stream().map(d -> article(d, tagger, d.text(), d.creationTime())).toList();
            List<Article> dated = Stream.concat(scoredDated.stream(), topic.neighbours().stream()
                    .filter(d -> d.creationTime() != null)
                    .map(d -> article(d, tagger, d.text(), d.creationTime()))).toList();
            List<Article> undated = new ArrayList<>(scored.size());
            for (int i = 0; i < scored.size(); i++) {
                String text = withoutDateLine(scored.get(i), scoredDated.get(i).timexes());
                undated.add(article(scored.get(i), tagger, text, null));
            }
            // The dater leaves out a related article with the undated one's id: its own dated self.
            List<Optional<DateEstimate>> estimates = dater.estimateAll(undated, dated);
            for (int i = 0; i < scored.size(); i++) {
                TimexEvaluator.GoldDocument document = scored.get(i);
                LocalDate truth = document.creationTime();
                documents++;
                Optional<DateEstimate> estimate = estimates.get(i);
                if (estimate.isEmpty()) continue;
                estimated++;
                DateEstimate e = estimate.get();
                boolean holds = (e.earliest() == null || !truth.isBefore(e.earliest()))
                        && (e.latest() == null || !truth.isAfter(e.latest()));
                if (holds) {
                    holdsTruth++;
                } else {
                    wrong.add(document.id() + " (" + truth + "): " + e);
                }
                if (e.earliest() != null && holds) {
                    lowerBounded++;
                    gap += ChronoUnit.DAYS.between(e.earliest(), truth);
                }
                if (e.latest() != null && holds) {
                    upperBounded++;
                    upperGap += ChronoUnit.DAYS.between(truth, e.latest());
                }
            }
        }
        return new Metrics(documents, estimated, holdsTruth, lowerBounded, gap, upperBounded, upperGap, wrong);
    }

    private static Article article(TimexEvaluator.GoldDocument document, TemporalTagger tagger, String text,
                                   LocalDate published) {
        return new Article(document.id(), document.id(), null, "", published == null ? null : published.toString(),
                null, null, null, List.of(), "en", text, List.of(), List.of(), tagger.tag(text, published), List.of(),
                null, null, null);
    }

    /**
     * The text without the line that states the creation date, so that the article is really undated. The
     * line is found from the gold expressions, or from the tagger's (read against that date) where the gold
     * leaves it unannotated.
     */
    private static String withoutDateLine(TimexEvaluator.GoldDocument document, List<Timex> tagged) {
        String day = document.creationTime().toString();
        String text = document.text();
        List<Timex> timexes = new ArrayList<>(document.timexes());
        timexes.addAll(tagged);
        for (Timex timex : timexes) {
            if (!timex.value().startsWith(day)) continue;
            int lineStart = text.lastIndexOf('\n', timex.start()) + 1;
            int lineEnd = text.indexOf('\n', timex.end());
            String before = text.substring(0, lineStart);
            String after = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
            if (lineEnd - lineStart < MAX_DATE_LINE_CHARS) return before + after;
        }
        return text;
    }

    /** A date line is short ("June 13, 2005"); a longer line stating the day is body text and stays. */
    private static final int MAX_DATE_LINE_CHARS = 40;

    /**
     * PolNeAR as one topic (the 2016 US election, 1,008 articles with their publication days in
     * {@code metadata.tsv}): the articles of the compartments kept ("train", "dev") are dated, the others
     * serve as dated neighbours only.
     */
    public static Topic readPolnear(Path polnear, Predicate<String> keptCompartment) {
        List<TimexEvaluator.GoldDocument> documents = new ArrayList<>();
        List<TimexEvaluator.GoldDocument> neighbours = new ArrayList<>();
        for (String line : readText(polnear.resolve("metadata.tsv")).split("\n")) {
            String[] fields = line.split("\t");
            LocalDate published = fields.length > PUBLICATION_DATE_COLUMN
                    ? PublishedDates.day(fields[PUBLICATION_DATE_COLUMN]) : null;
            if (published == null) continue;
            Path text = polnear.resolve(fields[0]).resolve("text").resolve(fields[1] + ".txt");
            if (!Files.isRegularFile(text)) continue;
            var document = new TimexEvaluator.GoldDocument(fields[1], readText(text), published, List.of());
            (keptCompartment.test(fields[0]) ? documents : neighbours).add(document);
        }
        return new Topic("polnear", documents, neighbours);
    }

    private static final int PUBLICATION_DATE_COLUMN = 5;

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** MEANTIME topics: each {@code corpus_*} folder under the given one, whole texts. */
    public static List<Topic> readMeantimeTopics(Path meantime) {
        try (Stream<Path> folders = Files.list(meantime)) {
            List<Topic> topics = new ArrayList<>();
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<TimexEvaluator.GoldDocument> documents = files
                            .filter(f -> f.getFileName().toString().endsWith(".xml")).sorted()
                            .map(f -> TimexEvaluator.readMeantime(f, Integer.MAX_VALUE)).toList();
                    if (!documents.isEmpty()) topics.add(new Topic(folder.getFileName().toString(), documents));
                }
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
