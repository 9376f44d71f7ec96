package org.dateline.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String ZONE = "(?:\\s*(?:(GMT|UTC|Z)(?![a-z])\\s*)?([+-]\\d{2}:?\\d{2})?)";

    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)" + YEAR + "-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?" + ZONE + ")?(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\w])" + DAY + "\\.?\\s*(?:of\\s+)?" + MONTH + "\\.?,?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\w])" + MONTH + "\\.?\\s+" + DAY + ",?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_YMD = Pattern.compile("(?<![\\d/.])" + YEAR + "[/.](\\d{1,2})[/.](\\d{1,2})(?![\\d/.])");
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d/.])(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d{2})(?![\\d.])");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d:])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap])\\.?m\\.?(?![a-z]))?" + ZONE, Pattern.CASE_INSENSITIVE);
    /** How far from a date an attached time may stand ("26 Jun, 2019 10:31", "7:45 PM GMT, June 2, 2025"). */
    private static final int TIME_REACH = 12;

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
        List<Found> dates = new ArrayList<>();
        collect(ISO.matcher(text), dates, DateParser::isoDate);
        collect(DAY_MONTH_YEAR.matcher(text), dates, m -> date(m.group(3), MONTHS.get(month(m.group(2))), m.group(1)));
        collect(MONTH_DAY_YEAR.matcher(text), dates, m -> date(m.group(3), MONTHS.get(month(m.group(1))), m.group(2)));
        collect(NUMERIC_YMD.matcher(text), dates, m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        collect(NUMERIC_DMY.matcher(text), dates, m -> date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)));
        dates.sort(Comparator.comparingInt(Found::start));
        List<Found> result = new ArrayList<>();
        for (Found date : dates) {
            if (!result.isEmpty() && date.start() < result.getLast().end()) continue;
            result.add(date);
        }
        return attachTimes(text, result);
    }

    private interface DateReader {
        String read(Matcher m);
    }

    private static void collect(Matcher m, List<Found> into, DateReader reader) {
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

    /** Adds a time standing just after (or else just before) a date that has none. */
    private static List<Found> attachTimes(String text, List<Found> dates) {
        List<Found> result = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            Found date = dates.get(i);
            if (date.iso().contains("T")) {
                result.add(date);
                continue;
            }
            int afterLimit = Math.min(text.length(), i + 1 < dates.size() ? dates.get(i + 1).start() : text.length());
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

    private static String month(String name) {
        return name.toLowerCase(Locale.ROOT);
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
