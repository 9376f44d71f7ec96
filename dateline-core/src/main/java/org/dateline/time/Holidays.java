package org.dateline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Named days of the calendar that English news dates events by ("last Thanksgiving", "before Christmas"):
 * fixed days and the moveable feasts and US holidays, each as a function from a year to its day.
 */
final class Holidays {
    private Holidays() {
    }

    /** A holiday's name as lower-case tokens (the apostrophe of "New Year's" is a token of its own). */
    record Name(List<String> words, IntFunction<LocalDate> dayInYear) {
    }

    /** Longest names first, so that "Christmas Eve" wins over "Christmas". */
    static final List<Name> NAMES = List.of(
            fixed("new year ' s day", 1, 1), fixed("new year ' s eve", 12, 31),
            moveable("martin luther king day", year -> nth(year, 1, DayOfWeek.MONDAY, 3)),
            fixed("valentine ' s day", 2, 14), fixed("new year ' s", 1, 1),
            fixed("christmas eve", 12, 24), fixed("christmas day", 12, 25), fixed("boxing day", 12, 26),
            moveable("thanksgiving day", Holidays::thanksgiving), moveable("easter sunday", Holidays::easter),
            moveable("easter monday", year -> easter(year).plusDays(1)),
            moveable("good friday", year -> easter(year).minusDays(2)),
            moveable("palm sunday", year -> easter(year).minusDays(7)),
            moveable("ash wednesday", year -> easter(year).minusDays(46)),
            moveable("fat tuesday", year -> easter(year).minusDays(47)),
            moveable("mardi gras", year -> easter(year).minusDays(47)),
            moveable("black friday", year -> thanksgiving(year).plusDays(1)),
            moveable("cyber monday", year -> thanksgiving(year).plusDays(4)),
            // The largest US primary day: the first Tuesday of March in every cycle since 2012.
            moveable("super tuesday", year -> nth(year, 3, DayOfWeek.TUESDAY, 1)),
            moveable("presidents ' day", year -> nth(year, 2, DayOfWeek.MONDAY, 3)),
            moveable("presidents day", year -> nth(year, 2, DayOfWeek.MONDAY, 3)),
            moveable("mother ' s day", year -> nth(year, 5, DayOfWeek.SUNDAY, 2)),
            moveable("father ' s day", year -> nth(year, 6, DayOfWeek.SUNDAY, 3)),
            moveable("columbus day", year -> nth(year, 10, DayOfWeek.MONDAY, 2)),
            fixed("independence day", 7, 4),
            moveable("memorial day", year -> LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            moveable("labor day", year -> nth(year, 9, DayOfWeek.MONDAY, 1)),
            // US general elections: the Tuesday after the first Monday of November.
            moveable("election day", year -> nth(year, 11, DayOfWeek.MONDAY, 1).plusDays(1)),
            fixed("veterans day", 11, 11), fixed("fourth of july", 7, 4),
            fixed("christmas", 12, 25), fixed("xmas", 12, 25), moveable("thanksgiving", Holidays::thanksgiving),
            moveable("easter", Holidays::easter), fixed("halloween", 10, 31));

    /**
     * The words after "Sept. 11" that make it the day of the 2001 attacks ("the Sept. 11 commission"); not "attack",
     * which as often is the one on Benghazi in 2012.
     */
    private static final Set<String> SEPTEMBER_11_WORDS = Set.of("attacks", "attackers", "hijacker",
            "hijackers", "hijackings", "terrorist", "terror", "commission", "victims", "memorial", "museum", "families",
            "era", "world");
    private static final LocalDate SEPTEMBER_11 = LocalDate.of(2001, 9, 11);

    /**
     * The day a month and day without a year name when the word after them makes them one past event, as the 2001
     * attacks are "the Sept. 11 attacks" in any later text (or an undated one); else null.
     */
    static LocalDate eventDay(int month, int day, String nextWord, LocalDate anchor) {
        return SEPTEMBER_11_WORDS.contains(nextWord) ? eventDay(month, day, anchor) : null;
    }

    /** The past event a month and day written as numbers name by themselves ("9/11"), or null. */
    static LocalDate eventDay(int month, int day, LocalDate anchor) {
        boolean after = anchor == null || anchor.isAfter(SEPTEMBER_11);
        return month == 9 && day == 11 && after ? SEPTEMBER_11 : null;
    }

    private static Name fixed(String words, int month, int day) {
        MonthDay monthDay = MonthDay.of(month, day);
        return new Name(List.of(words.split(" ")), monthDay::atYear);
    }

    private static Name moveable(String words, IntFunction<LocalDate> dayInYear) {
        return new Name(List.of(words.split(" ")), dayInYear);
    }

    /** Names by their first word, for a quick look-up at each token. */
    static final Map<String, List<Name>> BY_FIRST_WORD = NAMES.stream()
            .collect(Collectors.groupingBy(name -> name.words().getFirst(), LinkedHashMap::new, Collectors.toList()));

    private static LocalDate nth(int year, int month, DayOfWeek weekday, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
    }

    /** The fourth Thursday of November (US). */
    private static LocalDate thanksgiving(int year) {
        return nth(year, 11, DayOfWeek.THURSDAY, 4);
    }

    /** Western Easter Sunday, by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
