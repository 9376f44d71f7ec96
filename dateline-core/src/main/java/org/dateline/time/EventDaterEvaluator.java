package org.dateline.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.model.Article;
import org.dateline.model.Span;

/**
 * Scores an {@link EventDater} on the SemEval-2015 TimeLine gold (Wikinews): every event mention that a gold
 * timeline anchors to a date ("2005-01-18", "2007-10-XX", "2007-XX-XX") is dated by the dater from the raw
 * article, and counts as right when the dater's value names the same day, month or year at the gold's
 * granularity (a coarser answer is wrong). The publication date of every article, the obvious baseline, is
 * scored alongside on the same mentions.
 */
public final class EventDaterEvaluator {

    /** An event mention of the gold: its article, sentence and word, and the date a timeline gives it. */
    public record GoldMention(String documentId, int sentence, String word, String date) {
        /** "2007-10-XX" -> "2007-10"; null for an undated "XXXX-XX-XX". */
        String value() {
            String trimmed = date.replace("-XX", "");
            return trimmed.startsWith("XXXX") ? null : trimmed;
        }
    }

    /** An article of the corpus with its gold sentence spans. */
    public record GoldArticle(Article article, List<Span> sentences) {
    }

    /** The counts for one dater; {@code wrong} lists what it missed. */
    public record Metrics(String dater, int mentions, int answered, int correct, Map<String, int[]> byGranularity,
                          List<String> wrong) {
        public Metrics {
            wrong = List.copyOf(wrong);
        }

        double accuracy() {
            return mentions == 0 ? 0 : (double) correct / mentions;
        }
    }

    /** Scores the dater and the publication-date baseline on the dated gold mentions the filter keeps. */
    public List<Metrics> evaluate(EventDater dater, Map<String, GoldArticle> articles, List<GoldMention> gold) {
        return List.of(score("dateline", dater::dateOf, articles, gold),
                score("publication date", (article, mention) -> new EventDate(article.published(), false,
                        "publication date"), articles, gold));
    }

    private interface MentionDater {
        EventDate dateOf(Article article, Span mention);
    }

    private static Metrics score(String name, MentionDater dater, Map<String, GoldArticle> articles,
                                 List<GoldMention> gold) {
        int mentions = 0;
        int answered = 0;
        int correct = 0;
        Map<String, int[]> byGranularity = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (GoldMention mention : gold) {
            GoldArticle article = articles.get(mention.documentId());
            String truth = mention.value();
            if (article == null || truth == null || mention.sentence() >= article.sentences().size()) continue;
            mentions++;
            Span span = locate(article, mention);
            EventDate date = dater.dateOf(article.article(), span);
            int[] counts = byGranularity.computeIfAbsent(granularity(truth), g -> new int[2]);
            counts[0]++;
            if (date.known()) answered++;
            if (date.known() && sameAt(truth, date.value())) {
                correct++;
                counts[1]++;
            } else {
                wrong.add(mention.documentId() + "-" + mention.sentence() + "-" + mention.word() + " gold " + truth
                        + ", " + (date.known() ? date.value() + " (" + date.evidence() + ")" : "no date") + ": "
                        + article.sentences().get(mention.sentence()).of(article.article().text()));
            }
        }
        return new Metrics(name, mentions, answered, correct, byGranularity, wrong);
    }

    /**
     * The word's place in its sentence ("job_cuts" is "job cuts"); of a split phrase ("took_off" in "took six months
     * off"), its first word; the whole sentence if neither is found.
     */
    private static Span locate(GoldArticle article, GoldMention mention) {
        Span sentence = article.sentences().get(mention.sentence());
        String text = article.article().text();
        String phrase = mention.word().replace('_', ' ');
        int at = text.indexOf(phrase, sentence.start());
        if (at < 0 || at >= sentence.end()) {
            phrase = phrase.split(" ")[0];
            at = text.indexOf(phrase, sentence.start());
        }
        if (at < 0 || at >= sentence.end()) return sentence;
        return new Span(at, at + phrase.length());
    }

    static String granularity(String value) {
        return switch (value.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
    }

    /**
     * Whether {@code answer} names the gold's day, month or year: it must be at least as fine as the gold. A
     * quarter or half is anchored at its first day, as the TimeLine gold anchors them ("2009-Q3" -> 2009-07-01).
     */
    static boolean sameAt(String gold, String answer) {
        if (answer.matches("[0-9]{4}-(Q[1-4]|H[12])")) answer = Calendar.firstDay(answer, null).toString();
        return answer.length() >= gold.length() && answer.startsWith(gold)
                && (answer.length() == gold.length() || answer.charAt(gold.length()) == '-');
    }

    public static String toTable(List<Metrics> results) {
        StringBuilder table = new StringBuilder("%-18s %8s %9s %9s %9s %9s %9s%n".formatted("dater", "mentions",
                "answered", "accuracy", "day", "month", "year"));
        for (Metrics m : results) {
            table.append("%-18s %8d %9d %9.3f %9s %9s %9s%n".formatted(m.dater(), m.mentions(), m.answered(),
                    m.accuracy(), share(m, "day"), share(m, "month"), share(m, "year")));
        }
        return table.toString();
    }

    private static String share(Metrics m, String granularity) {
        int[] counts = m.byGranularity().get(granularity);
        return counts == null ? "-" : counts[1] + "/" + counts[0];
    }

    // ---- reading the SemEval-2015 TimeLine folders

    /**
     * Every article of the corpora under {@code root} (the NewsReader XML files of each {@code *CAT*} folder: raw
     * tokens by sentence and the creation time), tagged by the tagger against its creation time, by document id.
     */
    public static Map<String, GoldArticle> readArticles(Path root, TemporalTagger tagger, Predicate<String> keep) {
        Map<String, GoldArticle> articles = new LinkedHashMap<>();
        for (Path file : files(root, p -> p.getParent().getFileName().toString().contains("CAT")
                && p.getFileName().toString().endsWith(".xml"))) {
            String id = leadingDigits(file.getFileName().toString());
            if (id.isEmpty() || !keep.test(id) || articles.containsKey(id)) continue;
            TimexEvaluator.GoldDocument document = TimexEvaluator.readMeantime(file, Integer.MAX_VALUE);
            String text = document.text();
            List<Span> sentences = new ArrayList<>();
            int start = 0;
            for (int end = text.indexOf('\n'); ; end = text.indexOf('\n', start)) {
                sentences.add(new Span(start, end < 0 ? text.length() : end));
                if (end < 0) break;
                start = end + 1;
            }
            String published = document.creationTime() == null ? null : document.creationTime().toString();
            Article article = new Article(id, file.getFileName().toString(), null, "", published, null, null, null,
                    List.of(), "en", text, sentences, List.of(), tagger.tag(text, document.creationTime()),
                    List.of(), null, null, null);
            articles.put(id, new GoldArticle(article, sentences));
        }
        return articles;
    }

    /** Every event mention of the gold timelines ({@code TimeLines_*} folders), each mention once. */
    public static List<GoldMention> readTimelines(Path root, Predicate<String> keep) {
        Map<String, GoldMention> mentions = new LinkedHashMap<>();
        for (Path file : files(root, p -> p.getParent().getFileName().toString().startsWith("TimeLines")
                && p.getFileName().toString().endsWith(".txt"))) {
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] fields = line.split("\t");
                    if (fields.length < 3) continue;
                    for (int i = 2; i < fields.length; i++) {
                        String[] parts = fields[i].split("-", 3);
                        if (parts.length < 3 || !keep.test(parts[0]) || !parts[1].matches("[0-9]{1,4}")) continue;
                        mentions.putIfAbsent(fields[i], new GoldMention(parts[0], Integer.parseInt(parts[1]),
                                parts[2], fields[1].trim()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return List.copyOf(mentions.values());
    }

    private static List<Path> files(Path root, Predicate<Path> keep) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(p -> p.getParent() != null).filter(keep).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    private static String leadingDigits(String name) {
        int end = 0;
        while (end < name.length() && Token.isAsciiDigit(name.charAt(end))) end++;
        return name.substring(0, end);
    }
}
