package org.dateline.store;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.model.Span;

/** Picks the sentence that best shows why an article matched: the one holding most query words. */
final class Snippets {

    private static final int MAX_LENGTH = 240;

    private Snippets() {
    }

    static String best(String text, List<Span> sentences, Set<String> queryWords) {
        Span best = null;
        int bestHits = -1;
        for (Span sentence : sentences) {
            String lower = sentence.of(text).toLowerCase(Locale.ROOT);
            int hits = 0;
            for (String word : queryWords) {
                if (lower.contains(word)) hits++;
            }
            if (hits > bestHits) {
                best = sentence;
                bestHits = hits;
            }
        }
        String snippet = best == null ? text : best.of(text);
        return snippet.length() <= MAX_LENGTH ? snippet : snippet.substring(0, MAX_LENGTH - 1) + "…";
    }
}
