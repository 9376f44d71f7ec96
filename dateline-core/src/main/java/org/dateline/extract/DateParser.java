package org.dateline.extract;

import java.time.DateTimeException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages state them ("26 Jun, 2019 10:31", "June 26, 2019", "2019-06-26T10:31:00Z",
 * "Wed, 26 Jun 2019 10:31:00 GMT") into ISO-8601 at the stated precision: a date, or a date-time with its
 * zone offset when one is stated ("2019-06-26T10:31", "2019-06-26T10:31Z"). Pure functions.
 */
final class DateParser {

    /** A date found in a line: its ISO form and where it stands, including an attached time. */
    record Found(String iso, int start, int end) {
    }

    /** Month names and abbreviations in English, German, French, Spanish, Italian, Portuguese and Dutch, unaccented. */
    private static final Map<String, Integer> MONTHS = monthTable(
            "january jan januar janner janvier janv enero ene gennaio gen janeiro januari",
            "february feb februar feber fevrier fevr fev febrero febbraio fevereiro februari",
            "march mar marz mrz mars marzo marco maart mrt",
            "april apr avril avr abril abr aprile",
            "may mai mayo maggio mag maio mei",
            "june jun juni juin junio giugno giu junho",
            "july jul juli juillet juil julio luglio lug julho",
            "august aug aout agosto ago augustus",
            "september sep sept septembre septiembre setiembre settembre set setembro",
            "october oct oktober okt octobre octubre ottobre ott outubro out",
            "november nov novembre noviembre novembro",
            "december dec dezember dez decembre diciembre dic dicembre dezembro");
    /** A word that may name a month; {@link #monthNumber} decides. */
    private static final String MONTH = "(\\p{L}{3,10})";
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String ZONE = "(?:\\s*(?:(GMT|UTC|Z)(?![a-z])\\s*)?([+-]\\d{2}:?\\d{2})?)";

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)" + YEAR + "-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?" + ZONE + ")?(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])" + DAY + "\\.?\\s*(?:(?:of|de)\\s+)?" + MONTH + "\\.?,?\\s+(?:(?:de|del)\\s+)?" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NUMERIC_YMD = Pattern.compile(
            "(?<![\\d/.])" + YEAR + "[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/]|\\.\\d)");
    /** East Asian "2020年7月12日" and Korean "2020년 7월 12일". */
    private static final Pattern CJK_YMD = Pattern.compile(YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d/.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.])");
    /** "17/03/2020" or "3/17/2020": read only when day and month cannot be swapped, as the order varies by country. */
    private static final Pattern NUMERIC_SLASHED = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})(?![\\d/])");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?(?![a-z]))?" + ZONE, Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");
    /** How far a date's other parts may stand from its year ("Wednesday 26th of September, 2019", ISO times). */
    private static final int YEAR_WINDOW = 48;
    /** How far from a date an attached time may stand ("26 Jun, 2019 10:31", "7:45 PM GMT, June 2, 2025"). */
    private static final int TIME_REACH = 12;
    /** The longest time with its zone ("10:31:00 p.m. GMT +05:30"): a time is only looked for this far. */
    private static final int MAX_TIME_CHARS = 32;

    private DateParser() {
    }

    /** A metadata value ("2019-06-26T10:31:00+03:00", "June 26, 2019") in ISO-8601, or null. */
    static String normalize(String value) {
        if (value == null || value.isBlank()) return null;
        List<Found> found = findAll(value.length() > 200 ? value.substring(0, 200) : value);
        return found.isEmpty() ? null : found.getFirst().iso();
    }

    /** Every date in the text with its attached time, in text order. */
    static List<Found> findAll(String text) {
        return findFirst(text, Integer.MAX_VALUE);
    }

    /**
     * The text's first dates with their attached times, in text order: at least {@code wanted} when the text has as
     * many; it stops reading there, so that long pages cost only as much as their top.
     */
    static List<Found> findFirst(String text, int wanted) {
        List<Found> dates = new ArrayList<>();
        Matcher year = YEAR_ONLY.matcher(text);
        int[] window = null;
        while (dates.size() < wanted && year.find()) {
            int start = Math.max(0, year.start() - YEAR_WINDOW);
            int end = Math.min(text.length(), year.end() + YEAR_WINDOW);
            if (window != null && start <= window[1]) {
                window[1] = end;
                continue;
            }
            if (window != null) collectAll(text, window, dates);
            window = new int[] {start, end};
        }
        if (window != null && dates.size() < wanted) collectAll(text, window, dates);
        dates.sort(Comparator.comparingInt(Found::start));
        List<Found> result = new ArrayList<>();
        for (Found date : dates) {
            if (!result.isEmpty() && date.start() < result.getLast().end()) continue;
            result.add(date);
        }
        return attachTimes(text, result);
    }

    /**
     * Every date form, run only within a stretch of text around its four-digit years (overlapping stretches merged):
     * every date form has a year, and long pages have few years and much text.
     */
    private static void collectAll(String text, int[] window, List<Found> dates) {
        collect(ISO, text, window, dates, DateParser::isoDate);
        collect(DAY_MONTH_YEAR, text, window, dates, m -> date(m.group(3), monthNumber(m.group(2)), m.group(1)));
        collect(MONTH_DAY_YEAR, text, window, dates, m -> date(m.group(3), monthNumber(m.group(1)), m.group(2)));
        collect(CJK_YMD, text, window, dates, m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        collect(NUMERIC_YMD, text, window, dates, m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        collect(NUMERIC_DMY, text, window, dates, m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)));
        collect(NUMERIC_SLASHED, text, window, dates, DateParser::unambiguousSlashedDate);
    }

    private interface DateReader {
        String read(Matcher m);
    }

    /** Matches within the window; lookarounds see the text beyond it, so a window finds what the whole text would. */
    private static void collect(Pattern pattern, String text, int[] window, List<Found> into, DateReader reader) {
        Matcher m = pattern.matcher(text).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            String iso = reader.read(m);
            if (iso != null) into.add(new Found(iso, m.start(), m.end()));
        }
    }

    private static String isoDate(Matcher m) {
        String date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (date == null || m.group(4) == null) return date;
        return dateTime(date, Integer.parseInt(m.group(4)), m.group(5), m.group(6), null, m.group(7), m.group(8));
    }

    private static String unambiguousSlashedDate(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        if (first > 12 && second <= 12) return date(m.group(3), second, m.group(1));
        if (second > 12 && first <= 12) return date(m.group(3), first, m.group(2));
        return null;
    }

    /** Adds a time standing just after (or else just before) a date that has none. */
    private static List<Found> attachTimes(String text, List<Found> dates) {
        List<Found> result = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            Found date = dates.get(i);
            if (date.iso().contains("T")) {
                result.add(date);
                continue;
            }
            int afterLimit = Math.min(date.end() + TIME_REACH + MAX_TIME_CHARS,
                    i + 1 < dates.size() ? dates.get(i + 1).start() : text.length());
            Matcher after = TIME.matcher(text).region(date.end(), afterLimit);
            if (after.find() && after.start() - date.end() <= TIME_REACH && onlySeparators(text, date.end(), after.start())) {
                result.add(withTime(date, after, date.start(), after.end()));
                continue;
            }
            int beforeStart = Math.max(i > 0 ? dates.get(i - 1).end() : 0, date.start() - 40);
            Matcher before = TIME.matcher(text).region(beforeStart, date.start());
            MatchResult last = null;
            while (before.find()) last = before.toMatchResult();
            if (last != null && date.start() - last.end() <= TIME_REACH && onlySeparators(text, last.end(), date.start())) {
                result.add(withTime(date, last, last.start(), date.end()));
            } else {
                result.add(date);
            }
        }
        return result;
    }

    private static Found withTime(Found date, MatchResult time, int start, int end) {
        String iso = dateTime(date.iso(), Integer.parseInt(time.group(1)), time.group(2), time.group(3), time.group(4),
                time.group(5), time.group(6));
        return iso == null ? date : new Found(iso, start, end);
    }

    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) && !isConnector(text, i)) return false;
        }
        return true;
    }

    /** "at" between a date and its time ("June 2, 2025 at 7:45"). */
    private static boolean isConnector(String text, int i) {
        return text.regionMatches(true, i, "at", 0, 2) || (i > 0 && text.regionMatches(true, i - 1, "at", 0, 2));
    }

    /** The month a word names in any of the known languages, accents ignored, or null. */
    static Integer monthNumber(String word) {
        String plain = ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return MONTHS.get(plain.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> monthTable(String... namesByMonth) {
        Map<String, Integer> table = new HashMap<>();
        for (int month = 1; month <= namesByMonth.length; month++) {
            for (String name : namesByMonth[month - 1].split(" ")) table.put(name, month);
        }
        return Map.copyOf(table);
    }

    private static String date(String year, Integer month, String day) {
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String dateTime(String date, int hour, String minute, String second, String meridiem,
                                   String namedUtc, String offset) {
        if (meridiem != null) {
            if (hour < 1 || hour > 12) return null;
            boolean pm = meridiem.equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        int min = Integer.parseInt(minute);
        int sec = second == null ? 0 : Integer.parseInt(second);
        if (hour > 23 || min > 59 || sec > 59) return null;
        var iso = new StringBuilder(date).append('T').append(String.format(Locale.ROOT, "%02d:%02d", hour, min));
        if (sec != 0) iso.append(String.format(Locale.ROOT, ":%02d", sec));
        if (offset != null) {
            String digits = offset.replace(":", "");
            String normalized = digits.substring(0, 3) + ":" + digits.substring(3);
            iso.append(normalized.equals("+00:00") || normalized.equals("-00:00") ? "Z" : normalized);
        } else if (namedUtc != null) {
            iso.append('Z');
        }
        return iso.toString();
    }
}
