package org.dateline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns candidate paragraphs into a clean body and the metadata its lines state: drops page furniture,
 * takes the header's title, date and byline, the trailing agency credit and the credits line, splits the
 * dateline off the first paragraph, drops a standfirst that repeats the lead, and joins paragraphs a scraper
 * broke in two. Shared by the text and HTML extractors. Pure function.
 */
final class BodyCleaner {

    /** What the lines of a body state besides the body itself. */
    record Cleaned(String title, String published, List<String> authors, String outlet, String dateline,
                   List<String> paragraphs) {
    }

    /** "SEOUL/WASHINGTON (Reuters) -", "WASHINGTON, June 5 (Reuters) —", "Beijing, March 3 (IANS)": place, agency. */
    private static final Pattern AGENCY_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'’ /-]{1,50}?)(,\\s*[\\p{L}\\d ,.]{1,30}?)?\\s*\\((\\p{Lu}[\\p{L}&.\\- ]{1,30})\\)\\s*([-–—:]+\\s*)?");
    /** "PORT ELWOOD — A fire ...", "RIVERTON, Ohio - ...": an upper-case place and a dash. */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’ /-]{1,50}?)(?:,\\s*[\\p{L}\\d ,.]{1,30}?)?\\s+[-–—]{1,2}\\s+");
    private static final int HEADLINE_MAX_WORDS = 30;
    private static final int HEADLINE_MAX_CHARS = 250;
    private static final int TAIL_MAX_WORDS = 3;
    /** A leading summary is looked for among the first paragraphs and its repeat among the next ones. */
    private static final int STANDFIRST_WINDOW = 3;
    private static final int REPEAT_WINDOW = 6;
    private static final double REPEAT_CONTAINMENT = 0.8;
    private static final int MIN_BROKEN_WORDS = 6;

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
        for (Block block : blocks) {
            String text = collapseSpaces(block.text());
            if (text.isEmpty()) continue;
            List<String> credited = LineRules.creditedAuthors(text);
            if (credited != null) {
                authors.addAll(credited);
                continue;
            }
            if (LineRules.isFurniture(text)) continue;
            List<String> byline = LineRules.bylineAuthors(text);
            if (byline != null) {
                authors.addAll(byline);
                if (published == null && !bodyStarted) published = firstDate(text);
                continue;
            }
            if (LineRules.isDateLine(text)) {
                if (published == null && !bodyStarted) published = firstDate(text);
                continue;
            }
            if (title != null && LineRules.normalize(text).equals(LineRules.normalize(title))) continue;
            if (!bodyStarted && title == null && knownTitle == null && isHeadline(text)) {
                title = text;
                continue;
            }
            bodyStarted |= isProse(text);
            body.add(new Block(text, block.kind()));
        }
        String outlet = trailingAgency(body);
        String dateline = null;
        int first = firstTextIndex(body);
        if (first >= 0) {
            String lead = body.get(first).text();
            Matcher agency = AGENCY_DATELINE.matcher(lead);
            Matcher place = PLACE_DATELINE.matcher(lead);
            // Without a dash or a date, "Name (Party) said" is not a dateline.
            boolean agencyFound = agency.lookingAt() && (agency.group(2) != null || agency.group(4) != null);
            Matcher found = agencyFound ? agency : place.lookingAt() ? place : null;
            String rest = found == null ? "" : lead.substring(found.end()).strip();
            if (!rest.isEmpty()) {
                dateline = found.group(1).strip();
                if (agencyFound) outlet = agency.group(3).strip();
                body.set(first, new Block(rest, body.get(first).kind()));
            }
        }
        List<String> paragraphs = joinBroken(dropRepeats(body));
        return new Cleaned(title, published, List.copyOf(authors), outlet, dateline, paragraphs);
    }

    private static String firstDate(String text) {
        List<DateParser.Found> dates = DateParser.findAll(text);
        return dates.isEmpty() ? null : dates.getFirst().iso();
    }

    private static boolean isHeadline(String text) {
        int words = LineRules.wordCount(text);
        return words >= 3 && words <= HEADLINE_MAX_WORDS && text.length() <= HEADLINE_MAX_CHARS
                && !text.endsWith(".") && Character.isUpperCase(text.codePointAt(0)) | !Character.isLetter(text.codePointAt(0));
    }

    /** Running text rather than header furniture: long, or a full sentence. */
    private static boolean isProse(String text) {
        int words = LineRules.wordCount(text);
        return words >= 20 || (words >= 8 && LineRules.endsSentence(text));
    }

    /**
     * Drops the short lines after the last paragraph (agency credit, tags, categories) and returns the
     * agency when the first of them is one ("IANS").
     */
    private static String trailingAgency(List<Block> body) {
        int tailStart = body.size();
        while (tailStart > 0) {
            String text = body.get(tailStart - 1).text();
            if (LineRules.wordCount(text) > TAIL_MAX_WORDS || LineRules.endsSentence(text)) break;
            tailStart--;
        }
        if (tailStart == 0 || tailStart == body.size()) return null;
        String agency = LineRules.agency(body.get(tailStart).text());
        body.subList(tailStart, body.size()).clear();
        return agency;
    }

    private static int firstTextIndex(List<Block> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).kind() == Block.Kind.TEXT) return i;
        }
        return -1;
    }

    /** Drops exact repeats, and a leading summary whose words a nearby later paragraph repeats. */
    private static List<Block> dropRepeats(List<Block> body) {
        List<Block> result = new ArrayList<>(body.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            Block block = body.get(i);
            if (!seen.add(LineRules.normalize(block.text()))) continue;
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
            if (later.size() >= words.size() && shared >= REPEAT_CONTAINMENT * words.size()) return true;
        }
        return false;
    }

    /** Joins a running-text paragraph that stops mid-sentence with the paragraph that continues it. */
    private static List<String> joinBroken(List<Block> body) {
        List<String> paragraphs = new ArrayList<>(body.size());
        Block previous = null;
        for (Block block : body) {
            if (previous != null && continues(previous, block)) {
                String joined = paragraphs.removeLast() + " " + block.text();
                previous = new Block(joined, Block.Kind.TEXT);
                paragraphs.add(joined);
                continue;
            }
            paragraphs.add(block.text());
            previous = block;
        }
        return paragraphs;
    }

    private static boolean continues(Block previous, Block next) {
        if (previous.kind() != Block.Kind.TEXT || next.kind() != Block.Kind.TEXT) return false;
        String text = previous.text();
        char last = text.charAt(text.length() - 1);
        boolean midSentence = Character.isLetterOrDigit(last) || last == ',' || last == '-' || last == '–';
        if (!midSentence || LineRules.wordCount(text) < MIN_BROKEN_WORDS || isUpperCase(text)) return false;
        return !LineRules.isHeadingLike(next.text()) || LineRules.wordCount(next.text()) >= MIN_BROKEN_WORDS;
    }

    private static boolean isUpperCase(String text) {
        return text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    static String collapseSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]+", " ").strip();
    }
}
