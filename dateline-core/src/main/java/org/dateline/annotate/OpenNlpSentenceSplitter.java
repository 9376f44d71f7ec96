package org.dateline.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.dateline.model.Span;

/**
 * Sentences from Apache OpenNLP's English UD model (shipped in a Maven jar, Apache-2.0), run paragraph
 * by paragraph so that no sentence crosses a blank line. Spans are trimmed of surrounding whitespace.
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

    private static final Set<String> NON_FINAL_ABBREVIATIONS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.",
            "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.", "Capt.", "Prof.", "St.", "Jan.", "Feb.", "Aug.", "Sept.",
            "Sep.", "Oct.", "Nov.", "Dec.", "No.", "Vol.", "vs.", "Pres.", "Rev.", "Adm.", "Maj.", "Cmdr.");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)$");
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,4}");
    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final SentenceModel model;
    // SentenceDetectorME keeps per-call state; the model itself is shared.
    private final ThreadLocal<SentenceDetectorME> detector;

    public OpenNlpSentenceSplitter() {
        try (InputStream in = OpenNlpSentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " not on the class path");
            }
            model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model", e);
        }
        detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    @Override
    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) paragraphEnd = text.length();
            splitParagraph(text, paragraphStart, paragraphEnd, sentences);
            paragraphStart = paragraphEnd + 2;
        }
        return sentences;
    }

    private void splitParagraph(String text, int from, int to, List<Span> out) {
        String paragraph = text.substring(from, to);
        if (paragraph.isBlank()) return;
        Span previous = null;
        for (opennlp.tools.util.Span s : detector.get().sentPosDetect(paragraph)) {
            int start = from + s.getStart();
            int end = from + s.getEnd();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end <= start) continue;
            if (previous != null && endsWithoutEnding(text, previous, start)) {
                previous = new Span(previous.start(), end);
                out.set(out.size() - 1, previous);
            } else {
                previous = new Span(start, end);
                out.add(previous);
            }
        }
    }

    /**
     * The model (trained on web text) splits after news abbreviations: "Sept. 10", "Gen. Smith",
     * "the U.S. President". Such a split is undone when the abbreviation cannot end a sentence, or when a
     * short initialism stands alone or is followed by a lower-case word.
     */
    private static boolean endsWithoutEnding(String text, Span previous, int nextStart) {
        String sentence = previous.of(text);
        Matcher last = LAST_WORD.matcher(sentence);
        if (!last.find()) return false;
        String word = last.group(1);
        if (NON_FINAL_ABBREVIATIONS.contains(word)) return true;
        if (!INITIALISM.matcher(word).matches()) return false;
        boolean alone = sentence.strip().split("\\s+").length <= 2;
        return alone || Character.isLowerCase(text.charAt(nextStart));
    }
}
