package org.dateline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.function.IntFunction;

/** Calendar arithmetic for resolving relative expressions, and TIMEX3 formatting of its results. */
final class Calendar {
    private Calendar() {
    }

    /** The day, or null when there is no such day (February 30). */
    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String month(int year, int month) {
        return "%04d-%02d".formatted(year, month);
    }

    /** ISO week: "2018-W37". */
    static String week(LocalDate day) {
        return "%04d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A value naming a calendar year, quarter, half, month or day: "2018", "2018-Q3", "2018-H1", "2018-02", "2018-02-14". */
    static boolean isCalendarValue(String value) {
        return value.length() >= 4 && isDigits(value, 0, 4) && (value.length() == 4 || value.charAt(4) == '-');
    }

    /** A value naming a calendar month: "2018-02". */
    static boolean isMonthValue(String value) {
        return value.length() == 7 && isCalendarValue(value) && isDigits(value, 5, 7);
    }

    /** The same calendar value some years before: "2018-Q3" -> "2017-Q3". */
    static String yearsBefore(String value, int years) {
        return inYear(value, Integer.parseInt(value.substring(0, 4)) - years);
    }

    /** The same calendar value in another year: ("2018-Q3", 1990) -> "1990-Q3". */
    static String inYear(String value, int year) {
        return year + value.substring(4);
    }

    /** March 31, June 30, Sept. 30 or Dec. 31: the last day of a calendar quarter. */
    static boolean isQuarterEnd(LocalDate day) {
        return day.getMonthValue() % 3 == 0 && day.getDayOfMonth() == day.lengthOfMonth();
    }

    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
    }

    /** Meteorological season of a day: "WI", "SP", "SU" or "FA". */
    static String seasonOf(LocalDate day) {
        return switch (day.getMonthValue()) {
            case 3, 4, 5 -> "SP";
            case 6, 7, 8 -> "SU";
            case 9, 10, 11 -> "FA";
            default -> "WI";
        };
    }

    /**
     * The order of the season {@code day} falls in, to compare with {@link #seasonOrder} of {@code season}: in
     * December the year's spring, summer and fall are all behind, so its winter counts after them unless the
     * winter itself is asked about.
     */
    static int currentSeasonOrder(LocalDate day, String season) {
        return day.getMonthValue() == 12 && !season.equals("WI") ? 4 : seasonOrder(seasonOf(day));
    }

    static int seasonOrder(String season) {
        return switch (season) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 0;
        };
    }

    /**
     * The weekday nearest the anchor in one direction, the anchor itself included: direction -1 gives the
     * latest one on or before the anchor, +1 the first one on or after it, 0 the nearest one either way.
     */
    static LocalDate weekdayNearAnchor(LocalDate anchor, int weekday, int direction) {
        int shift = weekday - anchor.getDayOfWeek().getValue();
        if (direction < 0 && shift > 0) shift -= 7;
        if (direction > 0 && shift < 0) shift += 7;
        if (direction == 0 && shift > 3) shift -= 7;
        if (direction == 0 && shift < -3) shift += 7;
        return anchor.plusDays(shift);
    }

    /** "last Monday" / "next Monday": the anchor day itself excluded. */
    static LocalDate weekdayStrictly(LocalDate anchor, int weekday, int direction) {
        return weekdayNearAnchor(anchor.plusDays(direction), weekday, direction);
    }

    /**
     * The year of a month named without one: the coming one in a future clause, the latest one in a past clause;
     * the nearest one in a clause of no tense ("the November election", "the primaries end in June") or where the
     * tense would put it more than {@value #TENSE_REACH_MONTHS} months away.
     */
    static int monthNearAnchor(LocalDate anchor, int month, ClauseTense tense) {
        int year = anchor.getYear();
        int current = anchor.getMonthValue();
        int nearest = month - current > 6 ? year - 1 : current - month > 6 ? year + 1 : year;
        if (tense == ClauseTense.UNKNOWN) return nearest;
        int byTense = tense == ClauseTense.FUTURE ? monthAhead(anchor, month) : (month <= current ? year : year - 1);
        int distance = Math.abs((byTense - year) * 12 + month - current);
        return distance <= TENSE_REACH_MONTHS ? byTense : nearest;
    }

    private static final int TENSE_REACH_MONTHS = 9;

    /** The year of the month's next occurrence, the anchor's month included. */
    static int monthAhead(LocalDate anchor, int month) {
        return month >= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
    }

    /**
     * The day of a "Sept. 10" named without a year: the occurrence the tense points to when it lies within
     * ten months of the anchor, else the nearest one (a stated day is rarely far away).
     */
    static LocalDate dayNearAnchor(LocalDate anchor, int month, int day, ClauseTense tense) {
        return dayNearAnchor(anchor, year -> date(year, month, day), tense);
    }

    /** As {@link #dayNearAnchor(LocalDate, int, int, ClauseTense)}, for a day given per year (a holiday). */
    static LocalDate dayNearAnchor(LocalDate anchor, IntFunction<LocalDate> dayInYear, ClauseTense tense) {
        LocalDate nearest = null;
        LocalDate byTense = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate candidate = dayInYear.apply(year);
            if (candidate == null) continue;
            if (nearest == null || distance(anchor, candidate) < distance(anchor, nearest)) nearest = candidate;
            boolean fitsTense = tense == ClauseTense.PAST ? !candidate.isAfter(anchor)
                    : tense != ClauseTense.FUTURE || !candidate.isBefore(anchor);
            if (fitsTense && distance(anchor, candidate) <= TENSE_REACH_DAYS
                    && (byTense == null || distance(anchor, candidate) < distance(anchor, byTense))) {
                byTense = candidate;
            }
        }
        return byTense != null ? byTense : nearest;
    }

    /** "on the 21st": that day of the anchor's month, or of the month before or after it that the tense points to. */
    static LocalDate dayOfMonthNearAnchor(LocalDate anchor, int day, ClauseTense tense) {
        LocalDate chosen = null;
        for (int months = -1; months <= 1; months++) {
            YearMonth month = YearMonth.from(anchor).plusMonths(months);
            if (day > month.lengthOfMonth()) continue;
            LocalDate candidate = month.atDay(day);
            boolean fitsTense = tense == ClauseTense.PAST ? !candidate.isAfter(anchor)
                    : tense != ClauseTense.FUTURE || !candidate.isBefore(anchor);
            if (fitsTense && (chosen == null || distance(anchor, candidate) < distance(anchor, chosen))) chosen = candidate;
        }
        return chosen;
    }

    private static final int TENSE_REACH_DAYS = 300;

    /** "last Christmas" / "next Easter": the nearest occurrence before or after the anchor, the anchor excluded. */
    static LocalDate dayStrictly(LocalDate anchor, IntFunction<LocalDate> dayInYear, int direction) {
        LocalDate closest = null;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            LocalDate candidate = dayInYear.apply(year);
            boolean onSide = direction < 0 ? candidate.isBefore(anchor) : candidate.isAfter(anchor);
            if (onSide && (closest == null || distance(anchor, candidate) < distance(anchor, closest))) closest = candidate;
        }
        return closest;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }

    /** The first day of a "2018", "2018-Q3", "2018-06" or "2018-06-12" value, or the fallback for other values. */
    static LocalDate firstDay(String value, LocalDate fallback) {
        if (value.length() < 4 || !isDigits(value, 0, 4)) return fallback;
        int year = Integer.parseInt(value.substring(0, 4));
        if (value.length() == 4) return LocalDate.of(year, 1, 1);
        if (value.length() >= 7 && value.charAt(4) == '-' && isDigits(value, 5, 7)) {
            LocalDate month = date(year, Integer.parseInt(value.substring(5, 7)), 1);
            if (value.length() >= 10 && value.charAt(7) == '-' && isDigits(value, 8, 10)) {
                LocalDate day = date(year, Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)));
                return day == null ? fallback : day;
            }
            return month == null ? fallback : month;
        }
        // "2018-Q3" and "2018-H2": the first day of the quarter or half.
        if (value.length() == 7 && value.charAt(4) == '-' && Token.isAsciiDigit(value.charAt(6))) {
            int part = value.charAt(6) - '0';
            if (value.charAt(5) == 'Q' && part >= 1 && part <= 4) return LocalDate.of(year, 3 * part - 2, 1);
            if (value.charAt(5) == 'H' && part >= 1 && part <= 2) return LocalDate.of(year, 6 * part - 5, 1);
        }
        return fallback;
    }

    /** The last day of a "2018", "2018-Q3", "2018-H2", "2018-06" or "2018-06-12" value, or null for other values. */
    static LocalDate lastDay(String value) {
        LocalDate first = firstDay(value, null);
        if (first == null) return null;
        if (value.length() == 4) return first.withDayOfYear(first.lengthOfYear());
        if (value.length() == 7 && isDigits(value, 5, 7)) return first.withDayOfMonth(first.lengthOfMonth());
        if (value.length() == 7) return first.plusMonths(value.charAt(5) == 'Q' ? 3 : 6).minusDays(1);
        return value.length() >= 10 && isDigits(value, 8, 10) ? first : null;
    }

    /**
     * As {@link #firstDay}, and the first day of a season ("1994-FA") or the Monday of an ISO week ("2018-W37"):
     * where the text's talk has got to. These are no bounds on a publication date (the dater's evidence), as
     * neighbours' "last week" would make them.
     */
    static LocalDate firstDayTalkedOf(String value, LocalDate fallback) {
        LocalDate seasonStart = seasonStart(value);
        if (seasonStart != null) return seasonStart;
        if (!isWeekValue(value)) return firstDay(value, fallback);
        int week = Integer.parseInt(value.substring(6, 8));
        // January 4 is always in week 1.
        LocalDate firstMonday = LocalDate.of(Integer.parseInt(value.substring(0, 4)), 1, 4).with(DayOfWeek.MONDAY);
        return week >= 1 && week <= 53 ? firstMonday.plusWeeks(week - 1) : fallback;
    }

    /** The first day of a "1994-SP" season, meteorologically (the winter of 1994 begins in its December); else null. */
    private static LocalDate seasonStart(String value) {
        if (value.length() != 7 || !isDigits(value, 0, 4) || value.charAt(4) != '-') return null;
        int month = switch (value.substring(5)) {
            case "SP" -> 3;
            case "SU" -> 6;
            case "FA" -> 9;
            case "WI" -> 12;
            default -> 0;
        };
        return month == 0 ? null : LocalDate.of(Integer.parseInt(value.substring(0, 4)), month, 1);
    }

    private static boolean isWeekValue(String value) {
        return value.length() == 8 && value.charAt(4) == '-' && value.charAt(5) == 'W' && isDigits(value, 6, 8);
    }

    private static boolean isDigits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Token.isAsciiDigit(value.charAt(i))) return false;
        }
        return true;
    }
}
