package org.dateline.annotate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.model.EntityMention;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/**
 * Scores quote extraction on PolNeAR-style data ({@code text/NAME.txt} and brat standoff
 * {@code attributions/NAME_ANNOTATOR.ann}): direct quotes only, i.e. gold attributions whose content
 * stands inside quotation marks. A predicted quote matches a gold one when their spans overlap (and
 * exactly when they cover the same words, quote marks and edge punctuation aside); the speaker is right
 * when the predicted speaker and the gold source name each other (one contains the other, or they share
 * a capitalised word such as a surname). Gold sources that are pronouns are not scored for the speaker,
 * since the data does not say whom they refer to.
 */
public final class QuoteEvaluator {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");
    private static final String QUOTE_MARKS = "\"“”'‘’";

    private final SentenceSplitter splitter;
    private final EntityRecognizer recognizer;
    private final QuoteExtractor extractor;

    public QuoteEvaluator(SentenceSplitter splitter, EntityRecognizer recognizer, QuoteExtractor extractor) {
        this.splitter = splitter;
        this.recognizer = recognizer;
        this.extractor = extractor;
    }

    /** One gold direct quote: its content span and its source's words (null when unannotated). */
    public record GoldQuote(Span content, String source) {
    }

    public record Metrics(int documents, int gold, int predicted, int matchedGold, int matchedPredicted, int exact,
                          int speakerScored, int speakerCorrect, int pronounSources) {

        public double overlapPrecision() {
            return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
        }

        public double overlapRecall() {
            return gold == 0 ? 0 : (double) matchedGold / gold;
        }

        public double overlapF1() {
            return f1(overlapPrecision(), overlapRecall());
        }

        public double exactF1() {
            double p = predicted == 0 ? 0 : (double) exact / predicted;
            double r = gold == 0 ? 0 : (double) exact / gold;
            return f1(p, r);
        }

        public double speakerAccuracy() {
            return speakerScored == 0 ? 0 : (double) speakerCorrect / speakerScored;
        }

        public String toTable() {
            return String.format(Locale.ROOT, """
                    | documents | gold direct quotes | predicted | overlap P | overlap R | overlap F1 | exact F1 | speaker accuracy (matched, named sources) |
                    |---|---|---|---|---|---|---|---|
                    | %d | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f (%d of %d; %d pronoun sources not scored) |
                    """, documents, gold, predicted, overlapPrecision(), overlapRecall(), overlapF1(), exactF1(),
                    speakerAccuracy(), speakerCorrect, speakerScored, pronounSources);
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Scores every article of {@code dir} (a folder holding {@code text/} and {@code attributions/}). */
    public Metrics evaluate(Path dir) {
        int documents = 0, gold = 0, predicted = 0, matchedGold = 0, matchedPredicted = 0, exact = 0;
        int speakerScored = 0, speakerCorrect = 0, pronouns = 0;
        for (Path textFile : list(dir.resolve("text"), ".txt")) {
            String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
            Path annotation = list(dir.resolve("attributions"), ".ann").stream()
                    .filter(p -> p.getFileName().toString().startsWith(name + "_"))
                    .findFirst().orElse(null);
            if (annotation == null) continue;
            String text = read(textFile);
            List<GoldQuote> golds = readGold(text, read(annotation));
            List<Span> sentences = splitter.split(text);
            List<EntityMention> entities = recognizer.recognize(text, sentences);
            List<Quote> quotes = extractor.extract(text, sentences, entities);
            documents++;
            gold += golds.size();
            predicted += quotes.size();
            for (Quote q : quotes) {
                if (golds.stream().anyMatch(g -> overlaps(g.content(), q))) matchedPredicted++;
            }
            for (GoldQuote g : golds) {
                Quote match = quotes.stream().filter(q -> overlaps(g.content(), q)).findFirst().orElse(null);
                if (match == null) continue;
                matchedGold++;
                if (trim(text, g.content().start(), g.content().end()).equals(trim(text, match.start(), match.end()))) exact++;
                if (g.source() == null) continue;
                if (PRONOUNS.contains(g.source().toLowerCase(Locale.ROOT))) {
                    pronouns++;
                    continue;
                }
                speakerScored++;
                if (match.speaker() != null && sameSpeaker(match.speaker(), g.source())) speakerCorrect++;
            }
        }
        return new Metrics(documents, gold, predicted, matchedGold, matchedPredicted, exact, speakerScored,
                speakerCorrect, pronouns);
    }

    /** Gold direct quotes of one article: relations whose content is enclosed in quotation marks. */
    static List<GoldQuote> readGold(String text, String ann) {
        Map<String, Span> spans = new HashMap<>();
        Map<String, String> kinds = new HashMap<>();
        List<String> relations = new ArrayList<>();
        for (String line : ann.split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length < 2) continue;
            if (cols[0].startsWith("T")) {
                String[] head = cols[1].split(" ", 2);
                if (head.length < 2) continue;
                int start = Integer.MAX_VALUE, end = -1;
                for (String part : head[1].split(";")) {
                    String[] bounds = part.trim().split(" ");
                    start = Math.min(start, Integer.parseInt(bounds[0]));
                    end = Math.max(end, Integer.parseInt(bounds[1]));
                }
                if (end <= text.length() && start <= end) {
                    spans.put(cols[0], new Span(start, end));
                    kinds.put(cols[0], head[0]);
                }
            } else if (cols[0].startsWith("E")) {
                relations.add(cols[1]);
            }
        }
        List<GoldQuote> golds = new ArrayList<>();
        for (String relation : relations) {
            Span content = null;
            String source = null;
            for (String arg : relation.split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2 || !spans.containsKey(kv[1])) continue;
                if (kv[0].startsWith("Content")) content = spans.get(kv[1]);
                if (kv[0].startsWith("Source")) source = spans.get(kv[1]).of(text);
            }
            if (content != null && isQuoted(text, content)) golds.add(new GoldQuote(content, source));
        }
        return golds;
    }

    private static boolean isQuoted(String text, Span content) {
        int before = content.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        boolean opens = (before >= 0 && isMark(text.charAt(before)))
                || (content.end() > content.start() && isMark(text.charAt(content.start())));
        int after = content.end();
        while (after < text.length() && (Character.isWhitespace(text.charAt(after)) || text.charAt(after) == ',')) after++;
        boolean closes = (after < text.length() && isMark(text.charAt(after)))
                || (content.end() > content.start() && isMark(text.charAt(content.end() - 1)))
                || (content.end() >= 2 && isMark(text.charAt(content.end() - 2)));
        return opens && closes;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static boolean overlaps(Span gold, Quote q) {
        return q.start() < gold.end() && gold.start() < q.end();
    }

    /** A span's words without quote marks and edge punctuation, for exact matching. */
    private static String trim(String text, int start, int end) {
        String s = text.substring(start, end).strip();
        int a = 0, b = s.length();
        while (a < b && (QUOTE_MARKS.indexOf(s.charAt(a)) >= 0 || !Character.isLetterOrDigit(s.charAt(a)))) a++;
        while (b > a && (QUOTE_MARKS.indexOf(s.charAt(b - 1)) >= 0 || !Character.isLetterOrDigit(s.charAt(b - 1)))) b--;
        return s.substring(a, b);
    }

    static boolean sameSpeaker(String predicted, String gold) {
        String p = predicted.toLowerCase(Locale.ROOT);
        String g = gold.toLowerCase(Locale.ROOT);
        if (p.contains(g) || g.contains(p)) return true;
        for (String word : predicted.split("[\\s’'\\-]+")) {
            if (word.length() > 2 && Character.isUpperCase(word.charAt(0))
                    && List.of(gold.split("[\\s’'\\-]+")).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
