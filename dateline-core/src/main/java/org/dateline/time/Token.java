package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word, a run of digits or one other character of the text, with its offsets. The temporal tagger
 * matches over these instead of over characters, which keeps it at tokenization speed.
 */
record Token(String text, String lower, Kind kind, int start, int end) {

    enum Kind { WORD, NUMBER, PUNCT }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    boolean isCapitalised() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    /** A word of two letters or more all in capitals: "DES MOINES", "AP". */
    boolean isInCapitals() {
        return kind == Kind.WORD && text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** No space between this token and the next one: "$29.75", "delegate-packed". */
    boolean touches(Token next) {
        return end == next.start;
    }

    boolean isQuoteMark() {
        return kind == Kind.PUNCT && text.chars().allMatch(c -> QUOTE_MARKS.indexOf(c) >= 0);
    }

    private static final String QUOTE_MARKS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb";

    /** Splits text into words (letters, with inner apostrophes), digit runs and single other characters. */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int length = text.length();
        // Lower-casing the text once is cheaper than per token; a few characters change length when
        // lower-cased ("İ"), and then each token is lower-cased on its own so that offsets stay true.
        String lowered = text.toLowerCase(Locale.ROOT);
        boolean sameOffsets = lowered.length() == length;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (isAsciiDigit(c)) {
                while (i < length && isAsciiDigit(text.charAt(i))) i++;
                tokens.add(plain(text, Kind.NUMBER, start, i));
            } else if (Character.isLetter(c)) {
                // Whether lower-casing may change the word: an ASCII capital, or any other character to check.
                boolean mayChange = false;
                while (i < length) {
                    char ch = text.charAt(i);
                    boolean inWord = Character.isLetter(ch) || isApostrophe(ch) && i + 1 < length
                            && Character.isLetter(text.charAt(i + 1)) && !isPossessiveEnding(text, i);
                    if (!inWord) break;
                    mayChange |= ch >= 128 || ch >= 'A' && ch <= 'Z';
                    i++;
                }
                tokens.add(word(text, lowered, sameOffsets, mayChange, start, i));
            } else {
                i += Character.charCount(text.codePointAt(i));
                tokens.add(plain(text, Kind.PUNCT, start, i));
            }
        }
        return tokens;
    }

    /** One-character strings of ASCII, shared by one-character tokens instead of a new string each. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) ASCII[c] = String.valueOf(c);
    }

    /**
     * A number or other character, its own lower-case form; one ASCII character shares a constant string. The
     * other hyphens (non-breaking "2018‑09‑10", minus, figure dash) read as the ASCII one.
     */
    private static Token plain(String text, Kind kind, int start, int end) {
        char c = text.charAt(start);
        String value = end - start == 1 && c < ASCII.length ? ASCII[c] : text.substring(start, end);
        return new Token(value, OTHER_HYPHENS.indexOf(c) >= 0 ? "-" : value, kind, start, end);
    }

    private static final String OTHER_HYPHENS = "\u2010\u2011\u2012\u2212\ufe63\uff0d";

    /** A word token; a word already in lower case shares one string for its text and its lower-case form. */
    private static Token word(String text, String lowered, boolean sameOffsets, boolean mayChange, int start, int end) {
        String lower = sameOffsets ? lowered.substring(start, end) : text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean unchanged = sameOffsets && (!mayChange || text.regionMatches(start, lowered, start, end - start));
        String word = unchanged ? lower : text.substring(start, end);
        // "won’t", "didn’t": a curly apostrophe reads as the straight one the word lists hold.
        if (lower.indexOf('\u2019') >= 0) lower = lower.replace('\u2019', '\'');
        return new Token(word, lower, Kind.WORD, start, end);
    }

    /** The index of the token containing the offset, or of the first token after it. */
    static int indexAt(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() <= offset) low = mid + 1;
            else high = mid;
        }
        return Math.max(0, low);
    }

    /** "Monday's" splits into "Monday" + "'s" so that the weekday is matched. */
    private static boolean isPossessiveEnding(String text, int apostrophe) {
        int next = apostrophe + 1;
        return next < text.length() && (text.charAt(next) == 's' || text.charAt(next) == 'S')
                && (next + 1 >= text.length() || !Character.isLetter(text.charAt(next + 1)));
    }

    /** Web text also spaces words with no-break (U+00A0, U+202F) and zero-width (U+200B, U+FEFF) spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** A possessive "'s" (or "\u2019s") starts at token i: the tokenizer splits it into the apostrophe and "s". */
    static boolean isPossessiveAt(List<Token> tokens, int i) {
        return i >= 0 && i + 1 < tokens.size() && tokens.get(i).text().length() == 1
                && isApostrophe(tokens.get(i).text().charAt(0)) && tokens.get(i + 1).is("s");
    }
}
