package org.dateline.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.EntityMention;
import org.dateline.model.EntityType;
import org.dateline.model.Quote;
import org.dateline.model.Span;

/**
 * Direct quotes in “curly” or "straight" marks, with their speakers, found by the patterns news writing
 * uses: {@code “…,” Trump said}, {@code said Trump}, {@code Moon said, adding: “…”}, {@code Sanders told
 * reporters the letter exhibited “…”}, {@code “…,” he said} (the pronoun resolved to the person who is
 * the subject of the nearest preceding sentence naming one), {@code according to …}. A quote that runs on
 * over a paragraph break (no closing mark, the next paragraph closes it) is one quote; a paragraph that
 * only continues the previous paragraph's quote inherits its speaker.
 */
public final class PatternQuoteExtractor implements QuoteExtractor {

    /** A quote of fewer words is a scare quote ("described as “beautiful”"), not speech. */
    private static final int MIN_WORDS = 2;
    /** Below this many words, a quote nobody is said to have said is a phrase held at arm's length. */
    private static final int MIN_WORDS_UNATTRIBUTED = 5;
    /** How far around a quote its attribution may be, in words. */
    private static final int SUBJECT_WINDOW_WORDS = 8;
    /** The most words an attribution between two parts of one quote may take ("said X, head of Y."). */
    private static final int ATTRIBUTION_GAP_WORDS = 14;

    private static final Pattern SPEECH_VERB = Pattern.compile(
            "\\b(?:said|says|say|told|tells|tell|added|adds|adding|asked|asks|stated|states|wrote|writes|"
                    + "declared|explained|noted|insisted|claimed|claims|vowed|warned|argued|recalled|replied|"
                    + "responded|continued|reckoned|described|praised|announced|acknowledged|conceded|suggested|"
                    + "tweeted|posted|according to)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");
    private static final Pattern CAPITALISED_NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3}\\b");
    private static final Set<String> NOT_NAMES = Set.of("The", "But", "And", "In", "It", "Its", "His", "Her",
            "Their", "Our", "My", "Your", "This", "That", "A",
            "An", "He", "She", "They", "We", "I", "On", "At", "As", "If", "When", "While", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private record Marks(int open, int close, int textStart, int textEnd) {
    }

    @Override
    public List<Quote> extract(String text, List<Span> sentences, List<EntityMention> entities) {
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        int previousParagraphEnd = -1;
        for (Marks marks : findMarks(text)) {
            String words = text.substring(marks.textStart(), marks.textEnd());
            if (wordCount(words) < MIN_WORDS) continue;
            String speaker = speakerAfter(text, marks, sentences, entities);
            if (speaker == null) speaker = speakerBefore(text, marks, sentences, entities);
            if (speaker == null && previous != null && continues(text, previous, previousParagraphEnd, marks)) {
                speaker = previous.speaker();
            }
            if (speaker == null && wordCount(words) < MIN_WORDS_UNATTRIBUTED) continue;
            Quote quote = new Quote(words, speaker, null, marks.textStart(), marks.textEnd());
            quotes.add(quote);
            previous = quote;
            previousParagraphEnd = paragraphEnd(text, marks.close());
        }
        return quotes;
    }

    /**
     * Whether a quote goes on with the previous one: it opens the paragraph right after the previous
     * quote's paragraph, or it follows in the same paragraph with only the attribution between
     * ("“…,” said Caddell. “…”").
     */
    private static boolean continues(String text, Quote previous, int previousParagraphEnd, Marks marks) {
        int paragraphStart = paragraphStart(text, marks.open());
        if (marks.open() == paragraphStart && previousParagraphEnd == paragraphStart - 2) return true;
        return previous.end() > paragraphStart
                && wordCount(text.substring(previous.end(), marks.open())) <= ATTRIBUTION_GAP_WORDS;
    }

    /** Quote mark pairs, paragraph by paragraph; an unclosed quote may close in the next paragraph. */
    private static List<Marks> findMarks(String text) {
        List<Marks> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '“' && c != '"') {
                i++;
                continue;
            }
            char closer = c == '“' ? '”' : '"';
            int paragraphEnd = paragraphEnd(text, i);
            int close = text.indexOf(closer, i + 1);
            if (close < 0 || close >= paragraphEnd) {
                close = continuationClose(text, paragraphEnd, c, closer);
            }
            int textStart = i + 1;
            int textEnd = close;
            while (textStart < textEnd && Character.isWhitespace(text.charAt(textStart))) textStart++;
            while (textEnd > textStart && (Character.isWhitespace(text.charAt(textEnd - 1))
                    || text.charAt(textEnd - 1) == ',')) textEnd--;
            if (textEnd > textStart) found.add(new Marks(i, close, textStart, textEnd));
            i = close + 1;
        }
        return found;
    }

    /**
     * Where a quote left open at a paragraph's end closes: in the next paragraph when that one closes a
     * quote before opening any (an odd number of straight marks not opening it), else at the paragraph end.
     */
    private static int continuationClose(String text, int paragraphEnd, char opener, char closer) {
        int next = paragraphEnd + 2;
        if (next >= text.length()) return paragraphEnd;
        int nextEnd = paragraphEnd(text, next);
        String paragraph = text.substring(next, nextEnd);
        int close = paragraph.indexOf(closer);
        if (close < 0) return paragraphEnd;
        if (opener == '“') {
            int reopen = paragraph.indexOf('“');
            return reopen >= 0 && reopen < close ? paragraphEnd : next + close;
        }
        long marks = paragraph.chars().filter(ch -> ch == '"').count();
        return marks % 2 == 1 && paragraph.charAt(0) != '"' ? next + close : paragraphEnd;
    }

    /**
     * {@code “…,” Trump said}, {@code “…,” said Trump}, {@code “…,” he said}, {@code “…” according to X},
     * and a sentence-final {@code … Sarah Sanders said on Monday.} that attributes the whole sentence.
     */
    private static String speakerAfter(String text, Marks marks, List<Span> sentences, List<EntityMention> entities) {
        int from = marks.close() + 1;
        // Bounded by the paragraph, not the sentence: splitters cut "said Rep. G.K. Butterfield" after "Rep.".
        int to = Math.min(paragraphEnd(text, from), nextOpen(text, from));
        if (to <= from) return null;
        Matcher verb = SPEECH_VERB.matcher(text).region(from, to);
        if (verb.find() && wordCount(text.substring(from, verb.start())) <= SUBJECT_WINDOW_WORDS) {
            String subject = nameIn(text, from, verb.start(), entities, sentences, true);
            if (subject != null) return subject;
            // "said Trump", "said U.S. President Donald Trump": only a named person or organisation.
            int afterVerb = Math.min(to, forwardWords(text, verb.end(), 4));
            for (EntityMention m : entities) {
                if (m.start() >= verb.end() && m.end() <= afterVerb && isSpeakerType(m.type())) return m.text();
            }
            return null;
        }
        return sentenceFinalSpeaker(text, from, sentenceEnd(sentences, marks.close(), text.length()), entities, sentences);
    }

    /** The subject of a speech verb that closes the sentence ("…, spokeswoman Sarah Sanders said on Monday."). */
    private static String sentenceFinalSpeaker(String text, int from, int sentenceEnd, List<EntityMention> entities,
                                               List<Span> sentences) {
        Matcher verb = SPEECH_VERB.matcher(text).region(from, sentenceEnd);
        int lastStart = -1;
        int lastEnd = -1;
        while (verb.find()) {
            lastStart = verb.start();
            lastEnd = verb.end();
        }
        if (lastStart < 0 || wordCount(text.substring(lastEnd, sentenceEnd)) > 3
                || insideQuote(text, from, lastStart)) {
            return null;
        }
        return nameIn(text, backWords(text, lastStart, 4, from), lastStart, entities, sentences, true);
    }

    private static int forwardWords(String text, int at, int words) {
        int i = at;
        int seen = 0;
        while (i < text.length() && seen <= words) {
            if (Character.isWhitespace(text.charAt(i))) seen++;
            i++;
        }
        return i;
    }

    /** {@code Moon said, adding: “…”}, {@code Sanders told reporters the letter exhibited “…”}. */
    private static String speakerBefore(String text, Marks marks, List<Span> sentences, List<EntityMention> entities) {
        int from = sentenceStart(sentences, marks.open());
        int to = marks.open();
        Matcher verb = SPEECH_VERB.matcher(text).region(from, to);
        int verbStart = -1;
        int verbEnd = -1;
        while (verb.find()) {
            if (!insideQuote(text, from, verb.start())) {
                verbStart = verb.start();
                verbEnd = verb.end();
            }
        }
        if (verbStart < 0) return null;
        if (text.startsWith("according to", verbStart)) {
            return nameIn(text, verbEnd, to, entities, sentences, false);
        }
        int subjectFrom = backWords(text, verbStart, SUBJECT_WINDOW_WORDS, from);
        String subject = nameIn(text, subjectFrom, verbStart, entities, sentences, true);
        if (subject == null) {
            // "Moon said, adding: “…”": the subject of the first speech verb of the clause.
            Matcher first = SPEECH_VERB.matcher(text).region(from, verbStart);
            if (first.find()) {
                subject = nameIn(text, backWords(text, first.start(), SUBJECT_WINDOW_WORDS, from), first.start(),
                        entities, sentences, true);
            }
        }
        return subject;
    }

    /**
     * The speaker named in [from, to): a person or organisation mention (the last one when looking
     * back from a verb, the first when looking forward), a resolved pronoun, or a capitalised name.
     */
    private static String nameIn(String text, int from, int to, List<EntityMention> entities,
                                 List<Span> sentences, boolean last) {
        if (to <= from) return null;
        EntityMention chosen = null;
        for (EntityMention m : entities) {
            if (m.start() >= from && m.end() <= to && isSpeakerType(m.type())) {
                if (chosen == null || last) chosen = m;
                if (!last) break;
            }
        }
        Matcher pronoun = PRONOUN.matcher(text).region(from, to);
        int pronounAt = -1;
        while (pronoun.find()) {
            pronounAt = pronoun.start();
            if (!last) break;
        }
        boolean pronounWins = pronounAt >= 0 && (chosen == null || (last ? pronounAt > chosen.start()
                : pronounAt < chosen.start()));
        if (pronounWins) return resolvePronoun(text, pronounAt, sentences, entities);
        if (chosen != null) return chosen.text();
        Matcher name = CAPITALISED_NAME.matcher(text).region(from, to);
        String found = null;
        while (name.find()) {
            if (NOT_NAMES.contains(name.group().split("\\s+")[0]) || name.group().length() < 3
                    || namesNonSpeaker(entities, name.start(), name.end())) continue;
            found = name.group();
            if (!last) break;
        }
        return found;
    }

    /** The first person named outside quotes in the nearest earlier sentence that names one. */
    private static String resolvePronoun(String text, int at, List<Span> sentences, List<EntityMention> entities) {
        int index = sentenceIndex(sentences, at);
        for (int s = index - 1; s >= 0 && s >= index - 3; s--) {
            Span sentence = sentences.get(s);
            for (EntityMention m : entities) {
                if (m.type() == EntityType.PERSON && sentence.contains(m.start())
                        && !insideQuote(text, sentence.start(), m.start())) {
                    return m.text();
                }
            }
        }
        return null;
    }

    /** Whether a capitalised run is a place or other entity that does not speak ("Washington insisted"). */
    private static boolean namesNonSpeaker(List<EntityMention> entities, int start, int end) {
        for (EntityMention m : entities) {
            if (m.start() < end && start < m.end() && !isSpeakerType(m.type())) return true;
        }
        return false;
    }

    private static boolean isSpeakerType(EntityType type) {
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
    }

    /** Whether a position lies inside a quote that opens after {@code from} (odd number of marks before it). */
    private static boolean insideQuote(String text, int from, int at) {
        int curly = 0;
        int straight = 0;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            if (c == '“') curly++;
            else if (c == '”') curly = Math.max(0, curly - 1);
            else if (c == '"') straight++;
        }
        return curly > 0 || straight % 2 == 1;
    }

    private static int backWords(String text, int at, int words, int floor) {
        int i = at;
        int seen = 0;
        while (i > floor && seen <= words) {
            i--;
            if (Character.isWhitespace(text.charAt(i))) seen++;
        }
        return Math.max(floor, i);
    }

    private static int nextOpen(String text, int from) {
        int curly = text.indexOf('“', from);
        int straight = text.indexOf('"', from);
        int next = text.length();
        if (curly >= 0) next = Math.min(next, curly);
        if (straight >= 0) next = Math.min(next, straight);
        return next;
    }

    private static int sentenceIndex(List<Span> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) return i;
        }
        return sentences.size();
    }

    private static int sentenceStart(List<Span> sentences, int offset) {
        int i = sentenceIndex(sentences, offset);
        return i < sentences.size() && sentences.get(i).start() <= offset ? sentences.get(i).start() : offset;
    }

    private static int sentenceEnd(List<Span> sentences, int offset, int fallback) {
        int i = sentenceIndex(sentences, offset);
        return i < sentences.size() ? sentences.get(i).end() : fallback;
    }

    private static int paragraphStart(String text, int offset) {
        int p = text.lastIndexOf("\n\n", offset);
        return p < 0 ? 0 : p + 2;
    }

    private static int paragraphEnd(String text, int offset) {
        int p = text.indexOf("\n\n", offset);
        return p < 0 ? text.length() : p;
    }

    private static int wordCount(String s) {
        Matcher m = WORD.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
