package org.dateline.time;

import java.util.List;
import java.util.Set;

/**
 * The tense of the clause around a temporal expression, read from the nearest tense cue ("will",
 * "scheduled", "said", "-ed" verbs...) between the clause boundaries. Needed to resolve "on Monday" and
 * "in June" to the past or the coming one.
 */
enum ClauseTense {
    PAST, FUTURE, UNKNOWN;

    private static final int LEFT_WINDOW = 15;
    private static final int RIGHT_WINDOW = 12;

    /** Forms of "be" and modals: an "-ed" word after one is a passive or an adjective, not a past verb. */
    private static final Set<String> NON_PAST_AUXILIARIES = Set.of("be", "is", "are", "am", "being", "must", "should",
            "can", "could", "may", "might", "would", "to");
    /** Words of intention before an infinitive: "decided to admit them in March" looks ahead. */
    private static final Set<String> INTENTIONS = Set.of("decided", "agreed", "plans", "planned", "plan", "wants",
            "wanted", "hopes", "hoped", "intends", "intended", "expects", "expected", "promised", "vowed", "pledged",
            "aims", "aimed", "is", "are", "was", "were", "going", "scheduled", "set", "ready", "likely", "able",
            "prepared", "offered", "threatened", "seeks", "sought", "proposed", "asked", "invited");
    /** Prepositions of a deadline: "by Jan. 14", "until August" look ahead. */
    private static final Set<String> DEADLINES = Set.of("by", "until", "till");
    /** "since Jan. 13" looks back. */
    private static final Set<String> SINCE = Set.of("since");

    /**
     * The tense of the clause around tokens [first, end): the nearest cue before the expression (the verb
     * it usually modifies: "said on Monday"), else the nearest after it ("On Friday, the government
     * planned..."). An infinitive in between ("decided to admit them in March") looks ahead.
     */
    static ClauseTense around(String text, List<Token> tokens, int first, int end) {
        if (first > 0 && tokens.get(first - 1).isWord()) {
            String preposition = tokens.get(first - 1).lower();
            if (DEADLINES.contains(preposition)) return FUTURE;
            if (SINCE.contains(preposition)) return PAST;
        }
        for (int i = first - 1, distance = 1; i >= 0 && distance <= LEFT_WINDOW; i--, distance++) {
            if (isBoundary(text, tokens, i, i + 1)) break;
            if (isInfinitiveMark(tokens, i)) return FUTURE;
            ClauseTense cue = cueOf(tokens, i);
            if (cue != UNKNOWN) return cue;
        }
        for (int i = end, distance = 1; i < tokens.size() && distance <= RIGHT_WINDOW; i++, distance++) {
            if (isBoundary(text, tokens, i - 1, i)) break;
            ClauseTense cue = cueOf(tokens, i);
            if (cue != UNKNOWN) return cue;
        }
        return UNKNOWN;
    }

    private static boolean isInfinitiveMark(List<Token> tokens, int i) {
        return tokens.get(i).is("to") && i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                && INTENTIONS.contains(tokens.get(i - 1).lower());
    }

    /** A sentence end or semicolon at {@code at}, or a line break between tokens {@code before} and {@code at}. */
    private static boolean isBoundary(String text, List<Token> tokens, int before, int at) {
        if (at < tokens.size() && isClauseEnd(tokens.get(at))) return true;
        if (before >= 0 && isClauseEnd(tokens.get(before))) return true;
        if (before < 0 || at >= tokens.size()) return false;
        int lineBreak = text.indexOf('\n', tokens.get(before).end());
        return lineBreak >= 0 && lineBreak < tokens.get(at).start();
    }

    private static boolean isClauseEnd(Token token) {
        return token.kind() == Token.Kind.PUNCT && (token.is(".") || token.is("!") || token.is("?") || token.is(";"));
    }

    private static ClauseTense cueOf(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (!token.isWord()) return UNKNOWN;
        String word = token.lower();
        if (TemporalLexicon.FUTURE_CUES.contains(word) || word.endsWith("'ll") || word.endsWith("\u2019ll")) {
            if (word.equals("going") || word.equals("set")) {
                return i + 1 < tokens.size() && tokens.get(i + 1).is("to") ? FUTURE : UNKNOWN;
            }
            return FUTURE;
        }
        if (TemporalLexicon.PAST_CUES.contains(word)) return PAST;
        if (word.length() >= 4 && word.endsWith("ed") && !TemporalLexicon.NOT_PAST_ED.contains(word)
                && !token.isCapitalised()) {
            boolean passive = i > 0 && NON_PAST_AUXILIARIES.contains(tokens.get(i - 1).lower())
                    || i > 1 && NON_PAST_AUXILIARIES.contains(tokens.get(i - 2).lower()) && tokens.get(i - 1).is("be");
            return passive ? UNKNOWN : PAST;
        }
        return UNKNOWN;
    }
}
