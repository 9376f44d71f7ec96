package org.dateline.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from its share of very common function words. Knows a handful of European
 * languages; answers null when no language is clearly present. Pure function.
 */
final class LanguageGuesser {

    private static final Map<String, Set<String>> STOPWORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "was", "on", "said", "he", "as", "by", "at", "from", "his", "have"),
            "de", Set.of("der", "die", "und", "den", "das", "nicht", "ist", "mit", "sich", "des", "auf", "für", "eine", "dem", "ein", "auch", "wird", "von", "zu", "sie"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "que", "dans", "pour", "qui", "pas", "sur", "au", "il", "avec", "sont", "par", "ce"),
            "es", Set.of("el", "la", "los", "las", "que", "del", "en", "por", "con", "una", "para", "es", "se", "al", "lo", "como", "más", "pero", "sus", "fue"),
            "it", Set.of("il", "di", "che", "la", "della", "per", "non", "una", "sono", "del", "con", "gli", "alla", "anche", "nel", "è", "le", "da", "si", "ha"),
            "pt", Set.of("o", "de", "que", "não", "uma", "os", "do", "da", "em", "para", "com", "mais", "as", "dos", "se", "por", "foi", "ao", "ele", "é"),
            "nl", Set.of("de", "het", "een", "en", "van", "niet", "dat", "is", "op", "te", "zijn", "met", "voor", "ook", "maar", "door", "bij", "naar", "ze", "wordt"));
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Words looked at: enough to decide, bounded so long texts cost no more. */
    private static final int SAMPLE_WORDS = 400;
    private static final int MIN_WORDS = 5;
    private static final double MIN_SHARE = 0.12;

    private LanguageGuesser() {
    }

    static String guess(List<String> paragraphs) {
        int words = 0;
        Map<String, int[]> hits = new HashMap<>();
        outer:
        for (String paragraph : paragraphs) {
            Matcher m = WORD.matcher(paragraph);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                words++;
                for (var entry : STOPWORDS.entrySet()) {
                    if (entry.getValue().contains(word)) hits.computeIfAbsent(entry.getKey(), k -> new int[1])[0]++;
                }
                if (words >= SAMPLE_WORDS) break outer;
            }
        }
        if (words < MIN_WORDS) return null;
        String best = null;
        int bestHits = 0;
        for (var entry : hits.entrySet()) {
            int count = entry.getValue()[0];
            if (count > bestHits || (count == bestHits && best != null && entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
                bestHits = count;
            }
        }
        return bestHits >= MIN_SHARE * words ? best : null;
    }
}
