package org.dateline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns candidate paragraphs into a clean body and the metadata its lines state: drops page furniture,
 * takes the header's title, date and byline, the trailing agency credit and the credits line, splits the
 * dateline off the first paragraph, drops a standfirst that repeats the lead, and joins paragraphs a scraper
 * broke in two. Shared by the text and HTML extractors. Pure function.
 */
final class BodyCleaner {

    /**
     * What the lines of a body state besides the body itself. {@code droppedBoilerplate} tells whether any line
     * went as page furniture, trailing tags or a repeat, rather than as metadata (title, date, byline, credits,
     * dateline) or by joining a broken paragraph.
     */
    record Cleaned(String title, String published, List<String> authors, String outlet, String dateline,
                   List<String> paragraphs, boolean droppedBoilerplate) {
    }

    private static final Pattern LEADING_STAMP = Pattern.compile("(?i)(?:published|updated|posted|last updated)\\b");
    /** How far into a line a leading publication stamp may reach. */
    private static final int STAMP_REACH = 160;
    private static final int HEADLINE_MAX_WORDS = 30;
    private static final int HEADLINE_MAX_CHARS = 250;
    private static final int TAIL_MAX_WORDS = 3;
    /** A leading summary is looked for among the first paragraphs and its repeat among the next ones. */
    private static final int STANDFIRST_WINDOW = 3;
    private static final int REPEAT_WINDOW = 3;
    private static final double REPEAT_CONTAINMENT = 0.8;
    private static final int MIN_BROKEN_WORDS = 6;
    private static final int MIN_REPEAT_WORDS = 3;

    private BodyCleaner() {
    }

    /**
     * @param blocks      candidate paragraphs in page order
     * @param knownTitle  the title the page's metadata states, or null to take the first headline-like line
     */
    static Cleaned clean(List<Block> blocks, String knownTitle) {
        String title = knownTitle;
        String published = null;
        Set<String> authors = new LinkedHashSet<>();
        List<Block> body = new ArrayList<>();
        boolean bodyStarted = false;
        boolean droppedBoilerplate = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String text = collapseSpaces(block.text());
            if (text.isEmpty()) continue;
            List<String> credited = LineRules.creditedAuthors(text);
            if (credited != null) {
                authors.addAll(credited);
                continue;
            }
            if (LineRules.isFurniture(text)) {
                droppedBoilerplate = true;
                continue;
            }
            List<String> byline = LineRules.bylineAuthors(text);
            if (byline != null) {
                authors.addAll(byline);
                if (published == null && !bodyStarted) published = firstDate(text);
                continue;
            }
            if (LineRules.isDateLine(text)) {
                if (published == null && !bodyStarted) published = firstDate(text);
                dropDateLabel(body);
                continue;
            }
            if (title != null && sameText(text, title)) continue;
            if (!bodyStarted && title == null && isHeadline(text)
                    && !(i + 1 < blocks.size() && continuesLowerCase(blocks.get(i + 1).text()))) {
                title = text;
                continue;
            }
            String unstamped = bodyStarted ? null : withoutLeadingStamp(text);
            if (unstamped != null) {
                if (published == null) published = firstDate(text);
                if (unstamped.isEmpty()) continue;
                text = unstamped;
            }
            if (!bodyStarted) bodyStarted = isProse(text);
            body.add(new Block(text, block.kind()));
        }
        int lines = body.size();
        String outlet = trailingAgency(body);
        WireDateline dateline = takeDateline(body);
        if (dateline != null && dateline.agency() != null) outlet = dateline.agency();
        List<Block> unrepeated = dropRepeats(body);
        droppedBoilerplate |= unrepeated.size() < lines;
        List<String> paragraphs = joinBroken(unrepeated);
        return new Cleaned(title, published, List.copyOf(authors), outlet, dateline == null ? null : dateline.named(),
                paragraphs, droppedBoilerplate);
    }

    /**
     * Drops the short running-text line just before a date line: the byline or outlet it goes with ("Jane Doe
     * and John Roe Riverton Gazette"), which no "By" marks; kept, it would be joined to the lead paragraph.
     */
    private static void dropDateLabel(List<Block> body) {
        if (body.isEmpty()) return;
        Block last = body.getLast();
        if (last.kind() == Block.Kind.TEXT && LineRules.isHeadingLike(last.text())) body.removeLast();
    }

    /** Splits the dateline off the first running-text paragraph, when it has one. */
    private static WireDateline takeDateline(List<Block> body) {
        int first = firstTextIndex(body);
        if (first < 0) return null;
        // A short heading the title rule left in the body ("Oil rises") may stand above the lead.
        int lead = first;
        WireDateline dateline = WireDateline.opening(body.get(lead).text()).orElse(null);
        if (dateline == null && LineRules.isHeadingLike(body.get(first).text())) {
            lead = nextTextIndex(body, first);
            dateline = lead < 0 ? null : WireDateline.opening(body.get(lead).text()).orElse(null);
        }
        if (dateline == null) return null;
        Block block = body.get(lead);
        body.set(lead, new Block(block.text().substring(dateline.end()).strip(), block.kind()));
        return dateline;
    }

    /**
     * The line without a leading publication stamp run into it ("PUBLISHED: November 19, 2019 at 8:59 pm |
     * UPDATED: ... BUFFALO, N.Y. — ..."), or null when it has none.
     */
    private static String withoutLeadingStamp(String text) {
        if (!LEADING_STAMP.matcher(text).lookingAt()) return null;
        int end = -1;
        for (DateParser.Found date : DateParser.findAll(text.substring(0, Math.min(text.length(), STAMP_REACH)))) {
            end = date.end();
        }
        if (end < 0) return null;
        return text.substring(end).replaceFirst("^[\\s|•·,;:–—-]+", "");
    }

    private static boolean sameText(String text, String title) {
        return Math.abs(text.length() - title.length()) <= title.length() / 4
                && LineRules.normalize(text).equals(LineRules.normalize(title));
    }

    private static String firstDate(String text) {
        List<DateParser.Found> dates = DateParser.findAll(text);
        return dates.isEmpty() ? null : dates.getFirst().iso();
    }

    private static boolean isHeadline(String text) {
        int words = LineRules.wordCount(text);
        return words >= 3 && words <= HEADLINE_MAX_WORDS && text.length() <= HEADLINE_MAX_CHARS
                && !text.endsWith(".")
                && (Character.isUpperCase(text.codePointAt(0)) || !Character.isLetter(text.codePointAt(0)));
    }

    /** A line that starts in lower case continues the line before it (hard-wrapped text), which is no title. */
    private static boolean continuesLowerCase(String next) {
        String strip = next.strip();
        return !strip.isEmpty() && Character.isLowerCase(strip.codePointAt(0));
    }

    /** Running text rather than header furniture: long, or a full sentence. */
    private static boolean isProse(String text) {
        int words = LineRules.wordCount(text);
        return words >= 20 || (words >= 8 && LineRules.endsSentence(text));
    }

    /**
     * Drops the short lines after the last paragraph (agency credit, tags, categories; not rows of figures such
     * as "Injured: 74") and returns the agency when the first of them is one ("IANS").
     */
    private static String trailingAgency(List<Block> body) {
        int tailStart = body.size();
        while (tailStart > 0) {
            Block block = body.get(tailStart - 1);
            if (block.kind() != Block.Kind.TEXT || LineRules.wordCount(block.text()) > TAIL_MAX_WORDS
                    || LineRules.endsSentence(block.text()) || LineRules.isLabelledFigure(block.text())) {
                break;
            }
            tailStart--;
        }
        if (tailStart == 0 || tailStart == body.size()) return null;
        String agency = LineRules.agency(body.get(tailStart).text());
        body.subList(tailStart, body.size()).clear();
        return agency;
    }

    private static int firstTextIndex(List<Block> body) {
        return nextTextIndex(body, -1);
    }

    private static int nextTextIndex(List<Block> body, int after) {
        for (int i = after + 1; i < body.size(); i++) {
            if (body.get(i).kind() == Block.Kind.TEXT) return i;
        }
        return -1;
    }

    /**
     * Drops a paragraph that repeats the one just before it (a page rendered twice), and a leading summary
     * whose words a nearby later paragraph repeats. Repeats further apart stay: interview questions, pull
     * quotes and table headers recur in the article as published.
     */
    private static List<Block> dropRepeats(List<Block> body) {
        List<Block> result = new ArrayList<>(body.size());
        String previous = null;
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            String normalized = LineRules.normalize(block.text());
            boolean repeat = normalized.equals(previous);
            previous = normalized;
            // Short replies ("Yes.") may repeat in a dialogue.
            if (repeat && LineRules.wordCount(block.text()) >= MIN_REPEAT_WORDS) continue;
            if (i < STANDFIRST_WINDOW && block.kind() == Block.Kind.TEXT && repeatedLater(body, i)) continue;
            result.add(block);
        }
        return result;
    }

    private static boolean repeatedLater(List<Block> body, int index) {
        Set<String> words = LineRules.wordSet(body.get(index).text());
        if (words.size() < MIN_BROKEN_WORDS) return false;
        for (int j = index + 1; j < Math.min(body.size(), index + 1 + REPEAT_WINDOW); j++) {
            Set<String> later = LineRules.wordSet(body.get(j).text());
            long shared = words.stream().filter(later::contains).count();
            // The repeat says more than the summary; an exact repeat is dropped as such, not the first copy.
            if (later.size() > words.size() && shared >= REPEAT_CONTAINMENT * words.size()) return true;
        }
        return false;
    }

    /**
     * Joins a running-text paragraph that stops mid-sentence with the paragraph that continues it. Linear:
     * a paragraph is built once however many broken lines it joins.
     */
    private static List<String> joinBroken(List<Block> body) {
        List<String> paragraphs = new ArrayList<>(body.size());
        StringBuilder current = null;
        Block last = null;
        int currentWords = 0;
        for (Block block : body) {
            int words = LineRules.wordCount(block.text());
            if (current != null && continues(last, currentWords, block, words)) {
                current.append(' ').append(block.text());
                currentWords += words;
            } else {
                if (current != null) paragraphs.add(current.toString());
                current = new StringBuilder(block.text());
                currentWords = words;
            }
            last = block;
        }
        if (current != null) paragraphs.add(current.toString());
        return paragraphs;
    }

    /**
     * Whether {@code next} continues the paragraph that ends with {@code last}: both running text, the
     * paragraph long enough and ending mid-sentence, and {@code next} no heading.
     */
    private static boolean continues(Block last, int paragraphWords, Block next, int nextWords) {
        if (last.kind() != Block.Kind.TEXT || next.kind() != Block.Kind.TEXT) return false;
        String text = last.text();
        char end = text.charAt(text.length() - 1);
        boolean midSentence = Character.isLetterOrDigit(end) || end == ',' || end == '-' || end == '–';
        if (!midSentence || paragraphWords < MIN_BROKEN_WORDS || isUpperCase(text)) return false;
        return nextWords >= MIN_BROKEN_WORDS || !LineRules.isHeadingLike(next.text());
    }

    /** Whether the text has no space to collapse: single plain spaces between words only (most blocks, as found). */
    private static boolean isCollapsed(String text) {
        boolean previousSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previousSpace) return false;
                previousSpace = true;
            } else {
                if (!isPrintableAscii(c) && isSpace(c)) return false;
                previousSpace = false;
            }
        }
        return !previousSpace || text.isEmpty();
    }

    private static boolean isUpperCase(String text) {
        return text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** The text with every run of white space (including no-break and zero-width spaces) as one space, trimmed. */
    static String collapseSpaces(String text) {
        if (isCollapsed(text)) return text;
        var out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isPrintableAscii(c) && isSpace(c)) {
                gap = true;
            } else {
                if (gap && !out.isEmpty()) out.append(' ');
                out.append(c);
                gap = false;
            }
        }
        return out.toString();
    }

    private static boolean isPrintableAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** White space, including no-break and zero-width spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B';
    }
}
