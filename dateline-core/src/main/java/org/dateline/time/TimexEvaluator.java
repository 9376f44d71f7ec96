package org.dateline.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dateline.model.PublishedDates;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;

/**
 * Scores any {@link TemporalTagger} on gold TIMEX3 annotations with the TempEval-3 task A metric: strict
 * (exact span) and relaxed (overlapping span) precision, recall and F1 of extraction, and F1 of the type
 * and the value of relaxed matches. Reads TimeML ({@code .tml}: TimeBank, AQUAINT) and MEANTIME (NewsReader
 * XML); the document creation time is the tagger's anchor.
 */
public final class TimexEvaluator {

    private static final int CONTEXT_CHARS = 80;
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("([0-9]{2})-([0-9]{2})-([0-9]{4})");
    private static final int MEANTIME_ANNOTATED_SENTENCES = 6;

    /** MEANTIME tokens written without a space before them when the text is rebuilt. */
    private static final Pattern GLUED_TOKEN = Pattern.compile("[,.;:!?%)\\]}]+|'s|n't|'");

    /** A gold document: its text, creation time and temporal expressions (creation time excluded unless in the text). */
    public record GoldDocument(String id, String text, LocalDate creationTime, List<Timex> timexes) {
        public GoldDocument {
            timexes = List.copyOf(timexes);
        }
    }

    /** A disagreement with the gold standard, for error analysis. */
    public record Disagreement(String documentId, String kind, String gold, String system, String context) {
        @Override
        public String toString() {
            return kind + "\t" + gold + "\t" + system + "\t" + documentId + "\t" + context;
        }
    }

    /** Counts over a set of documents and the TempEval-3 figures derived from them. */
    public record Metrics(int documents, int gold, int system, int strict, int relaxed, int typeCorrect,
                          int valueCorrect, List<Disagreement> disagreements) {
        public Metrics {
            disagreements = List.copyOf(disagreements);
        }

        public double strictF1() {
            return f1(strict);
        }

        public double relaxedF1() {
            return f1(relaxed);
        }

        public double typeF1() {
            return f1(typeCorrect);
        }

        /** The headline figure: correctly valued relaxed matches, as F1 against gold and system counts. */
        public double valueF1() {
            return f1(valueCorrect);
        }

        public double precision(int correct) {
            return system == 0 ? 0 : (double) correct / system;
        }

        public double recall(int correct) {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        private double f1(int correct) {
            double p = precision(correct);
            double r = recall(correct);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public String toTable() {
            StringBuilder table = new StringBuilder();
            table.append("documents %d, gold timexes %d, system timexes %d%n".formatted(documents, gold, system));
            table.append("%-10s %9s %9s %9s%n".formatted("measure", "P", "R", "F1"));
            row(table, "strict", strict);
            row(table, "relaxed", relaxed);
            row(table, "type", typeCorrect);
            row(table, "value", valueCorrect);
            return table.toString();
        }

        private void row(StringBuilder table, String name, int correct) {
            table.append("%-10s %9.4f %9.4f %9.4f%n".formatted(name, precision(correct), recall(correct), f1(correct)));
        }
    }

    /** Runs the tagger on every document, anchored at its creation time, and scores it. */
    public Metrics evaluate(TemporalTagger tagger, List<GoldDocument> documents) {
        int gold = 0;
        int system = 0;
        int strict = 0;
        int relaxed = 0;
        int typeCorrect = 0;
        int valueCorrect = 0;
        List<Disagreement> disagreements = new ArrayList<>();
        for (GoldDocument document : documents) {
            List<Timex> predicted = tagger.tag(document.text(), document.creationTime());
            gold += document.timexes().size();
            system += predicted.size();
            boolean[] used = new boolean[predicted.size()];
            for (Timex expected : document.timexes()) {
                int match = bestOverlap(expected, predicted, used);
                if (match < 0) {
                    disagreements.add(new Disagreement(document.id(), "MISSED", describe(expected), "",
                            context(document.text(), expected)));
                    continue;
                }
                used[match] = true;
                Timex found = predicted.get(match);
                relaxed++;
                if (found.start() == expected.start() && found.end() == expected.end()) strict++;
                if (found.type() == expected.type()) typeCorrect++;
                if (found.value().equals(expected.value())) {
                    valueCorrect++;
                } else {
                    disagreements.add(new Disagreement(document.id(), "VALUE", describe(expected), describe(found),
                            context(document.text(), expected)));
                }
            }
            for (int i = 0; i < predicted.size(); i++) {
                if (!used[i]) {
                    disagreements.add(new Disagreement(document.id(), "SPURIOUS", "", describe(predicted.get(i)),
                            context(document.text(), predicted.get(i))));
                }
            }
        }
        return new Metrics(documents.size(), gold, system, strict, relaxed, typeCorrect, valueCorrect, disagreements);
    }

    /** The unused predicted timex overlapping the gold one the most, or -1. */
    private static int bestOverlap(Timex expected, List<Timex> predicted, boolean[] used) {
        int best = -1;
        int bestOverlap = 0;
        for (int i = 0; i < predicted.size(); i++) {
            Timex candidate = predicted.get(i);
            int overlap = Math.min(candidate.end(), expected.end()) - Math.max(candidate.start(), expected.start());
            if (!used[i] && overlap > bestOverlap) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** The words around a timex, on one line. */
    private static String context(String text, Timex timex) {
        int from = Math.max(0, timex.start() - CONTEXT_CHARS);
        int to = Math.min(text.length(), timex.end() + CONTEXT_CHARS);
        return (text.substring(from, timex.start()) + "<<" + timex.text() + ">>" + text.substring(timex.end(), to))
                .replaceAll("\\s+", " ");
    }

    private static String describe(Timex timex) {
        return "[" + timex.text().replace('\n', ' ') + "] " + timex.type() + " " + timex.value();
    }

    // ---- reading gold data

    /**
     * A stable split of a corpus into a tuning part and a held-out part: a third of the documents,
     * chosen by a hash of their id, is held out.
     */
    public static boolean isHeldOut(String documentId) {
        return Math.floorMod(documentId.hashCode(), 3) == 0;
    }

    /**
     * Every {@code .tml} and MEANTIME {@code .xml} file under the folder, sorted by path; a file name seen
     * before (TBAQ-cleaned repeats one TimeBank file in its testpipeline folder) is read once.
     */
    public static List<GoldDocument> readFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<GoldDocument> documents = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean timeMl = name.endsWith(".tml");
                if (!timeMl && !(name.endsWith(".xml") && isMeantime(file)) || !seen.add(name)) continue;
                documents.add(timeMl ? readTimeMl(file) : readMeantime(file));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMeantime(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(400), java.nio.charset.StandardCharsets.UTF_8);
            return head.contains("<Document") && head.contains("doc_id");
        }
    }

    /** A TimeML file: the text inside {@code <TEXT>} with its inline TIMEX3 elements; the DCT anchors it. */
    public static GoldDocument readTimeMl(Path file) {
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        LocalDate creationTime = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = xmlReader(in);
            boolean inText = false;
            boolean inDct = false;
            String type = null;
            String value = null;
            int timexStart = -1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "TEXT" -> inText = true;
                        case "DCT" -> inDct = true;
                        case "TIMEX3" -> {
                            type = xml.getAttributeValue(null, "type");
                            value = xml.getAttributeValue(null, "value");
                            if (inDct) creationTime = PublishedDates.day(value);
                            timexStart = text.length();
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "TEXT" -> inText = false;
                        case "DCT" -> inDct = false;
                        case "TIMEX3" -> {
                            if (inText) addGold(timexes, text, timexStart, text.length(), type, value);
                        }
                        default -> { }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new GoldDocument(file.getFileName().toString(), text.toString(), creationTime, timexes);
    }

    /**
     * A MEANTIME file: tokens joined back into text (no space before closing punctuation), and its TIMEX3
     * markables anchored to token ranges; the CREATION_TIME timex anchors it.
     */
    public static GoldDocument readMeantime(Path file) {
        return readMeantime(file, MEANTIME_ANNOTATED_SENTENCES);
    }

    /** A MEANTIME file cut after {@code sentences} sentences (Integer.MAX_VALUE for the whole text). */
    public static GoldDocument readMeantime(Path file, int sentences) {
        StringBuilder text = new StringBuilder();
        Map<String, int[]> tokenSpans = new HashMap<>();
        List<Timex> timexes = new ArrayList<>();
        LocalDate creationTime = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = xmlReader(in);
            String tokenId = null;
            String sentence = null;
            StringBuilder tokenText = new StringBuilder();
            String type = null;
            String value = null;
            List<String> anchors = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "token" -> {
                            String tokenSentence = xml.getAttributeValue(null, "sentence");
                            if (!isBefore(tokenSentence, sentences)) continue;
                            tokenId = xml.getAttributeValue(null, "t_id");
                            if (sentence != null && !sentence.equals(tokenSentence)) text.append('\n');
                            sentence = tokenSentence;
                            tokenText.setLength(0);
                        }
                        case "TIMEX3" -> {
                            type = xml.getAttributeValue(null, "type");
                            value = xml.getAttributeValue(null, "value");
                            anchors = new ArrayList<>();
                            if ("CREATION_TIME".equals(xml.getAttributeValue(null, "functionInDocument"))) {
                                creationTime = creationDay(value);
                            }
                        }
                        case "token_anchor" -> {
                            if (anchors != null) anchors.add(xml.getAttributeValue(null, "t_id"));
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && tokenId != null) {
                    tokenText.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals("token") && tokenId != null) {
                        appendToken(text, tokenText.toString());
                        tokenSpans.put(tokenId, new int[] {text.length() - tokenText.length(), text.length()});
                        tokenId = null;
                    } else if (xml.getLocalName().equals("TIMEX3") && anchors != null) {
                        int start = Integer.MAX_VALUE;
                        int end = -1;
                        for (String anchor : anchors) {
                            int[] span = tokenSpans.get(anchor);
                            if (span == null) continue;
                            start = Math.min(start, span[0]);
                            end = Math.max(end, span[1]);
                        }
                        if (end > start) addGold(timexes, text, start, end, type, value);
                        anchors = null;
                    }
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        timexes.sort(java.util.Comparator.comparingInt(Timex::start));
        return new GoldDocument(file.getFileName().toString(), text.toString(), creationTime, timexes);
    }

    /**
     * MEANTIME marks temporal expressions only in the first sentences (title, date line and the first four
     * sentences of the body; no TIMEX3 lies beyond sentence 5), so for scoring the text is cut there:
     * expressions in unannotated sentences would count as false positives.
     */
    private static boolean isBefore(String sentence, int limit) {
        try {
            return sentence != null && Integer.parseInt(sentence) < limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The document's day: ISO, or the day-first "03-02-2009" one MEANTIME file uses. */
    private static LocalDate creationDay(String value) {
        LocalDate iso = PublishedDates.day(value);
        if (iso != null || value == null) return iso;
        Matcher dayFirst = DAY_FIRST_DATE.matcher(value);
        return dayFirst.matches() ? Calendar.date(Integer.parseInt(dayFirst.group(3)),
                Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))) : null;
    }

    private static void appendToken(StringBuilder text, String token) {
        boolean glueLeft = GLUED_TOKEN.matcher(token).matches() || text.isEmpty()
                || text.charAt(text.length() - 1) == '\n' || text.charAt(text.length() - 1) == '('
                || text.charAt(text.length() - 1) == '$';
        if (!glueLeft) text.append(' ');
        text.append(token);
    }

    private static void addGold(List<Timex> timexes, CharSequence text, int start, int end, String type, String value) {
        if (type == null || value == null || end <= start) return;
        TimexType timexType;
        try {
            timexType = TimexType.valueOf(type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return;
        }
        timexes.add(new Timex(text.subSequence(start, end).toString(), timexType, value, start, end));
    }

    private static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }
}
