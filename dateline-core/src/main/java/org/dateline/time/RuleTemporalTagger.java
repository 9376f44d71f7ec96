package org.dateline.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.dateline.time.TemporalLexicon.Unit;

/**
 * A rule-based, tense-aware temporal tagger for English news, in the manner of HeidelTime and SUTime.
 * It tokenizes once by hand and tries a fixed set of hand-written rules at each token, keeping the longest
 * match (no regular expression is compiled or run while matching; each value is finally checked against the
 * precompiled TIMEX3 grammar of {@link TimexValues}). Values follow TIMEX3 (ISO-TimeML).
 *
 * <p>Resolution: relative expressions resolve against the anchor (the publication day); "the day before"
 * and "the next day" against the last specific day the text mentioned. Without an anchor, values stay
 * unresolved ("XXXX-02", "XXXX-WXX-1"). Weekdays and months without a year resolve by the tense of their
 * clause: past ("said on Monday") to the latest one on or before the anchor, future ("will meet on
 * Monday") to the first one on or after it; a weekday named on its own day means that day (TimeML
 * convention). News is about the past, so a clause without tense cues resolves weekdays and months to the
 * past and days of the month to the nearest one; a month or day that the tense would put most of a year
 * away is the nearest one instead ("extended through January" in November means the coming January).
 * Results reporting is handled too: "the quarter" is the quarter the article last named, "a year earlier"
 * the same quarter a year before.
 *
 * <p>Stateless and thread-safe.
 */
public final class RuleTemporalTagger implements TemporalTagger {

    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "early", "late",
            "mid", "last", "next", "this", "of", "from", "through", "to", "before", "after", "during", "between",
            "-", "end", "beginning", "that", "each", "every");
    private static final Set<String> MODIFIERS = Set.of("early", "late", "mid", "earlier", "later");
    private static final Set<String> LAST_WORDS = Set.of("last", "past", "previous");
    private static final Set<String> NEXT_WORDS = Set.of("next", "coming", "following", "upcoming");
    private static final Set<String> THIS_WORDS = Set.of("this", "current");
    /** Words after "the" that name a time from where the text stands: "the previous Friday", "the current quarter". */
    private static final Set<String> REFERENCE_WORDS = Set.of("previous", "following", "current", "coming", "upcoming");
    private static final Set<String> ENDED = Set.of("ended", "ending");
    private static final Set<String> PERIOD_PREPOSITIONS = Set.of("of", "for", "during");
    private static final Set<String> QUARTER_WORDS = Set.of("quarter", "period");
    /** "the entire year", "the full year". */
    private static final Set<String> WHOLE_WORDS = Set.of("entire", "whole", "full");
    /** "the same period last year": the words that make a period the counterpart of the one just reported. */
    private static final Set<String> SAME_WORDS = Set.of("same", "corresponding", "comparable", "like");
    private static final Set<String> PERIOD_UNITS = Set.of("quarter", "period", "month", "week", "time", "day");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    /** Words that open what follows a period's name, not a noun it names; not "before", "after" ("the year before"). */
    private static final Set<String> PERIOD_PHRASE_FOLLOWERS = Set.of("to", "in", "on", "at", "from", "with", "as",
            "when", "while", "because", "if", "unless", "without", "despite", "amid");
    private static final Set<String> REFERENCE_UNITS = Set.of("year", "month", "week");
    /** Prepositions before a modified season with no article ("by late summer"). */
    private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "by", "until", "since", "through", "during",
            "from", "till", "before", "after", "into");
    /** Words that make a count approximate, taken into its extent ("nearly two years"). */
    private static final Set<String> APPROXIMATIONS = Set.of("nearly", "almost", "roughly", "approximately");
    /** Parts of a period named with it, in its extent ("the end of 1990"). */
    private static final Set<String> PERIOD_PARTS = Set.of("end", "beginning", "middle", "start");
    /** How many capitalised words a quoted title may have before the expression that closes it. */
    private static final int TITLE_WORDS = 3;
    /** Prepositions that make "the next year" a span from now ("over the next year"). */
    private static final Set<String> SPAN_PREPOSITIONS = Set.of("over", "within", "during", "for", "in", "through",
            "throughout");
    private static final Set<String> EARLIER_AGO = Set.of("earlier", "ago");
    /** "earlier in the year": the year of the anchor. */
    private static final Set<String> LATER_EARLIER = Set.of("earlier", "later");
    /** "for years", "within weeks": a bare plural unit after these is a length of time. */
    private static final Set<String> BARE_UNIT_PREPOSITIONS = Set.of("for", "within");
    /** "certain days of the week", "the number of days of voting": units picked out, not a length. */
    private static final Set<String> SELECTING_WORDS = Set.of("certain", "various", "other", "different", "many",
            "all", "such", "of");
    /** "year-earlier", "year-ago", "year-end": compounds that are not durations. */
    private static final Set<String> COMPOUND_YEAR_WORDS = Set.of("earlier", "ago", "end");
    private static final Set<String> FEW_COUPLE = Set.of("few", "couple");
    private static final Set<String> RELATIVE_YEAR_WORDS = Set.of("this", "last", "next", "current");
    private static final Set<String> UNIVERSAL_TIME = Set.of("utc", "gmt");
    /** Words before "70s" that make it a decade rather than an age ("in his 70s"). */
    private static final Set<String> DECADE_CUES = Set.of("the", "and", "or", "early", "late", "mid", "-");
    /** Words that make "the past two weeks" a span of time ending or starting now. */
    private static final Set<String> SPAN_WORDS = Set.of("past", "last", "next", "first", "coming", "previous");
    private static final Set<String> DAY_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> COUNT_CONTEXT = Set.of("million", "billion", "trillion", "percent", "%",
            "dollars", "times", "cents", "euros", "pounds", "once", "twice", "thrice");

    /**
     * How far back (in tokens) a mentioned quarter is still the period "a year earlier" compares with
     * ("the quarter" refers to the article's quarter wherever it was named).
     */
    private static final int QUARTER_CONTEXT_TOKENS = 200;

    private static final List<Rule> RULES = List.of(
            RuleTemporalTagger::numericDate, RuleTemporalTagger::eventMonthDay, RuleTemporalTagger::clockTime,
            RuleTemporalTagger::monthFirst, RuleTemporalTagger::dayFirst, RuleTemporalTagger::year,
            RuleTemporalTagger::spokenYear, RuleTemporalTagger::deictic,
            RuleTemporalTagger::relative, RuleTemporalTagger::weekday, RuleTemporalTagger::quarter,
            RuleTemporalTagger::halfUnit, RuleTemporalTagger::duration, RuleTemporalTagger::set,
            RuleTemporalTagger::yearEarlier, RuleTemporalTagger::yearEnd, RuleTemporalTagger::comparedPeriod,
            RuleTemporalTagger::yearsPeriod,
            RuleTemporalTagger::holiday, RuleTemporalTagger::thatPeriod, RuleTemporalTagger::century,
            RuleTemporalTagger::seasonOfYear, RuleTemporalTagger::continuedDay, RuleTemporalTagger::partOfDay,
            RuleTemporalTagger::dayOfMonthAlone, RuleTemporalTagger::weekdayOfMonth);

    /** Rules that name one specific day, as a clock time may be followed by ("10 p.m. Wednesday"). */
    private static final List<Rule> DAY_RULES = List.of(RuleTemporalTagger::weekday, RuleTemporalTagger::deictic,
            RuleTemporalTagger::monthFirst, RuleTemporalTagger::dayFirst);

    private static final List<Rule> CALENDAR_DAY_RULES = List.of(RuleTemporalTagger::monthFirst,
            RuleTemporalTagger::dayFirst);

    /**
     * Every word at which some rule can start. One look-up here spares the other words (most of a text) the
     * look-ups of every rule; numbers and the apostrophe of "'90s" always go to the rules. A rule that starts
     * at a new word must add it here.
     */
    private static final Set<String> RULE_STARTS = ruleStarts();

    private static Set<String> ruleStarts() {
        Set<String> starts = new HashSet<>(Set.of("the", "that", "a", "an", "q", "h", "fy", "half", "year", "noon",
                "midnight", "today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "recently",
                "lately", "future", "upcoming", "daily", "weekly", "monthly", "annually", "annual", "yearly", "hourly",
                "every", "each", "weekends", "daylong", "weeklong", "monthlong", "yearlong", "another"));
        for (Set<String> words : List.of(TemporalLexicon.MONTHS.keySet(), TemporalLexicon.WEEKDAYS.keySet(),
                TemporalLexicon.NUMBER_WORDS.keySet(), TemporalLexicon.VAGUE_QUANTITIES, TemporalLexicon.UNITS.keySet(),
                TemporalLexicon.SEASONS.keySet(), TemporalLexicon.ORDINALS.keySet(), TemporalLexicon.SPOKEN_DECADES.keySet(),
                TemporalLexicon.ORDINAL_WORDS.keySet(), TemporalLexicon.WEEKDAYS_PLURAL.keySet(),
                Holidays.BY_FIRST_WORD.keySet(), TemporalLexicon.DAY_PARTS.keySet(), MODIFIERS, LAST_WORDS, NEXT_WORDS,
                THIS_WORDS, SPAN_WORDS, LATER_EARLIER)) {
            starts.addAll(words);
        }
        return Set.copyOf(starts);
    }

    @FunctionalInterface
    private interface Rule {
        Match apply(Scan scan, int i);
    }

    /**
     * A rule's result: the match covers tokens [first, end); {@code day} is the specific day it names, if any;
     * {@code namesQuarter} marks a quarter the text states ("the third quarter"), which later comparisons
     * ("a year earlier") refer to.
     */
    private record Match(int end, TimexType type, String value, LocalDate day, boolean namesQuarter) {
        Match(int end, TimexType type, String value, LocalDate day) {
            this(end, type, value, day, false);
        }

        static Match date(int end, String value) {
            return new Match(end, TimexType.DATE, value, null);
        }

        static Match day(int end, LocalDate day, String unresolved) {
            return new Match(end, TimexType.DATE, day == null ? unresolved : day.toString(), day);
        }
    }

    @Override
    public List<Timex> tag(String text, LocalDate anchor) {
        if (text == null || text.isEmpty()) return List.of();
        List<Token> tokens = Token.tokenize(text);
        Scan scan = new Scan(text, tokens, anchor != null ? anchor : dateLine(text, tokens));
        List<Timex> timexes = new ArrayList<>();
        int i = 0;
        while (i < scan.tokens.size()) {
            Match match = safeMatchAt(scan, i);
            if (match == null || !TimexValues.isValid(match.type(), match.value()) || scan.isTitle(i, match.end())) {
                i++;
                continue;
            }
            int start = scan.tokens.get(scan.extentStart(i, match)).start();
            int end = scan.tokens.get(match.end() - 1).end();
            timexes.add(new Timex(text.substring(start, end), match.type(), match.value(), start, end));
            if (match.day() != null) {
                scan.reference = match.day();
                scan.lastDayEnd = match.end();
                // "Friday afternoon ... that night": a time of a day names that day.
                if (match.type() == TimexType.TIME) scan.lastMentioned = match.day();
            }
            if (match.type() == TimexType.DATE) {
                scan.lastMentioned = Calendar.firstDayTalkedOf(match.value(), scan.lastMentioned);
                if (Calendar.isCalendarValue(match.value())) {
                    scan.lastValue = match.value();
                    scan.lastValueEnd = match.end();
                }
                // Results are reported for quarters that have ended: a forecast for "the fourth quarter" is not the
                // period that "a year earlier" compares with.
                if (match.namesQuarter() && Calendar.isCalendarValue(match.value())) {
                    scan.namedQuarter = match.value();
                    scan.lastQuarterNamedAt = i;
                }
                if (match.namesQuarter() && Calendar.isCalendarValue(match.value()) && scan.hasEnded(match.value())) {
                    scan.lastQuarterAt = i;
                    if (scan.reportQuarter == null || match.value().compareTo(scan.reportQuarter) > 0) {
                        scan.reportQuarter = match.value();
                    }
                }
            }
            i = match.end();
        }
        return List.copyOf(timexes);
    }

    /** How far into an undated text a full date still reads as its date line ("Headline  June 4, 2009  Text"). */
    private static final int DATE_LINE_TOKENS = 30;

    /** The full date at the head of a text that has no anchor: what a reader takes "today" to mean. */
    private static LocalDate dateLine(String text, List<Token> tokens) {
        Scan scan = new Scan(text, tokens, null);
        try {
            for (int i = 0; i < Math.min(tokens.size(), DATE_LINE_TOKENS); i++) {
                Match day = scan.calendarDayAt(i);
                if (day == null) day = numericDate(scan, i);
                if (day != null && day.day() != null) return day.day();
            }
        } catch (DateTimeException | ArithmeticException e) {
            // A malformed date at the head is no date line.
        }
        return null;
    }

    /** Dates beyond the calendar's range ("10^9 years ago" from an odd anchor) are no match, not a failure. */
    private static Match safeMatchAt(Scan scan, int i) {
        try {
            return matchAt(scan, i);
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    private static Match matchAt(Scan scan, int i) {
        // Most tokens can start nothing, modifiers and "the" included: one look-up spares them the rest.
        if (!mayStartRule(scan, i)) return null;
        Match best = bestRuleMatch(scan, i);
        if (best != null) return withClockTime(scan, best);
        // "early February", "mid-2018", "the late 1970s": the modifier joins the expression, the value stays.
        int next = i;
        if (scan.is(next, "the") && scan.isAny(next + 1, MODIFIERS)) next++;
        if (!scan.isAny(next, MODIFIERS)) return null;
        // "Earlier Friday", "later this week": TimeML leaves the adverb out of a day or this week (not "earlier this
        // year", "early Friday").
        if (scan.isAny(next, LATER_EARLIER) && (TemporalLexicon.WEEKDAYS.containsKey(scan.lowerAt(next + 1))
                || scan.is(next + 1, "this") && scan.is(next + 2, "week"))) {
            return null;
        }
        next++;
        if (scan.is(next, "-")) next++;
        if (!mayStartRule(scan, next)) return null;
        Match inner = bestRuleMatch(scan, next);
        return inner == null || inner.type() == TimexType.DURATION || inner.type() == TimexType.SET ? null
                : inner;
    }

    /** A day followed by a clock time ("26 Jun, 2019 10:31", "June 1 at 3 p.m.") becomes that time of that day. */
    private static Match withClockTime(Scan scan, Match day) {
        if (day.type() != TimexType.DATE || day.day() == null) return day;
        // "2019-08-11T14:05:00Z": ISO 8601 glues the clock to its day with a "T".
        boolean isoTime = scan.gluedIs(day.end(), "t") && scan.gluedNumber(day.end() + 1);
        int at = scan.is(day.end(), ",") || scan.is(day.end(), "at") || isoTime ? day.end() + 1 : day.end();
        Match clock = scan.at(at) == null ? null : clockTime(scan, at);
        if (clock == null || clock.day() != null) return day;
        String value = clock.value();
        return new Match(clock.end(), TimexType.TIME, day.day() + value.substring(value.indexOf('T')), day.day());
    }

    /** Every rule starts at a word it knows or a number, or at the apostrophe of "'90s". */
    private static boolean mayStartRule(Scan scan, int i) {
        Token token = scan.at(i);
        return token != null && !(token.kind() == Token.Kind.PUNCT && !scan.isApostrophe(i)
                || token.isWord() && !RULE_STARTS.contains(token.lower()));
    }

    /** The longest match of any rule at token i, which {@link #mayStartRule} lets through. */
    private static Match bestRuleMatch(Scan scan, int i) {
        Match best = null;
        for (Rule rule : RULES) {
            Match match = rule.apply(scan, i);
            if (match != null && (best == null || match.end() > best.end())) best = match;
        }
        return best;
    }

    // ---- absolute dates

    /** "2018-09-10", "2018/09/10", "9/10/2018", "11/02/89", "22/03/2013", "24.06.2019". */
    private static Match numericDate(Scan s, int i) {
        if (s.isNumber(i) && s.gluedIs(i + 1, ".")) return dottedDate(s, i);
        if (!s.isNumber(i) || s.followsGlued(i, "$") || !s.gluedSeparator(i + 1) || !s.gluedNumber(i + 2)
                || !s.gluedSeparator(i + 3) || !s.gluedNumber(i + 4)) {
            return null;
        }
        if (!s.at(i + 1).is(s.at(i + 3).lower()) || s.gluedNumber(i + 6) && s.gluedSeparator(i + 5)) return null;
        String a = s.at(i).text();
        String b = s.at(i + 2).text();
        String c = s.at(i + 4).text();
        LocalDate date;
        if (a.length() == 4 && b.length() <= 2 && c.length() <= 2) {
            date = Calendar.date(Integer.parseInt(a), Integer.parseInt(b), Integer.parseInt(c));
        } else if (a.length() <= 2 && b.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
            int year = Integer.parseInt(c);
            if (c.length() == 2) year += year >= 50 ? 1900 : 2000;
            // Month first as in American usage, unless the first number can only be a day ("22/03/2013").
            int first = Integer.parseInt(a);
            int second = Integer.parseInt(b);
            date = first > 12 ? Calendar.date(year, second, first) : Calendar.date(year, first, second);
        } else {
            return null;
        }
        return date == null ? null : Match.day(i + 5, date, null);
    }

    /** "9/11" with no year: only as the name of a past event ("since 9/11", "the 9/11 attacks"), not a fraction. */
    private static Match eventMonthDay(Scan s, int i) {
        if (!s.isNumber(i) || !s.gluedIs(i + 1, "/") || !s.gluedNumber(i + 2) || s.gluedSeparator(i + 3)
                || s.is(i + 3, "of")) {
            return null;
        }
        String month = s.at(i).text();
        String day = s.at(i + 2).text();
        if (month.length() > 2 || day.length() > 2) return null;
        LocalDate event = Holidays.eventDay(Integer.parseInt(month), Integer.parseInt(day), s.anchor);
        return event == null ? null : Match.day(i + 3, event, null);
    }

    /** "24.06.2019": day, month and a full year between dots, as European dates are written; not "1.2.3.2019". */
    private static Match dottedDate(Scan s, int i) {
        boolean shape = s.at(i).text().length() <= 2 && s.gluedNumber(i + 2) && s.at(i + 2).text().length() <= 2
                && s.gluedIs(i + 3, ".") && s.gluedNumber(i + 4) && s.at(i + 4).text().length() == 4;
        if (!shape || s.followsGlued(i, ".") || s.followsGlued(i, "$") || s.gluedIs(i + 5, ".") && s.gluedNumber(i + 6)) {
            return null;
        }
        LocalDate date = Calendar.date(Integer.parseInt(s.at(i + 4).text()), Integer.parseInt(s.at(i + 2).text()),
                Integer.parseInt(s.at(i).text()));
        return date == null ? null : Match.day(i + 5, date, null);
    }

    /**
     * "10:31", "10:31 a.m.", "3 p.m.", "noon": a time on the anchor day, or on the day that follows it
     * ("10 p.m. Wednesday", "5 p.m. EST Nov. 9", "midnight Friday").
     */
    private static final Set<String> LATE_DAY_PARTS = Set.of("afternoon", "evening");

    private static Match clockTime(Scan s, int i) {
        Match spoken = spokenClock(s, i);
        if (spoken != null) return spoken;
        Token token = s.at(i);
        int end;
        String clock;
        // The hour of a clock with minutes but neither a.m. nor p.m. ("9:15"), which the part of its day may set;
        // else -1.
        int bareHour = -1;
        int bareMinute = 0;
        // ":46" of "17:27:46", kept in the value; empty when the clock gives no seconds.
        String seconds = "";
        if (token.is("noon") || token.is("midnight")) {
            // "the band Midnight Oil", "the "Midnight Crew"": a name.
            if (token.isCapitalised() && !s.opensSentence(i) && s.at(i + 1) != null && s.at(i + 1).isWord()
                    && s.at(i + 1).isCapitalised()) {
                return null;
            }
            end = i + 1;
            clock = token.is("noon") ? "T12:00" : "T24:00";
        } else if (token.isNumber() && token.text().length() == 4 && s.isTimeZone(i + 1)) {
            // "1800 GMT": a 24-hour clock with its zone, not the year 1800.
            int hour = Integer.parseInt(token.text().substring(0, 2));
            int minute = Integer.parseInt(token.text().substring(2));
            if (hour > 24 || minute > 59) return null;
            end = i + 1;
            clock = clockValue(hour, minute);
        } else {
            // "9 o'clock", "nine o'clock": a full hour, of the morning unless the words around it say otherwise.
            Integer spokenHour = TemporalLexicon.NUMBER_WORDS.get(token.lower());
            boolean oClock = s.is(i + 1, "o'clock") && (token.isNumber() || spokenHour != null && spokenHour <= 12);
            // "ten a.m. Thursday", as broadcast copy spells it.
            boolean spokenMeridiem = spokenHour != null && s.meridiemEnd(i + 1) > i + 1;
            boolean clockNumber = token.isNumber() && token.text().length() <= 2 && !s.followsGlued(i, ":");
            if (!oClock && !spokenMeridiem && !clockNumber) {
                return null;
            }
            int hour = token.isNumber() ? Integer.parseInt(token.text()) : spokenHour;
            if (oClock && (hour < 1 || hour > 12)) return null;
            int minute = 0;
            end = oClock ? i + 2 : i + 1;
            // "twelve o'clock midnight", "12 o'clock noon".
            if (oClock && hour == 12 && (s.is(end, "midnight") || s.is(end, "noon"))) {
                return new Match(end + 1, TimexType.TIME, s.dayValue(s.reference) + (s.is(end, "noon") ? "T12:00" : "T24:00"), null);
            }
            boolean hasMinutes = !oClock && s.is(end, ":") && s.glued(end) && s.gluedNumber(end + 1)
                    && s.at(end + 1).text().length() == 2;
            // "9.30am", "10.31 BST": minutes after a dot, as British style writes them, where nothing but a time can
            // follow (not "$9.30", "a 10.31% rise").
            boolean dottedMinutes = !oClock && !hasMinutes && s.is(end, ".") && s.glued(end) && s.gluedNumber(end + 1)
                    && s.at(end + 1).text().length() == 2 && !s.followsGlued(i, "$")
                    && (s.meridiemEnd(end + 2) > end + 2 || s.isTimeZone(end + 2));
            if (hasMinutes || dottedMinutes) {
                minute = Integer.parseInt(s.at(end + 1).text());
                end += 2;
                if (hasMinutes && s.is(end, ":") && s.gluedNumber(end + 1)) {
                    String second = s.at(end + 1).text();
                    if (second.length() == 2 && Integer.parseInt(second) <= 59) seconds = ":" + second;
                    end += 2;
                }
            }
            int meridiemEnd = s.meridiemEnd(end);
            if (meridiemEnd > end) {
                if (hour < 1 || hour > 12) return null;
                boolean pm = s.at(end).lower().startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
                end = meridiemEnd;
            } else if (oClock && hour < 12 && (s.is(end, "this") && s.isAny(end + 1, LATE_DAY_PARTS) || s.is(end, "tonight"))) {
                // "6 o'clock this afternoon", "9 o'clock tonight".
                hour += 12;
                end += s.is(end, "tonight") ? 1 : 2;
            } else if (s.is(end, "in") && s.is(end + 1, "the") && s.isAny(end + 2, CLOCK_DAY_PARTS) && hour >= 1 && hour <= 12) {
                // "4 in the morning", "8 in the evening".
                if (!s.is(end + 2, "morning")) hour = hour % 12 + 12;
                end += 3;
            } else if (!hasMinutes && !dottedMinutes && !oClock || s.is(end, "mark") || s.isCitedAfterName(i)
                    || s.is(i - 1, "in") && !s.isTimeZone(end)) {
                // "the 2:05 mark" of a video, "Exodus 18:21" and "ran the mile in 3:59" (a time taken) are no times
                // of day.
                return null;
            }
            if (hour > 24 || minute > 59) return null;
            // "two o'clock tomorrow afternoon", "9:15 Tuesday night": the part of the day may set the half.
            if (meridiemEnd == end && (oClock || hasMinutes || dottedMinutes) && hour >= 1 && hour < 12) {
                bareHour = hour;
                bareMinute = minute;
            }
            clock = clockValue(hour, minute) + seconds;
        }
        if (s.isTimeZone(end)) {
            if (s.isAny(end, UNIVERSAL_TIME)) clock += "Z";
            end++;
        } else if (s.gluedIs(end, "z") && s.isNumber(end - 1)) {
            // "14:05:00Z": the zone letter of universal time, glued to the clock as ISO 8601 writes it.
            clock += "Z";
            end++;
        } else if (s.is(end, "local") && s.is(end + 1, "time")) {
            end += 2;
        } else if (s.isAny(end, ZONE_NAMES) && s.at(end).isCapitalised() && s.is(end + 1, "time")) {
            // "12:48 p.m. Eastern time on Tuesday".
            end += 2;
        }
        int dayAt = s.is(end, ",") ? end + 1 : end;
        // "at 8 p.m. Tuesdays": that time of every such day.
        Integer everyWeekday = s.at(dayAt) == null || !s.at(dayAt).isCapitalised() ? null
                : TemporalLexicon.WEEKDAYS_PLURAL.get(s.lowerAt(dayAt));
        if (everyWeekday != null) return new Match(dayAt + 1, TimexType.SET, "XXXX-WXX-" + everyWeekday + clock, null);
        // "10 p.m. Wednesday", "7 p.m. Wednesday night", "8 p.m. tonight": the clock's day, whose part only confirms
        // the clock.
        Match day = s.dayOfClockAt(dayAt);
        // "9:15 Tuesday night", "4:30 Friday afternoon": the part of the day puts the clock after noon.
        if (day != null && bareHour > 0 && isAfterNoon(s.lowerAt(day.end() - 1), bareHour)) {
            clock = clockValue(bareHour + 12, bareMinute) + seconds;
        }
        // "2:50 p.m. next Monday", "noon last Friday", "10 p.m. last night": a day counted from this one.
        if (day == null && (s.isAny(dayAt, LAST_WORDS) || s.isAny(dayAt, NEXT_WORDS) || s.isAny(dayAt, THIS_WORDS))) {
            Match relativeDay = relative(s, dayAt);
            if (relativeDay != null && relativeDay.day() != null) day = relativeDay;
        }
        if (day != null) return new Match(day.end(), TimexType.TIME, s.dayValue(day.day()) + clock, day.day());
        // "10 a.m. on April 2": the day after "on" is the clock's, though each keeps its own expression; also past
        // the same time in another zone ("3 p.m. local time (0700 GMT) on Thursday").
        int onAt = s.afterParenthesis(end);
        Match dayOn = s.is(onAt, "on") ? s.dayAt(onAt + 1) : null;
        if (dayOn == null && s.is(onAt, "on")) dayOn = holiday(s, onAt + 1);
        if (dayOn != null && dayOn.day() != null) return new Match(end, TimexType.TIME, s.dayValue(dayOn.day()) + clock, null);
        // A bare clock time is on the day the text last talked about ("shot at 10 p.m."), at first the anchor; a day
        // named long before is no longer talked about (the timestamps of a live blog).
        // A time alone on its line heads a live blog's entry: the day of writing.
        LocalDate talkedAbout = s.isAloneOnLine(i, end) ? s.anchor : s.recentReference(i);
        // "was handed over shortly after 12.20pm", after "the departure on 29 March 2019": what has happened is on
        // no day still to come, and "Gore will concede at 9 p.m.", after "released late Tuesday", on no day gone.
        if (talkedAbout != null && s.anchor != null && !talkedAbout.equals(s.anchor)) {
            ClauseTense tense = s.tense(i, end);
            if (tense == ClauseTense.PAST && talkedAbout.isAfter(s.anchor)
                    || tense == ClauseTense.FUTURE && talkedAbout.isBefore(s.anchor)) {
                talkedAbout = s.anchor;
            }
        }
        // "support expired at midnight", written that day: the midnight that began the day ended the day before.
        if (clock.equals("T24:00") && talkedAbout != null && talkedAbout.equals(s.anchor)
                && s.tense(i, end) == ClauseTense.PAST) {
            talkedAbout = talkedAbout.minusDays(1);
        }
        return new Match(end, TimexType.TIME, s.dayValue(talkedAbout) + clock, null);
    }

    private static final Set<String> ZONE_NAMES = Set.of("eastern", "central", "mountain", "pacific", "atlantic");

    private static final Set<String> CLOCK_PREPOSITIONS = Set.of("at", "before", "after", "until", "till", "by",
            "around", "about", "from", "since");

    /**
     * "nine this morning", "ten thirty tomorrow morning", "two-nineteen this afternoon": a clock said in words after a
     * preposition of time, tied to a part of a day, which puts it before or after noon; or with its minutes and a.m.
     * or p.m. ("seven-thirty p.m.").
     */
    private static Match spokenClock(Scan s, int i) {
        if (!s.at(i).isWord()) return null;
        Integer hour = TemporalLexicon.NUMBER_WORDS.get(s.lowerAt(i));
        if (hour == null || hour < 1 || hour > 12) return null;
        int end = i + 1;
        int minute = 0;
        boolean hyphen = s.gluedIs(end, "-") && s.glued(end + 1);
        Quantity minutes = s.spelledQuantity(hyphen ? end + 1 : end);
        if (minutes != null && Integer.parseInt(minutes.amount()) >= 1 && Integer.parseInt(minutes.amount()) <= 59) {
            minute = Integer.parseInt(minutes.amount());
            end = minutes.end();
        } else if (hyphen) {
            return null;
        }
        // "the polls close at seven-thirty p.m.": a.m. or p.m. sets the half (an hour alone is read by clockTime).
        int meridiemEnd = s.meridiemEnd(end);
        if (meridiemEnd > end && minute > 0) {
            int clockHour = hour % 12 + (s.at(end).lower().startsWith("p") ? 12 : 0);
            Match clockDay = s.dayOfClockAt(meridiemEnd);
            LocalDate day = clockDay != null ? clockDay.day() : s.recentReference(i);
            return new Match(clockDay != null ? clockDay.end() : meridiemEnd, TimexType.TIME,
                    s.dayValue(day) + clockValue(clockHour, minute), clockDay != null ? day : null);
        }
        if (!s.isAny(i - 1, CLOCK_PREPOSITIONS)) return null;
        // "opens at nine thirty eastern time": a zone says it is a clock, on the day talked about.
        int zoneEnd = s.isTimeZone(end) ? end + 1 : s.isAny(end, ZONE_NAMES) && s.is(end + 1, "time") ? end + 2 : end;
        if (zoneEnd > end && minute > 0) {
            String clock = clockValue(hour, minute);
            return new Match(zoneEnd, TimexType.TIME, s.dayValue(s.recentReference(i)) + clock, null);
        }
        Match day = s.dayOfClockAt(end);
        if (day == null && s.isAny(end, THIS_WORDS)) day = relative(s, end);
        // "shortly before nine in the morning", "until after ten at night": on the day talked about.
        int partAt = s.is(end, "in") && s.is(end + 1, "the") ? end + 2 : s.is(end, "at") ? end + 1 : -1;
        String inPart = partAt < 0 ? null : s.lowerAt(partAt);
        if (day == null && inPart != null && (partAt == end + 2 && CLOCK_DAY_PARTS.contains(inPart)
                || partAt == end + 1 && inPart.equals("night"))) {
            int clockHour = isAfterNoon(inPart, hour) ? hour + 12 : hour;
            String clock = clockValue(clockHour, minute);
            return new Match(partAt + 1, TimexType.TIME, s.dayValue(s.recentReference(i)) + clock, null);
        }
        if (day == null || day.type() != TimexType.TIME || day.day() == null) return null;
        if (isAfterNoon(s.lowerAt(day.end() - 1), hour)) hour += 12;
        return new Match(day.end(), TimexType.TIME, s.dayValue(day.day()) + clockValue(hour, minute),
                day.day());
    }

    /** "T09:30": the time part of a TIMEX3 value. */
    private static String clockValue(int hour, int minute) {
        return "T%02d:%02d".formatted(hour, minute);
    }

    /** Whether a clock hour without a.m. or p.m. is past noon in that part of the day ("6:30 ... evening"). */
    private static boolean isAfterNoon(String dayPart, int hour) {
        return switch (dayPart) {
            case "afternoon" -> hour <= 6;
            case "evening" -> hour >= 4;
            case "night", "tonight" -> hour >= 6;
            default -> false;
        };
    }

    /** Words after "the March" that make it no month: "the March of Dimes", "the march was long". */
    private static final Set<String> NOT_NOUNS = Set.of("of", "for", "on", "to", "in", "at", "and", "or", "was", "is",
            "were", "are", "has", "had", "have", "will", "would", "that", "which", "who", "with", "from", "by", "as");

    private static final Set<String> COORDINATORS = Set.of("and", "or");
    private static final Set<String> RANGE_WORDS = Set.of("to", "through", "until", "till", "and", "-", "\u2013");
    /** How many tokens may stand between two coordinated expressions ("in March and the debut of Season 2 in"). */
    private static final int COORDINATION_REACH = 8;

    /**
     * "the March accession", "a March speech", "Florida's March primary", "the Nov. 8 election": a month (or a day of
     * it) between a determiner or a possessive and a noun it modifies.
     */
    private static boolean modifiesNoun(Scan s, int month, int next) {
        Token noun = s.at(next);
        return ClauseTense.isDetermined(s.tokens, month) && noun != null && noun.isWord() && !noun.isCapitalised()
                && !NOT_NOUNS.contains(noun.lower());
    }

    /** Verbs no modal takes before them: after one, "May" is the subject, a month ("May was the wettest month"). */
    private static final Set<String> FINITE_BE_HAVE = Set.of("was", "is", "has", "had");

    /** "May was the wettest month", "March has been busy"; not "Theresa May was", "the March was peaceful". */
    private static boolean isMonthAsSubject(Scan s, int month, int next) {
        Token before = s.at(month - 1);
        boolean afterName = before != null && before.isWord() && before.isCapitalised();
        return s.isAny(next, FINITE_BE_HAVE) && !afterName && !ClauseTense.isDetermined(s.tokens, month);
    }

    /** Months that are also given names and surnames ("April Ryan", "Jill June", "August Wilson"). */
    private static final Set<String> NAME_MONTHS = Set.of("april", "june", "august");

    /**
     * "April Mellody, a spokeswoman", "Jill June, Lori Jungling", "He met August Wilson": a month that is also a name,
     * with no word of time or determiner before it, next to a capitalised word is part of a person's name.
     */
    private static boolean isPersonName(Scan s, int month, int next) {
        // "At a June Trump campaign event": a month after a determiner modifies the noun phrase.
        if (!NAME_MONTHS.contains(s.lowerAt(month)) || s.isAny(month - 1, MONTH_CUES)
                || ClauseTense.isDetermined(s.tokens, month)) {
            return false;
        }
        Token after = s.at(next);
        Token before = s.at(month - 1);
        return after != null && after.isWord() && after.isCapitalised() && !isTimeWord(after)
                || before != null && before.isWord() && before.isCapitalised() && !isTimeWord(before)
                        && !s.opensSentence(month - 1) && !before.text().equals(before.text().toUpperCase(Locale.ROOT));
    }

    private static boolean isTimeWord(Token token) {
        String word = token.lower();
        return TemporalLexicon.MONTHS.containsKey(word) || TemporalLexicon.WEEKDAYS.containsKey(word);
    }

    /**
     * The year of a month or day that opens a range closed by a dated end: "from January to October 2023", "from
     * Dec. 28 to Jan. 3, 2019", "June 4-5, 2010", "December-February 2022" (the first month a year earlier).
     */
    private static Integer rangeEndYear(Scan s, int at, int month) {
        if (!s.isAny(at, RANGE_WORDS)) return null;
        Integer endMonth = s.month(at + 1);
        int dayAt = endMonth == null ? at + 1 : s.skipAbbreviationDot(at + 1);
        int end = s.dayOfMonth(dayAt) != null ? s.skipDaySuffix(dayAt + 1) : dayAt;
        if (endMonth == null && end == dayAt) return null;
        Integer year = s.yearAt(s.is(end, ",") ? end + 1 : end);
        // "from January through September", no year: the range ends in the year the end month takes alone, and
        // begins before it ("the period from January through September" is this year's, not next January on).
        if (year == null && endMonth != null && end == dayAt && s.anchor != null && s.opensMonthRange(at)) {
            year = Integer.parseInt(s.monthByTense(endMonth, at + 1, end).substring(0, 4));
        }
        if (year == null) return null;
        return endMonth == null || month <= endMonth ? year : year - 1;
    }

    /** "June 12, 2018", "Sept. 10", "June 2018", "in February". */
    private static Match monthFirst(Scan s, int i) {
        Integer month = s.month(i);
        if (month == null) return null;
        int next = s.skipAbbreviationDot(i);
        Integer day = s.dayOfMonth(next);
        int dayEnd = day == null ? -1 : s.skipDaySuffix(next + 1);
        // "April fourth, nineteen sixty-eight", "May twenty-second", as broadcast copy says them.
        Quantity spokenDay = day == null ? s.spokenDayOfMonth(next, ClauseTense.isDetermined(s.tokens, i)) : null;
        if (spokenDay != null) {
            day = Integer.parseInt(spokenDay.amount());
            dayEnd = spokenDay.end();
        }
        if (day != null) {
            int yearAt = s.is(dayEnd, ",") ? dayEnd + 1 : dayEnd;
            Integer year = s.yearAt(yearAt);
            int yearEnd = yearAt + 1;
            Match spokenYear = year == null && spokenDay != null ? s.spokenYearAt(yearAt, true) : null;
            if (spokenYear != null) {
                year = Integer.parseInt(spokenYear.value());
                yearEnd = spokenYear.end();
            }
            if (year != null) {
                LocalDate date = Calendar.date(year, month, day);
                return date == null ? null : Match.day(yearEnd, date, null);
            }
            if (s.gluedIs(dayEnd, ":") && s.gluedNumber(dayEnd + 1) || s.is(dayEnd, "%")) return null;
            // "March 1 last year", "January 20 next year": that day of the year named after it.
            Integer relativeYear = s.relativeYear(dayEnd);
            LocalDate ofRelativeYear = relativeYear == null ? null : Calendar.date(relativeYear, month, day);
            if (ofRelativeYear != null) return Match.day(dayEnd + 2, ofRelativeYear, null);
            // "April 18 of that year": of the year the text named last.
            int sameYearEnd = s.sameYearEnd(dayEnd);
            LocalDate ofSameYear = sameYearEnd < 0 ? null : Calendar.date(s.lastMentioned.getYear(), month, day);
            if (ofSameYear != null) return Match.day(sameYearEnd, ofSameYear, null);
            Integer rangeYear = rangeEndYear(s, dayEnd, month);
            LocalDate inRange = rangeYear == null ? null : Calendar.date(rangeYear, month, day);
            if (inRange != null) return Match.day(dayEnd, inRange, null);
            return s.dayWithoutYear(i, dayEnd, month, day);
        }
        int yearAt = s.is(next, ",") || s.is(next, "of") ? next + 1 : next;
        Integer year = s.yearAt(yearAt);
        if (year != null) return Match.date(yearAt + 1, Calendar.month(year, month));
        Match spoken = s.spokenYearAt(yearAt, true);
        if (spoken != null) return Match.date(spoken.end(), Calendar.month(Integer.parseInt(spoken.value()), month));
        Integer rangeYear = rangeEndYear(s, next, month);
        if (rangeYear != null) return Match.date(next, Calendar.month(rangeYear, month));
        // "January this year", "October of next year".
        int relativeAt = s.is(next, "of") ? next + 1 : next;
        Integer relativeYear = s.relativeYear(relativeAt);
        if (relativeYear != null) {
            return Match.date(relativeAt + 2, s.anchor == null ? "XXXX-%02d".formatted(month)
                    : Calendar.month(relativeYear, month));
        }
        // "September of the same year", "October of that year": of the year the text named last.
        int sameYearEnd = s.sameYearEnd(next);
        if (sameYearEnd >= 0) return Match.date(sameYearEnd, Calendar.month(s.lastMentioned.getYear(), month));
        if (s.isAny(relativeAt, RELATIVE_YEAR_WORDS) && s.is(relativeAt + 1, "year")) {
            return Match.date(relativeAt + 2, "XXXX-%02d".formatted(month));
        }
        // "May", "March", "Jan" alone need a date cue before them ("between now and March"), to modify a noun ("the
        // March accession", "her March speech") or to follow another month ("February or March"), and must not
        // start a name ("Jan Kavan", "the March on Washington").
        boolean ambiguous = TemporalLexicon.AMBIGUOUS_MONTHS.contains(s.at(i).lower());
        boolean contract = s.isAny(next, CONTRACT_WORDS);
        boolean cued = s.isAny(i - 1, MONTH_CUES) || modifiesNoun(s, i, next) || s.isAny(i - 1, COORDINATORS)
                && s.month(i - 2) != null || ClauseTense.isFromNow(s.tokens, i - 1) || isMonthAsSubject(s, i, next)
                || contract;
        if (ambiguous && !cued) return null;
        if (ambiguous && s.at(next) != null && s.at(next).isCapitalised()) return null;
        if (isPersonName(s, i, next)) return null;
        // "in 1924, when ... carried only 12 states that November": the month of the year named.
        if (s.is(i - 1, "that") && s.lastMentioned != null && s.namedDateBefore()) {
            return Match.date(next, Calendar.month(s.lastMentioned.getYear(), month));
        }
        // "the September quarter", "the June quarter": the quarter that month closes, as results are reported.
        if (s.is(next, "quarter") && month % 3 == 0) {
            String closingYear = s.anchor == null ? "XXXX" : s.monthByTense(month, i, next + 1).substring(0, 4);
            return new Match(next + 1, TimexType.DATE, closingYear + "-Q" + month / 3, null, true);
        }
        // "The March contract gained $42", "oats for March delivery": futures are traded for a month to come.
        if (contract && s.anchor != null) {
            return Match.date(next, Calendar.month(Calendar.monthAhead(s.anchor, month), month));
        }
        return Match.date(next, s.monthByTense(month, i, next));
    }

    private static final Set<String> CONTRACT_WORDS = Set.of("contract", "contracts", "delivery", "futures");

    /** Words before "the morning" that make it a time of the day being told about ("orders came in the morning"). */
    private static final Set<String> DAY_PART_PREPOSITIONS = Set.of("in", "by", "during", "through", "throughout",
            "until", "early", "late");
    private static final Set<String> SHARES_OF_PERIOD = Set.of("much", "most", "rest", "all", "part", "remainder");
    /** Words before a bare "afternoon" that make it a time: "by mid-afternoon", "in morning trading". */
    private static final Set<String> BARE_DAY_PART_CUES = Set.of("mid", "in", "by");

    /**
     * "in the morning", "by mid-afternoon", "in morning trading": that part of the day last talked about, at
     * first the anchor. Not "the night" (a night spent), nor "the morning of ..." (its day follows).
     */
    private static Match partOfDay(Scan s, int i) {
        // "in the morning", "spent much of the afternoon".
        boolean ofWhole = s.is(i - 1, "of") && s.isAny(i - 2, SHARES_OF_PERIOD);
        int partAt = s.is(i, "the") && (s.isAny(i - 1, DAY_PART_PREPOSITIONS) || ofWhole) ? i + 1 : i;
        Token token = s.at(partAt);
        String part = token == null || token.is("night") ? null : TemporalLexicon.DAY_PARTS.get(token.lower());
        if (part == null || s.is(partAt + 1, "of")) return null;
        if (partAt == i) {
            boolean afterMid = s.is(i - 1, "mid") || s.is(i - 1, "-") && s.is(i - 2, "mid");
            if (!afterMid && !(s.isAny(i - 1, BARE_DAY_PART_CUES) && s.at(i + 1) != null && s.at(i + 1).isWord())) {
                return null;
            }
        }
        Match day = s.dayAt(partAt + 1);
        if (day != null && day.day() != null) return new Match(day.end(), TimexType.TIME, day.value() + "T" + part, day.day());
        return new Match(partAt + 1, TimexType.TIME, s.dayValue(s.reference) + "T" + part, null);
    }

    /** Prepositions before "the 21st" that make it a day of the month ("set to begin on the 21st"). */
    private static final Set<String> DAY_ALONE_PREPOSITIONS = Set.of("on", "by", "until", "till", "since", "before",
            "after", "from");

    /** "on the 21st": a day of the anchor's month or a neighbouring one, by tense. Not "the 21st century". */
    private static Match dayOfMonthAlone(Scan s, int i) {
        if (!s.is(i, "the") || !s.isAny(i - 1, DAY_ALONE_PREPOSITIONS)) return null;
        // "on the 17th", and "on the seventeenth" as broadcast copy says it.
        Quantity spoken = s.isNumber(i + 1) ? null : s.spokenDayOfMonth(i + 1, false);
        Integer day = spoken != null ? Integer.valueOf(spoken.amount()) : s.dayOfMonth(i + 1);
        int end = spoken != null ? spoken.end() : s.skipDaySuffix(i + 2);
        if (day == null || spoken == null && end == i + 2 || s.isWord(end) || s.is(end, "-")) return null;
        if (s.anchor == null) return Match.date(end, "XXXX-XX-%02d".formatted(day));
        return Match.day(end, Calendar.dayOfMonthNearAnchor(s.anchor, day, s.tense(i, end)), null);
    }

    private static final Set<String> CLOCK_DAY_PARTS = Set.of("morning", "afternoon", "evening");

    private static final Set<String> DAY_LIST_JOINERS = Set.of("and", "or", "to", "through", "-", "\u2013");

    /**
     * "25" in "April 24 and 25", "Aug. 2 to 5", "November 19-20": a later day of the month of the date just
     * before it, with the year that closes the list ("September 14 and 18, 2010").
     */
    private static Match continuedDay(Scan s, int i) {
        if (s.lastDayEnd != i - 1 || !s.isAny(i - 1, DAY_LIST_JOINERS) || !s.isNumber(i - 2)) return null;
        Integer day = s.dayOfMonth(i);
        LocalDate previous = s.reference;
        if (day == null || day <= previous.getDayOfMonth() || s.isCounted(i + 1) || s.month(i + 1) != null) return null;
        LocalDate date = Calendar.date(previous.getYear(), previous.getMonthValue(), day);
        int end = s.skipDaySuffix(i + 1);
        boolean closingYear = s.is(end, ",") && Integer.valueOf(previous.getYear()).equals(s.yearAt(end + 1));
        return date == null ? null : Match.day(closingYear ? end + 2 : end, date, null);
    }

    /** "3" in "3 to 6 May 2004", "between 3 and 6 May": an earlier day of the month of the date after it. */
    private static Match openingDay(Scan s, int i, int day) {
        if (!s.isAny(i + 1, DAY_LIST_JOINERS) || s.dayOfMonth(i + 2) == null) return null;
        Match closing = dayFirst(s, i + 2);
        if (closing == null || closing.day() == null || closing.day().getDayOfMonth() <= day) return null;
        LocalDate date = Calendar.date(closing.day().getYear(), closing.day().getMonthValue(), day);
        return date == null ? null : Match.day(i + 1, date, null);
    }

    /** "10 September 2018", "26 Jun, 2019", "10th of September". */
    private static Match dayFirst(Scan s, int i) {
        if (s.is(i, "the")) return ordinalDayOfMonth(s, i + 1);
        Integer day = s.dayOfMonth(i);
        if (day == null || s.followsGlued(i, "$") || s.followsGlued(i, ".") || s.followsGlued(i, ",")) return null;
        int monthAt = s.skipDaySuffix(i + 1);
        if (s.is(monthAt, "of")) monthAt++;
        Integer month = s.month(monthAt);
        if (month == null) return monthAt == i + 1 ? openingDay(s, i, day) : null;
        return dayOfNamedMonth(s, i, day, monthAt, month);
    }

    /** "the first of December", "the 15th of March": an ordinal day "of" a month, after "the" at i - 1. */
    private static Match ordinalDayOfMonth(Scan s, int i) {
        Quantity spoken = s.spokenDayOfMonth(i, true);
        Integer day = spoken != null ? Integer.valueOf(spoken.amount()) : s.dayOfMonth(i);
        // A number needs its suffix: "the 15th of March", not "the 15 of them".
        int ofAt = spoken != null ? spoken.end() : s.skipDaySuffix(i + 1);
        if (day == null || spoken == null && ofAt == i + 1 || !s.is(ofAt, "of")) return null;
        // "the thirtieth of last month".
        if ((s.isAny(ofAt + 1, LAST_WORDS) || s.isAny(ofAt + 1, THIS_WORDS) || s.is(ofAt + 1, "next"))
                && s.is(ofAt + 2, "month") && s.anchor != null) {
            int shift = s.isAny(ofAt + 1, LAST_WORDS) ? -1 : s.is(ofAt + 1, "next") ? 1 : 0;
            LocalDate month = s.anchor.plusMonths(shift);
            LocalDate date = Calendar.date(month.getYear(), month.getMonthValue(), day);
            return date == null ? null : Match.day(ofAt + 3, date, null);
        }
        Integer month = s.month(ofAt + 1);
        return month == null ? null : dayOfNamedMonth(s, i, day, ofAt + 1, month);
    }

    /** The day of the month named at monthAt, in the year after it or the one its clause points to. */
    private static Match dayOfNamedMonth(Scan s, int i, int day, int monthAt, int month) {
        int next = s.skipAbbreviationDot(monthAt);
        int yearAt = s.is(next, ",") ? next + 1 : next;
        Integer year = s.yearAt(yearAt);
        if (year != null) {
            LocalDate date = Calendar.date(year, month, day);
            return date == null ? null : Match.day(yearAt + 1, date, null);
        }
        return s.dayWithoutYear(i, next, month, day);
    }

    /**
     * The closing year of a range opened by the year at i: "1950-53" (1953), "1999-2003", "the 2008/09 season".
     * Not the month of "2018-09" (no later year), nor part of a full numeric date ("2008-09-10").
     */
    private static Integer yearRangeEnd(Scan s, int i, int year) {
        if (!s.isAny(i + 1, TemporalLexicon.YEAR_RANGE_MARKS) || !s.isNumber(i + 2)) return null;
        String digits = s.at(i + 2).text();
        if (digits.length() == 3 || digits.length() > 4 || s.gluedSeparator(i + 3) || s.gluedNumber(i + 3)
                || s.at(i + 3) != null && TemporalLexicon.COUNTED_NOUNS.contains(s.at(i + 3).lower())) {
            return null;
        }
        // "1950-53", "2008-9": the closing digits replace the opening year's last ones.
        int scale = digits.length() == 4 ? 10_000 : digits.length() == 2 ? 100 : 10;
        int end = year / scale * scale + Integer.parseInt(digits) % scale;
        return end > year && end <= Math.min(year + 100, 2099) ? end : null;
    }

    /** "2018", "1990s", "'90s", both years of "1950-53"; not "$2018", "2018 people" or "555-1234". */
    private static Match year(Scan s, int i) {
        if (s.isNumber(i) && s.isAny(i - 1, TemporalLexicon.YEAR_RANGE_MARKS) && s.isNumber(i - 2)) {
            Match opening = s.at(i - 2).text().length() == 4 ? year(s, i - 2) : null;
            Integer end = opening == null ? null : yearRangeEnd(s, i - 2, Integer.parseInt(opening.value()));
            if (end != null) return Match.date(i + 1, String.valueOf(end));
        }
        if (s.isApostrophe(i) && s.gluedNumber(i + 1) && s.at(i + 1).text().length() == 2 && s.gluedIs(i + 2, "s")) {
            int twoDigits = Integer.parseInt(s.at(i + 1).text());
            int decade = (twoDigits >= 20 ? 1900 : 2000) + twoDigits;
            return Match.date(i + 3, String.valueOf(decade / 10));
        }
        // "the '90s", "mid-90s"; not "DC-10s", a plane's code.
        boolean codeDash = s.is(i - 1, "-") && !s.isAny(i - 2, MODIFIERS);
        if (s.isNumber(i) && s.at(i).text().length() == 2 && s.at(i).text().endsWith("0") && s.gluedIs(i + 1, "s")
                && s.isAny(i - 1, DECADE_CUES) && !codeDash && !s.isTemperature(i)) {
            return Match.date(i + 2, "19" + s.at(i).text().charAt(0));
        }
        if (!s.isNumber(i) || s.at(i).text().length() != 4 || s.isTimeZone(i + 1)) return null;
        int year = Integer.parseInt(s.at(i).text());
        // "defeated there by the Ottoman Turks in 1389.": an older year where a preposition of time leads to it and
        // nothing counted follows.
        boolean olderYear = year >= 1000 && year < 1800 && s.isAny(i - 1, OLD_YEAR_LEADS) && s.endsPhrase(i + 1)
                && !s.glued(i);
        if ((year < 1800 || year > 2099) && !olderYear) return null;
        // "the 1930's", with an apostrophe, after an article or a modifier; not a year's possessive ("2016's race").
        boolean apostropheDecade = year % 10 == 0 && s.isApostrophe(i + 1) && s.gluedIs(i + 2, "s")
                && (s.is(i - 1, "the") || s.isAny(i - 1, MODIFIERS));
        if (s.gluedIs(i + 1, "s") || apostropheDecade) {
            // "the 1800s", "the 1900s" are centuries; "the 2000s" is the decade ("in the early 2000s").
            String value = year % 100 == 0 && year < 2000 ? String.valueOf(year / 100) : String.valueOf(year / 10);
            return Match.date(apostropheDecade ? i + 3 : i + 2, value);
        }
        Token before = s.at(i - 1);
        if (before != null && before.isCapitalised() && s.isAny(i - 1, VERSIONED_NAMES)) return null;
        // "mid-1996", "post-1959": a word prefix, unlike the digits of "555-1996".
        boolean prefixed = s.is(i - 1, "-") && s.glued(i) && s.glued(i - 1) && s.at(i - 2).isWord();
        if (before != null && s.glued(i) && !prefixed && (before.isWord() || before.isNumber()
                || "$£€#-/.,:+".contains(before.text()))) {
            return null;
        }
        Token after = s.at(i + 1);
        // "in 2020 rather than 2018": an alternative to a time, not more or fewer of something.
        boolean alternative = s.is(i - 1, "than") && s.is(i - 2, "rather");
        // "sales rose 9 percent over 1997.": a year compared with, ending its phrase, is no count ("over 1997 people").
        boolean compared = (s.is(i - 1, "over") || s.is(i - 1, "than")) && s.endsPhrase(i + 1);
        if (before != null && (before.isNumber() || TemporalLexicon.NUMBER_LABELS.contains(before.lower()))
                && !isApproximateYear(s, i) && !alternative && !compared) {
            return null;
        }
        if (after != null && s.glued(i + 1) && (after.isWord() || after.isNumber() || after.is("%"))) return null;
        if (yearRangeEnd(s, i, year) != null) return Match.date(i + 1, String.valueOf(year));
        if (after != null && s.glued(i + 1) && "-/.,:".contains(after.text()) && s.gluedNumber(i + 2)) return null;
        // "Series 1989-B bonds", "the asteroid 1997 XF11": a year in the code of a name.
        if (s.gluedIs(i + 1, "-") && s.glued(i + 2) && isCapitals(s.at(i + 2)) && s.at(i + 2).text().length() == 1
                && !s.glued(i + 3) || isCapitals(after) && s.gluedNumber(i + 2)) {
            return null;
        }
        if (after != null && TemporalLexicon.COUNTED_NOUNS.contains(after.lower())) return null;
        return Match.date(i + 1, String.valueOf(year));
    }

    /** A word of capitals only: "B", "XF" (of "XF11"). */
    private static boolean isCapitals(Token token) {
        return token != null && token.isWord() && (token.isInCapitals() || token.text().length() == 1
                && token.isCapitalised());
    }

    /**
     * "in about 1995", "began around 1970 when": an approximate year after a preposition or verb of time, which a
     * count ("in about 2000 homes") is not: nothing of its phrase follows it.
     */
    private static boolean isApproximateYear(Scan s, int i) {
        if (!s.isAny(i - 1, YEAR_APPROXIMATIONS)) return false;
        // "turned toward extreme around 2002, when conspiracy theories...": a time the clause goes on to describe.
        if (s.is(i + 1, ",") && s.is(i + 2, "when")) return true;
        return s.isAny(i - 2, APPROXIMATE_YEAR_LEADS) && (!s.isWordOrNumber(i + 1) || s.isAny(i + 1, YEAR_FOLLOWERS));
    }

    private static final Set<String> OLD_YEAR_LEADS = Set.of("in", "since", "until", "till");

    private static final Set<String> YEAR_APPROXIMATIONS = Set.of("about", "around", "approximately", "circa");
    /** Prepositions and verbs of time that an approximate year may follow. */
    private static final Set<String> APPROXIMATE_YEAR_LEADS = Set.of("in", "since", "from", "until", "till", "by",
            "before", "after", "began", "begun", "started", "founded", "born", "built");
    /** Words that may follow a year but not a count: "in about 1970 when", "from around 1990 to 1995". */
    private static final Set<String> YEAR_FOLLOWERS = Set.of("when", "and", "to", "until", "through", "as", "after",
            "before");

    /**
     * "the winter of 1994", "summer 2018", "the fall of last year", "the summer" (by tense): a season of a year.
     * "The fall of the Wall" is no season.
     */
    private static Match seasonOfYear(Scan s, int i) {
        boolean article = s.is(i, "the");
        int at = article ? i + 1 : i;
        Token token = s.at(at);
        String season = token == null ? null : TemporalLexicon.SEASONS.get(token.lower());
        if (season == null) return null;
        int yearAt = s.is(at + 1, "of") ? at + 2 : at + 1;
        Integer year = s.yearAt(yearAt);
        if (year != null) return Match.date(yearAt + 1, year + "-" + season);
        Match spoken = s.spokenYearAt(yearAt, true);
        if (spoken != null) return Match.date(spoken.end(), spoken.value() + "-" + season);
        Integer relative = s.relativeYear(yearAt);
        if (relative != null) return Match.date(yearAt + 2, relative + "-" + season);
        // "the Summer Olympics", "the Winter Games", "the Spring Festival": a season in a name.
        if (s.startsName(at)) return null;
        // A bare season needs its article, also behind a modifier ("the early summer"), a modifier after a
        // preposition ("by late summer", "in early spring") or the preposition alone ("until summer"; not "by Summer
        // Zervos", nor "fall", as often the verb), which is a year's only in a clause with a tense.
        boolean modified = !article && s.isAny(i - 1, MODIFIERS)
                && (s.is(i - 2, "the") || s.isAny(i - 2, SEASON_PREPOSITIONS));
        boolean afterPreposition = !article && s.isAny(i - 1, SEASON_PREPOSITIONS) && !token.isCapitalised()
                && !token.is("fall");
        // "much of the fall and winter": the season after the one just named.
        String previous = !article && s.isAny(i - 1, COORDINATORS) && s.lastValueEnd == i - 1 ? s.lastValue : null;
        if (previous != null && previous.length() == 7 && TemporalLexicon.SEASONS.containsValue(previous.substring(5))) {
            int previousYear = Integer.parseInt(previous.substring(0, 4));
            boolean later = Calendar.seasonOrder(season) > Calendar.seasonOrder(previous.substring(5));
            return Match.date(at + 1, (later ? previousYear : previousYear + 1) + "-" + season);
        }
        boolean headAfterIndefinite = !article && isSeasonAfterIndefinite(s, i);
        if (!headAfterIndefinite && (!article && !modified && !afterPreposition || s.is(at + 1, "of"))) return null;
        if (s.anchor == null) return Match.date(at + 1, "XXXX-" + season);
        ClauseTense tense = s.tenseOfNamedTime(i, at + 1);
        // A bare season in a clause of no tense is any year's ("it is mild in spring").
        if (afterPreposition && tense == ClauseTense.UNKNOWN) return Match.date(at + 1, "XXXX-" + season);
        int order = Calendar.seasonOrder(season);
        int current = Calendar.currentSeasonOrder(s.anchor, season);
        int resolved = s.anchor.getYear();
        if (tense == ClauseTense.PAST && order > current) resolved--;
        if (tense == ClauseTense.FUTURE && order < current) resolved++;
        return Match.date(at + 1, resolved + "-" + season);
    }

    /**
     * "a summer of scandal", "a rocky summer defined by": a season as the head of its phrase after "a", which is one
     * in particular; not one that modifies a noun ("a summer job", "a winter storm"), nor "a fall" (of prices).
     */
    private static boolean isSeasonAfterIndefinite(Scan s, int i) {
        if (s.is(i, "fall") || s.at(i).isCapitalised()) return false;
        boolean indefinite = s.isAny(i - 1, INDEFINITE_ARTICLES) || s.isAny(i - 2, INDEFINITE_ARTICLES)
                && s.at(i - 1).isWord() && !s.at(i - 1).isCapitalised();
        Token next = s.at(i + 1);
        // Not "a spring-time berry".
        return indefinite && !s.gluedIs(i + 1, "-") && (!s.isWordOrNumber(i + 1) || s.isAny(i + 1, SEASON_PHRASE_ENDS)
                || next.isWord() && next.lower().endsWith("ed"));
    }

    private static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /** Words after a season that show it heads its phrase: "a summer of scandal", "a summer when". */
    private static final Set<String> SEASON_PHRASE_ENDS = Set.of("of", "that", "when", "in", "for", "and", "as");

    /**
     * "the 20th century" -> 19, "the 21st century", "a 21st-century economy" -> 20, "the nineteenth century" -> 18;
     * "the nineties", "the nineteen seventies", "the late seventies" -> 197 (not "in his seventies", an age). Not
     * the studio of "21st Century Fox".
     */
    private static Match century(Scan s, int i) {
        int at = s.is(i, "the") ? i + 1 : i;
        Token token = s.at(at);
        if (token == null) return null;
        int ordinalEnd = at + 1;
        Integer number = TemporalLexicon.ORDINAL_WORDS.get(token.lower());
        if (token.isNumber() && token.text().length() <= 2 && s.glued(at + 1) && s.isAny(at + 1, DAY_SUFFIXES)) {
            number = Integer.parseInt(token.text());
            ordinalEnd = at + 2;
        } else if (token.is("twenty") && s.is(at + 1, "-") && s.is(at + 2, "first")) {
            number = 21;
            ordinalEnd = at + 3;
        }
        if (number != null) {
            int centuryAt = s.is(ordinalEnd, "-") && s.glued(ordinalEnd) ? ordinalEnd + 1 : ordinalEnd;
            if (number < 1 || !s.is(centuryAt, "century")) return null;
            Token after = s.at(centuryAt + 1);
            if (s.at(centuryAt).isCapitalised() && after != null && after.isWord() && after.isCapitalised()) return null;
            return Match.date(centuryAt + 1, "%02d".formatted(number - 1));
        }
        boolean determined = at > i || s.isAny(i - 1, MODIFIERS) && s.is(i - 2, "the")
                || s.is(i - 1, "-") && s.isAny(i - 2, MODIFIERS) && s.is(i - 3, "the");
        int decadeAt = s.is(at, "nineteen") ? at + 1 : at;
        Integer decade = determined ? TemporalLexicon.SPOKEN_DECADES.get(s.lowerAt(decadeAt)) : null;
        // "highs in the sixties": degrees.
        if (decade == null || s.isTemperature(decadeAt)) return null;
        return Match.date(decadeAt + 1, String.valueOf(190 + decade));
    }

    /** "nineteen ninety-six", "the year two thousand": years in transcribed speech. */
    private static Match spokenYear(Scan s, int i) {
        boolean named = s.is(i, "the") && s.is(i + 1, "year");
        return s.spokenYearAt(named ? i + 2 : i, named);
    }

    // ---- relative dates

    /** Nouns of a time left unnamed: "a later date", "an earlier time", "a future point". */
    private static final Set<String> UNNAMED_TIMES = Set.of("date", "time", "stage", "point");

    /**
     * "today", "yesterday", "tonight", "now", "currently", "recently", "the past", "the future", "a later date".
     */
    private static Match deictic(Scan s, int i) {
        Token token = s.at(i);
        if (!token.isWord()) return null;
        // "NBC's ''Today'' show": a programme's name.
        if (token.is("today") && token.isCapitalised() && !s.opensSentence(i) && s.isShowName(i)) return null;
        return switch (token.lower()) {
            // "today's world", "today's GM": the present age, not the day.
            case "today" -> s.isPresentAgeOwner(i + 1) ? Match.date(i + 1, "PRESENT_REF")
                    : s.dayPart(Match.day(i + 1, s.shiftDays(0), "XXXX-XX-XX"));
            case "yesterday" -> s.dayPart(Match.day(i + 1, s.shiftDays(-1), "XXXX-XX-XX"));
            case "tomorrow" -> s.dayPart(Match.day(i + 1, s.shiftDays(1), "XXXX-XX-XX"));
            case "tonight" -> new Match(i + 1, TimexType.TIME, s.dayValue(s.shiftDays(0)) + "TNI", s.shiftDays(0));
            // "Now, he says, ...": a sentence-opening "Now" set off by a comma turns the argument, not the time.
            case "now" -> s.opensSentence(i) && s.is(i + 1, ",") || s.isAttributiveNow(i) ? null
                    : Match.date(i + 1, "PRESENT_REF");
            case "currently", "nowadays" -> Match.date(i + 1, "PRESENT_REF");
            case "recently", "lately" -> Match.date(i + 1, "PAST_REF");
            // "in future quarters", "for coming quarters": some periods ahead ("coming weeks" is a length, below).
            case "future" -> s.pluralOf(i + 1) != null ? Match.date(i + 2, "FUTURE_REF") : null;
            case "coming", "upcoming" -> s.is(i + 1, "quarters") ? Match.date(i + 2, "FUTURE_REF") : null;
            // "at a later date", "at an earlier time": some time after or before now; not "at a later date than".
            case "a", "an" -> !s.isAny(i + 2, UNNAMED_TIMES) || s.is(i + 3, "than") ? null
                    : s.is(i + 1, "later") || s.is(i + 1, "future") ? Match.date(i + 3, "FUTURE_REF")
                    : s.is(i + 1, "earlier") ? Match.date(i + 3, "PAST_REF") : null;
            case "the" -> {
                if (s.is(i + 1, "past") && !s.startsQuantityOrUnit(i + 2)) yield Match.date(i + 2, "PAST_REF");
                // "the future of our peoples" is their prospects, not a time.
                if (s.is(i + 1, "future")) yield s.is(i + 2, "of") ? null : Match.date(i + 2, "FUTURE_REF");
                if ((s.is(i + 1, "near") || s.is(i + 1, "short")) && (s.is(i + 2, "future") || s.is(i + 2, "term"))) {
                    yield Match.date(i + 3, "FUTURE_REF");
                }
                yield null;
            }
            default -> null;
        };
    }

    /**
     * "last week", "next month", "this year", "this spring", "last Monday", "last June", "this morning",
     * "last night", "the next day", "the day before", "the weekend".
     */
    private static Match relative(Scan s, int i) {
        Token token = s.at(i);
        if (!token.isWord()) return null;
        // "that same day" is "the same day", of a day or month the text has named.
        boolean thatSame = token.is("that") && s.is(i + 1, "same") && (s.namedDateBefore() || !s.is(i + 2, "day"));
        if (token.is("the") || thatSame) return relativeToReference(s, i);
        if (token.is("that") && s.opensAnaphoricPeriod(i)) return periodOfReference(s, i + 1);
        // "this past weekend", "this coming Monday": as "past weekend", "coming Monday".
        if (token.is("this") && (s.is(i + 1, "past") || s.is(i + 1, "coming"))) return relative(s, i + 1);
        // "his last year in office", "its next week": the final or following one of someone's, not a calendar one.
        if (s.isAny(i - 1, POSSESSIVES)) return null;
        // "the last week of March", "the last year of his presidency": the final one of something, not the one
        // before now; "the last quarter of 2015" is that year's fourth.
        if (token.is("last") && s.is(i - 1, "the") && s.isFinalOneOf(i + 2)) {
            boolean ofYear = s.yearAt(i + 3) != null || s.relativeYear(i + 3) != null;
            return ofYear && s.is(i + 1, "quarter") ? s.partOfYear("Q", 4, 4, i, i + 2) : null;
        }
        // "looked way past November", "stayed past Tuesday": the preposition, unlike "this past November".
        if (token.is("past") && !s.is(i - 1, "this") && !s.is(i - 1, "the") && (s.month(i + 1) != null
                || TemporalLexicon.WEEKDAYS.containsKey(s.lowerAt(i + 1)))) {
            return null;
        }
        // "Following Wednesday's leak, ...": with no article before it and a possessive after its noun, "following"
        // is the preposition ("after"), unlike "the following Wednesday".
        if (token.is("following") && !s.isAny(i - 1, ARTICLES) && s.isApostrophe(i + 2) && s.gluedIs(i + 3, "s")) {
            return null;
        }
        int direction;
        if (LAST_WORDS.contains(token.lower())) direction = -1;
        else if (NEXT_WORDS.contains(token.lower())) direction = 1;
        else if (THIS_WORDS.contains(token.lower())) direction = 0;
        else return null;
        Token target = s.at(i + 1);
        if (target == null || !target.isWord()) return null;
        String word = target.lower();
        // "the current fiscal year", "last fiscal year": the year a company or government counts in.
        int unitAt = word.equals("fiscal") && s.is(i + 2, "year") ? i + 2 : i + 1;
        if (unitAt > i + 1) word = "year";
        Unit unit = TemporalLexicon.UNITS.get(word);
        if (unit != null && unit.ordinal() >= Unit.WEEK.ordinal() && word.equals(unitSingular(word))) {
            return Match.date(unitAt + 1, s.calendarUnit(unit, direction));
        }
        if (word.equals("weekend")) return Match.date(i + 2, s.weekend(direction));
        Integer weekday = TemporalLexicon.WEEKDAYS.get(word);
        if (weekday != null) {
            // "the previous Friday" counts from the day the text is talking about, "last Friday" from today.
            LocalDate from = token.is("previous") || token.is("following") ? s.reference : s.anchor;
            LocalDate day = from == null ? null : direction == 0
                    ? s.weekdayOfThisWeek(weekday, i, i + 2)
                    : Calendar.weekdayStrictly(from, weekday, direction);
            return s.dayPart(Match.day(i + 2, day, "XXXX-WXX-" + weekday));
        }
        Integer month = s.month(i + 1);
        if (month != null) {
            int end = s.skipAbbreviationDot(i + 1);
            if (s.dayOfMonth(end) != null) return null;
            return Match.date(end, s.monthRelative(month, direction));
        }
        String season = TemporalLexicon.SEASONS.get(word);
        // "The next Summer Games": a capitalised season before a capitalised word names something.
        if (season != null) return s.startsName(i + 1) ? null : Match.date(i + 2, s.season(season, direction));
        String dayPart = TemporalLexicon.DAY_PARTS.get(word);
        if (dayPart != null && direction <= 0 && (direction == 0) != word.equals("night")) {
            LocalDate day = s.shiftDays(direction);
            return new Match(i + 2, TimexType.TIME, s.dayValue(day) + "T" + dayPart, day);
        }
        return null;
    }

    private static final Set<String> ARTICLES = TemporalLexicon.ARTICLES;
    private static final Set<String> MODALS = Set.of("will", "would", "could", "might", "may", "can", "should");

    /** Possessive determiners ("her" is left out: as often the object, "endorsed her last summer"). */
    private static final Set<String> POSSESSIVES = Set.of("his", "its", "their", "my", "our", "your");

    /**
     * "the week of March 6", "the weekend of June 5": the ISO week of the day named after "of" at token ofAt, with the
     * suffix ("-WE" for its weekend); null when no dated day follows.
     */
    private static Match weekOfDay(Scan s, int ofAt, String suffix) {
        // "the week beginning 14 January", "the week starting Monday".
        Match day = s.is(ofAt, "of") || s.isAny(ofAt, WEEK_OPENINGS) ? s.calendarDayAt(ofAt + 1) : null;
        return day == null || day.day() == null ? null : Match.date(day.end(), Calendar.week(day.day()) + suffix);
    }

    private static final Set<String> WEEK_OPENINGS = Set.of("beginning", "starting", "commencing");

    /** From November on, "the new year" is the one to come. */
    private static final int NEW_YEAR_AHEAD_FROM = 11;

    /** "the next day", "the previous week", "the day before", "the same day" (or "that same day"), "the weekend". */
    private static Match relativeToReference(Scan s, int i) {
        Token second = s.at(i + 1);
        if (second == null || !second.isWord()) return null;
        if (second.is("weekend")) {
            Match ofDay = weekOfDay(s, i + 2, "-WE");
            return ofDay != null ? ofDay : Match.date(i + 2, s.weekendByTense(i, i + 2));
        }
        // "over the holiday weekend".
        if (second.is("holiday") && s.is(i + 2, "weekend")) return Match.date(i + 3, s.weekendByTense(i, i + 3));
        // "later in the day": the day the text is talking about; "earlier in the year": this year.
        if (s.is(i - 1, "in") && s.isAny(i - 2, LATER_EARLIER)) {
            if (second.is("day")) return Match.day(i + 2, s.reference, "XXXX-XX-XX");
            Unit unit = TemporalLexicon.UNITS.get(second.lower());
            if (unit != null && unit.ordinal() >= Unit.WEEK.ordinal() && unit.ordinal() <= Unit.YEAR.ordinal()
                    && second.lower().equals(unitSingular(second.lower()))) {
                return Match.date(i + 2, s.calendarUnit(unit, 0));
            }
        }
        // "the first trading session of the new year": the year begun, or in its last months the one to come.
        if (second.is("new") && !second.isCapitalised() && s.is(i + 2, "year") && s.anchor != null) {
            int year = s.anchor.getYear() + (s.anchor.getMonthValue() >= NEW_YEAR_AHEAD_FROM ? 1 : 0);
            return Match.date(i + 3, String.valueOf(year));
        }
        boolean whole = s.isAny(i + 1, WHOLE_WORDS);
        int yearAt = second.is("fiscal") || whole ? i + 2 : i + 1;
        if (s.is(yearAt, "year")) {
            // "for the year ended March 31", "in the year to March" are a year-long period; "a high for the year"
            // this year.
            if (s.isAny(yearAt + 1, ENDED) || s.is(yearAt + 1, "to") && s.month(yearAt + 2) != null) {
                return new Match(yearAt + 1, TimexType.DURATION, "P1Y", null);
            }
            LocalDate named = s.lastMentioned != null ? s.lastMentioned : s.anchor;
            // "a loss for the entire year" after "the fourth quarter of 2005": that year.
            if (whole && named != null) return Match.date(yearAt + 1, String.valueOf(named.getYear()));
            if (s.isAny(i - 1, PERIOD_PREPOSITIONS) && s.endsPeriodPhrase(yearAt + 1)) {
                return Match.date(yearAt + 1, s.yearReportedOn(i, yearAt + 1));
            }
            // "costs fell $19.8 billion from the year previous": the year before the one just talked about.
            if ((s.is(yearAt + 1, "previous") || s.is(yearAt + 1, "before")) && !s.isWordOrNumber(yearAt + 2)
                    && named != null) {
                return Match.date(yearAt + 2, String.valueOf(named.getYear() - 1));
            }
        }
        // "For the month, the Dow lost 15 percent": the month just named, else this one (as "for the year").
        if (second.is("month") && s.isAny(i - 1, PERIOD_PREPOSITIONS) && !s.is(i - 1, "of") && s.endsPeriodPhrase(i + 2)
                && !s.is(i + 2, "of") && !s.isApostrophe(i + 2)) {
            String month = s.recentMonth(i);
            return Match.date(i + 2, month != null ? month : s.calendarUnit(Unit.MONTH, 0));
        }
        // "by the end of the month", "the rest of the week": the month just named ("in January ... by the end of the
        // month"), else this one; not "the days of the week".
        if ((second.is("month") || second.is("week")) && s.is(i - 1, "of") && s.endsPeriodPhrase(i + 2)
                && !s.isApostrophe(i + 2) && !s.is(i - 2, "days") && !s.is(i - 2, "day")) {
            String month = s.recentMonth(i);
            // A clause looking ahead cannot end a month that is over: "passed in January ... a vote is expected by
            // the end of the month" is this month's end.
            boolean over = month != null && s.anchor != null
                    && month.compareTo(Calendar.month(s.anchor.getYear(), s.anchor.getMonthValue())) < 0;
            if (second.is("month") && month != null && !(over && s.tense(i, i + 2) == ClauseTense.FUTURE)) {
                return Match.date(i + 2, month);
            }
            return Match.date(i + 2, s.calendarUnit(second.is("month") ? Unit.MONTH : Unit.WEEK, 0));
        }
        // "by the end of the decade", "the middle of the century": the one a past story is in ("founded in 1962 ...
        // by the end of the decade"), else this one.
        if ((second.is("decade") || second.is("century")) && s.is(i - 1, "of") && s.isAny(i - 2, PERIOD_PARTS)
                && !s.gluedIs(i + 2, "-") && !s.isApostrophe(i + 2)) {
            Unit unit = TemporalLexicon.UNITS.get(second.lower());
            LocalDate told = s.tense(i, i + 2) == ClauseTense.FUTURE ? s.anchor
                    : s.lastMentioned != null ? s.lastMentioned : s.anchor;
            return Match.date(i + 2, told == null ? s.calendarUnit(unit, 0)
                    : String.valueOf(told.getYear() / unit.multiplier));
        }
        Match weekOfDay = second.is("week") ? weekOfDay(s, i + 2, "") : null;
        if (weekOfDay != null) return weekOfDay;
        if (second.is("quarter") || second.is("latest") && s.isAny(i + 2, QUARTER_WORDS)) {
            int end = second.is("quarter") ? i + 2 : i + 3;
            // "the quarter-to-quarter comparison" is no period, nor "the quarter of voters who" a time, nor "to close
            // the quarter" in a game.
            if (s.gluedIs(end, "-") || s.is(end, "of") && s.isPartOfSomethingElse(end + 1) || s.isGamePeriod(i, end)) {
                return null;
            }
            // "the quarter ended Sept. 30": the calendar quarter that day closes.
            Match closing = s.isAny(end, ENDED) ? s.calendarDayAt(end + 1) : null;
            if (closing != null && closing.day() != null && Calendar.isQuarterEnd(closing.day())) {
                return new Match(end, TimexType.DATE, Calendar.quarter(closing.day()), null, true);
            }
            // "the latest quarter" speaks of the report's quarter again: later comparisons are with it.
            if (s.reportQuarter != null) return new Match(end, TimexType.DATE, s.reportQuarter, null, true);
            // Nothing named yet: a report's "quarter" is the last one completed, and what "a year ago" compares
            // ("the latest period" may be a half year).
            return s.anchor == null ? null
                    : new Match(end, TimexType.DATE, Calendar.quarter(s.anchor.minusMonths(3)), null, second.is("quarter"));
        }
        int direction;
        int unitAt;
        if (second.is("next") || second.is("following")) {
            direction = 1;
            unitAt = i + 2;
        } else if (second.is("previous")) {
            direction = -1;
            unitAt = i + 2;
        } else if (second.is("same")) {
            direction = 0;
            unitAt = i + 2;
        } else if (second.is("day") && (s.is(i + 2, "before") || s.is(i + 2, "after"))) {
            int shift = s.is(i + 2, "before") ? -1 : 1;
            // "the day before last Tuesday('s hearing)", "the day after Christmas": one day from the day named.
            Match named = s.dayAt(i + 3);
            if (named == null && s.isAny(i + 3, LAST_WORDS)) named = relative(s, i + 3);
            if (named == null) named = holiday(s, i + 3);
            if (named != null && named.day() != null) return Match.day(named.end(), named.day().plusDays(shift), null);
            // "pulled the day before when it became clear": a clause of time may follow, not an event ("the day
            // before the vote").
            if (s.isWordOrNumber(i + 3) && !s.isAny(i + 3, CONJUNCTIONS) && !s.is(i + 3, "when")) return null;
            return Match.day(i + 3, s.reference == null ? null : s.reference.plusDays(shift), "XXXX-XX-XX");
        } else if ((s.is(i + 2, "before") || s.is(i + 2, "after"))
                && TemporalLexicon.DAY_PARTS.containsKey(second.lower()) && !s.isWordOrNumber(i + 3)
                && s.reference != null && s.dayNamedWithin(i)) {
            // "pulled bodies from the water the night before": that part of the day before the one told about.
            LocalDate day = s.reference.plusDays(s.is(i + 2, "before") ? -1 : 1);
            String part = TemporalLexicon.DAY_PARTS.get(second.lower());
            return new Match(i + 3, TimexType.TIME, s.dayValue(day) + "T" + part, day);
        } else if ((second.is("week") || second.is("month")) && (s.is(i + 2, "before") || s.is(i + 2, "after"))
                && !s.isWordOrNumber(i + 3)) {
            // "The week before, police had been warned": a week from the date the text named last.
            return s.referenceUnit(second.lower(), s.is(i + 2, "before") ? -1 : 1, i + 3);
        } else {
            return null;
        }
        // "net fell to $146 million from $204 million in the previous quarter": the one before the report's.
        if (direction == -1 && s.is(unitAt, "quarter") && s.reportQuarter != null && !s.isWordOrNumber(unitAt + 1)) {
            LocalDate reportStart = Calendar.firstDay(s.reportQuarter, null);
            if (reportStart != null) {
                return new Match(unitAt + 1, TimexType.DATE, Calendar.quarter(reportStart.minusMonths(3)), null, true);
            }
        }
        // "the same year", "that same month": the one of the date the text last named; nothing without one.
        if (s.isAny(unitAt, REFERENCE_UNITS) && direction == 0) {
            return s.lastMentioned == null ? null : s.referenceUnit(s.lowerAt(unitAt), 0, unitAt + 1);
        }
        if (s.isAny(unitAt, REFERENCE_UNITS)) {
            Unit unit = TemporalLexicon.UNITS.get(s.lowerAt(unitAt));
            if (second.is("next") && s.isAny(i - 1, SPAN_PREPOSITIONS)) {
                // "over the next year", "within the next month": the span ahead of now, as TimeML marks it.
                return new Match(unitAt + 1, TimexType.DURATION, unit.duration("1"), null);
            }
            if (second.is("next") && s.isApostrophe(unitAt + 1) && s.gluedIs(unitAt + 2, "s")) {
                // "the next week's primaries": the coming one.
                return Match.date(unitAt + 1, s.calendarUnit(unit, 1));
            }
            return s.referenceUnit(s.at(unitAt).lower(), direction, unitAt + 1);
        }
        // "crossed out that same day" after "last October": a day of the month named last, not of the last day
        // ("the same day as the barn event" is another's).
        if (direction == 0 && s.is(unitAt, "day") && !s.is(unitAt + 1, "as") && s.lastValueEnd > s.lastDayEnd
                && s.lastNamedMonth()) {
            return Match.date(unitAt + 1, s.lastValue + "-XX");
        }
        String season = TemporalLexicon.SEASONS.get(s.lowerAt(unitAt));
        // "The next Winter Olympics": a capitalised season before a capitalised word names something.
        if (season != null && s.startsName(unitAt)) return null;
        if (season != null && direction != 0 && s.lastMentioned != null && s.lastValue != null) {
            return Match.date(unitAt + 1, s.seasonAfterNamed(season, direction));
        }
        String part = TemporalLexicon.DAY_PARTS.get(s.lowerAt(unitAt));
        if (s.is(unitAt, "day") || part != null) {
            LocalDate day = s.reference == null ? null : s.reference.plusDays(direction);
            // "the next morning", "the previous night": a part of that day, a time as "last night" is.
            return part == null ? Match.day(unitAt + 1, day, "XXXX-XX-XX")
                    : new Match(unitAt + 1, TimexType.TIME, s.dayValue(day) + "T" + part, day);
        }
        return null;
    }

    /**
     * "That summer he moved", "in that year", "died that day", "later that night": the period, the unit at
     * {@code unitAt}, of the date the text last named; of a date coarser than the unit, an unknown one in it ("that
     * month" after "in 1998" is 1998-XX), and no day or part of one unless a day was named.
     */
    private static Match periodOfReference(Scan s, int unitAt) {
        String unit = s.lowerAt(unitAt);
        // "by that time", "until that time": a bound at the date just named.
        if (unit.equals("time")) {
            boolean bound = s.valueNamedWithin(unitAt) && s.isAny(unitAt - 2, TIME_BOUNDS);
            return bound ? Match.date(unitAt + 1, s.lastValue) : null;
        }
        int year = s.lastMentioned.getYear();
        String season = TemporalLexicon.SEASONS.get(unit);
        if (season != null) return Match.date(unitAt + 1, year + "-" + season);
        if (unit.equals("year")) return s.referenceUnit(unit, 0, unitAt + 1);
        // A day named long before is no longer talked about.
        boolean dayNamed = s.dayNamedWithin(unitAt);
        boolean monthNamed = dayNamed || s.lastNamedMonth();
        if (unit.equals("month")) {
            return monthNamed ? s.referenceUnit(unit, 0, unitAt + 1) : Match.date(unitAt + 1, year + "-XX");
        }
        if (unit.equals("week")) {
            return dayNamed ? s.referenceUnit(unit, 0, unitAt + 1) : Match.date(unitAt + 1, year + "-WXX");
        }
        if (!dayNamed) return null;
        if (unit.equals("day")) return Match.day(unitAt + 1, s.reference, null);
        String part = TemporalLexicon.DAY_PARTS.get(unit);
        return part == null ? null
                : new Match(unitAt + 1, TimexType.TIME, s.dayValue(s.reference) + "T" + part, s.reference);
    }

    private static final Set<String> TIME_BOUNDS = Set.of("by", "until", "till", "since", "before", "after");

    /** "later that year", "earlier that month": the period of the date the text last mentioned. */
    private static Match thatPeriod(Scan s, int i) {
        if (!s.isAny(i, LATER_EARLIER) || !s.is(i + 1, "that") || s.lastMentioned == null || s.at(i + 2) == null) {
            return null;
        }
        return periodOfReference(s, i + 2);
    }

    /**
     * "year-earlier", "the year-ago quarter", "the year-earlier period": in results reporting, the same period a
     * year before the one the text just mentioned.
     */
    private static Match yearEarlier(Scan s, int i) {
        int yearAt = s.is(i, "the") ? (s.isAny(i + 1, SAME_WORDS) ? i + 2 : i + 1) : i;
        if (!s.is(yearAt, "year") || !s.gluedIs(yearAt + 1, "-") || !s.isAny(yearAt + 2, EARLIER_AGO)
                || !s.glued(yearAt + 2)) {
            return null;
        }
        int end = yearAt + 3;
        // "the year-earlier third quarter": that quarter of the year before the one it resolves to.
        Match named = yearAt != i && s.ordinal(end) != null ? quarter(s, end) : null;
        if (named != null && Calendar.isCalendarValue(named.value())) {
            return Match.date(named.end(), Calendar.yearsBefore(named.value(), 1));
        }
        boolean period = s.isAny(end, QUARTER_WORDS);
        if (period) end++;
        else if (yearAt != i) return null;
        if (period && s.reportQuarter != null) return Match.date(end, Calendar.yearsBefore(s.reportQuarter, 1));
        // "expects fourth-quarter earnings to decline from the year-earlier quarter": the quarter just named, a year
        // before (a "period" may be longer); with none named, the last one completed, a year before.
        boolean quarterNamed = s.namedQuarter != null && s.lastQuarterNamedAt >= 0
                && ClauseTense.inOneSentence(s.text, s.tokens, s.lastQuarterNamedAt, i);
        if (period && s.is(end - 1, "quarter") && quarterNamed) {
            return Match.date(end, Calendar.yearsBefore(s.namedQuarter, 1));
        }
        if (period && s.is(end - 1, "quarter") && s.namedQuarter == null && s.anchor != null) {
            return Match.date(end, Calendar.yearsBefore(Calendar.quarter(s.anchor.minusMonths(3)), 1));
        }
        String quarter = s.quarterYearsBefore("1", i);
        if (quarter != null) return Match.date(end, quarter);
        return s.anchor == null ? null : Match.date(end, String.valueOf(s.anchor.getYear() - 1));
    }

    /**
     * "year-end", "year end", "the year's end": the last day of the anchor's year, or of the year before it
     * when looked back on ("since year-end").
     */
    private static Match yearEnd(Scan s, int i) {
        int yearAt = s.is(i, "the") ? i + 1 : i;
        int end;
        if (s.is(yearAt, "year") && s.gluedIs(yearAt + 1, "-") && s.gluedIs(yearAt + 2, "end")
                || s.is(yearAt, "year") && s.is(yearAt + 1, "end")) {
            end = s.is(yearAt + 1, "-") ? yearAt + 3 : yearAt + 2;
        } else if (s.is(yearAt, "year") && s.isApostrophe(yearAt + 1) && s.gluedIs(yearAt + 2, "s")
                && s.is(yearAt + 3, "end")) {
            end = yearAt + 4;
        } else {
            return null;
        }
        if (s.anchor == null) return Match.date(end, "XXXX-12-31");
        // In December the year is ending: "a year-end budget deal" struck then is this year's, past tense or not.
        boolean past = s.tense(i, end) == ClauseTense.PAST && s.anchor.getMonth() != Month.DECEMBER;
        return Match.day(end, Calendar.date(past ? s.anchor.getYear() - 1 : s.anchor.getYear(), 12, 31), null);
    }

    /**
     * "the same period last year", "the corresponding quarter a year ago", "the quarter a year earlier", "last
     * year's quarter", "next year's first quarter": in results reporting, the period the text just reported (a
     * quarter or a month) in another year.
     */
    private static Match comparedPeriod(Scan s, int i) {
        Integer possessiveYear = s.relativeYear(i);
        if (possessiveYear != null && s.isApostrophe(i + 2) && s.gluedIs(i + 3, "s")) {
            int periodAt = i + 4;
            if (s.ordinal(periodAt) != null) return partOfYearIn(s, periodAt, possessiveYear);
            if (!s.isAny(periodAt, QUARTER_WORDS)) return null;
            int years = s.anchor.getYear() - possessiveYear;
            return years == 0 ? null : Match.date(periodAt + 1, s.periodYearsBefore("quarter", years, i));
        }
        if (!s.is(i, "the")) return null;
        int unitAt = s.isAny(i + 1, SAME_WORDS) ? i + 2 : i + 1;
        if (!s.isAny(unitAt, PERIOD_UNITS) || unitAt == i + 1 && !s.isAny(unitAt, QUARTER_WORDS) && !s.is(unitAt, "month")) {
            return null;
        }
        int yearAt = s.isAny(unitAt + 1, PERIOD_PREPOSITIONS) || s.is(unitAt + 1, "in") ? unitAt + 2 : unitAt + 1;
        int end = s.yearBeforeEnd(yearAt);
        if (end < 0 || s.anchor == null) return null;
        return Match.date(end, s.periodYearsBefore(s.at(unitAt).lower(), 1, i));
    }

    /** The quarter or half named at i ("first quarter", "second half"), in the given year. */
    private static Match partOfYearIn(Scan s, int i, int year) {
        Match named = quarter(s, i);
        return named == null || !Calendar.isCalendarValue(named.value()) ? null
                : new Match(named.end(), TimexType.DATE, Calendar.inYear(named.value(), year), null,
                        named.namesQuarter());
    }

    /** "the 1988 second quarter", "the 1988 quarter", "the 1988 period": a quarter of a stated year. */
    private static Match yearsPeriod(Scan s, int i) {
        if (!s.is(i, "the")) return null;
        int yearAt = s.is(i + 1, "fiscal") ? i + 2 : i + 1;
        Integer year = s.yearAt(yearAt);
        if (year == null) return null;
        if (s.ordinal(yearAt + 1) != null) return partOfYearIn(s, yearAt + 1, year);
        String quarter = s.reportQuarter != null ? s.reportQuarter : s.namedQuarter;
        if (!s.isAny(yearAt + 1, QUARTER_WORDS) || quarter == null) return null;
        return Match.date(yearAt + 2, Calendar.inYear(quarter, year));
    }

    /** "Thanksgiving", "last Christmas", "Christmas Eve 2018", "before Easter": named days of the calendar. */
    private static Match holiday(Scan s, int i) {
        int direction = s.isAny(i, LAST_WORDS) ? -1 : s.isAny(i, NEXT_WORDS) ? 1 : 0;
        int nameAt = direction != 0 || s.is(i, "this") ? i + 1 : i;
        Token first = s.at(nameAt);
        if (first == null || !first.isCapitalised()) return null;
        List<Holidays.Name> names = Holidays.BY_FIRST_WORD.get(first.lower());
        if (names == null) return null;
        for (Holidays.Name name : names) {
            int end = s.wordsEnd(nameAt, name.words());
            // "Easter Island", "Christmas Day Parade": the name goes on, it is not the day.
            if (end < 0 || s.at(end) != null && s.at(end).isWord() && s.at(end).isCapitalised()) continue;
            int yearAt = s.is(end, ",") || s.is(end, "of") ? end + 1 : end;
            Integer year = s.yearAt(yearAt);
            if (year != null) return Match.day(yearAt + 1, name.dayInYear().apply(year), null);
            if (s.anchor == null) return Match.date(end, "XXXX-XX-XX");
            LocalDate day = direction == 0 ? Calendar.dayNearAnchor(s.anchor, name.dayInYear(), s.tense(nameAt, end))
                    : Calendar.dayStrictly(s.anchor, name.dayInYear(), direction);
            // "Easter week": the week of that day; "the Thanksgiving weekend", "the Labor Day weekend": the weekend
            // next to it (before a Monday).
            if (s.is(end, "weekend")) {
                LocalDate nextToWeekend = day.getDayOfWeek() == DayOfWeek.MONDAY ? day.minusDays(1) : day;
                return Match.date(end + 1, Calendar.week(nextToWeekend) + "-WE");
            }
            // "Easter morning", "Christmas Eve night": that part of the day.
            String part = TemporalLexicon.DAY_PARTS.get(s.lowerAt(end));
            if (part != null) return new Match(end + 1, TimexType.TIME, day + "T" + part, day);
            return s.is(end, "week") ? Match.date(end + 1, Calendar.week(day)) : Match.day(end, day, null);
        }
        return null;
    }

    /** "on Monday", "Monday's briefing", "Monday night". */
    private static Match weekday(Scan s, int i) {
        Token token = s.at(i);
        Integer weekday = TemporalLexicon.WEEKDAYS.get(token.lower());
        Integer everyWeekday = TemporalLexicon.WEEKDAYS_PLURAL.get(token.lower());
        if (!token.isCapitalised()) return null;
        if (everyWeekday != null) return new Match(i + 1, TimexType.SET, "XXXX-WXX-" + everyWeekday, null);
        // "the Good Friday Agreement", "Black Friday Apple deals": a holiday's last word is not that weekday; nor is
        // "a Sunday school teacher", "Britain's best-selling Sunday newspaper".
        if (weekday == null || s.endsHolidayName(i) || s.isAny(i + 1, WEEKDAY_KINDS)) return null;
        // "Monday nights", and "Monday" in "Monday and Tuesday nights": that part of every such day.
        String part = TemporalLexicon.DAY_PARTS_PLURAL.get(s.lowerAt(i + 1));
        if (part != null) return new Match(i + 2, TimexType.SET, "XXXX-WXX-" + weekday + "T" + part, null);
        String listPart = s.isAny(i + 1, COORDINATORS) && s.isAny(i + 2, TemporalLexicon.WEEKDAYS.keySet())
                ? TemporalLexicon.DAY_PARTS_PLURAL.get(s.lowerAt(i + 3)) : null;
        if (listPart != null) return new Match(i + 1, TimexType.SET, "XXXX-WXX-" + weekday + "T" + listPart, null);
        int dateAt = s.is(i + 1, ",") ? i + 2 : i + 1;
        if (s.month(dateAt) != null || s.dayOfMonth(dateAt) != null) {
            // "Monday, Oct. 26", "Friday Oct. 13": the date says which Monday.
            Match date = s.calendarDayAt(dateAt);
            if (date != null && date.day() != null) {
                if (date.day().getDayOfWeek().getValue() == weekday) return date;
                // "Monday, Oct. 26" without a year: the year in which that day is a Monday.
                LocalDate dated = s.yearAt(date.end() - 1) == null ? s.yearOfWeekday(date.day(), weekday) : null;
                if (dated != null) return Match.day(date.end(), dated, null);
            }
        }
        // "Wednesday's ruling" reports what has happened: a possessive weekday is a coming one only where the
        // clause says so ("will win Tuesday's primary", "ahead of Saturday's caucus").
        boolean possessive = s.isApostrophe(i + 1) && s.gluedIs(i + 2, "s");
        LocalDate day = s.anchor == null ? null
                : isDaysAway(s, i) ? Calendar.weekdayNearAnchor(s.anchor, weekday, 1)
                : possessive ? Calendar.weekdayNearAnchor(s.anchor, weekday,
                        ClauseTense.surelyAhead(s.text, s.tokens, i) ? 1 : -1)
                : s.weekdayByTense(weekday, i, i + 1);
        return s.dayPart(Match.day(i + 1, day, "XXXX-WXX-" + weekday));
    }

    private static final Set<String> DAY_COMPOUNDS = Set.of("care", "trader", "traders", "trading", "laborer",
            "laborers", "trip", "trips", "pass", "passes", "school", "camp", "spa", "job", "jobs");
    /** Names a year follows as a version: "Windows 2000", "Vision 2030", "Expo 2000". */
    private static final Set<String> VERSIONED_NAMES = Set.of("windows", "office", "vision", "agenda", "expo");
    private static final Set<String> WEEKDAY_KINDS = Set.of("school", "newspaper", "newspapers", "paper", "papers",
            "edition", "editions", "supplement", "magazine");

    /** "the first Tuesday in November", "the last Monday of May 2019": that weekday of the month. */
    private static Match weekdayOfMonth(Scan s, int i) {
        int ordinalAt = s.is(i, "the") ? i + 1 : i;
        boolean last = ordinalAt > i && s.is(ordinalAt, "last");
        Integer nth = last ? null : s.ordinal(ordinalAt);
        if (!last && (nth == null || nth > 5)) return null;
        int weekdayAt = s.isNumber(ordinalAt) ? ordinalAt + 2 : ordinalAt + 1;
        Token day = s.at(weekdayAt);
        Integer weekday = day == null || !day.isCapitalised() ? null : TemporalLexicon.WEEKDAYS.get(day.lower());
        Integer month = s.is(weekdayAt + 1, "in") || s.is(weekdayAt + 1, "of") ? s.month(weekdayAt + 2) : null;
        if (weekday == null || month == null) return null;
        int next = s.skipAbbreviationDot(weekdayAt + 2);
        int yearAt = s.is(next, ",") ? next + 1 : next;
        Integer year = s.yearAt(yearAt);
        if (year == null && s.anchor == null) return null;
        int end = year != null ? yearAt + 1 : next;
        int inYear = year != null ? year : Integer.parseInt(s.monthByTense(month, weekdayAt + 2, next).substring(0, 4));
        DayOfWeek dayOfWeek = DayOfWeek.of(weekday);
        LocalDate first = LocalDate.of(inYear, month, 1);
        LocalDate date = first.with(last ? TemporalAdjusters.lastInMonth(dayOfWeek)
                : TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
        // "the fifth Monday in February" of a year that has none.
        return date.getMonthValue() == month ? Match.day(end, date, null) : null;
    }

    /** "two Sundays ago": that weekday, so many of them back (a count before a word that is no unit). */
    private static Match weekdaysAgo(Scan s, Quantity count, int pluralAt) {
        Token plural = s.at(pluralAt);
        if (plural == null || !plural.isCapitalised() || count.article() || s.anchor == null) return null;
        Integer weekday = TemporalLexicon.WEEKDAYS_PLURAL.get(plural.lower());
        if (weekday == null || !s.is(pluralAt + 1, "ago") || !count.amount().matches("[0-9]{1,2}")) return null;
        LocalDate last = Calendar.weekdayStrictly(s.anchor, weekday, -1);
        return Match.day(pluralAt + 2, last.minusWeeks(Integer.parseInt(count.amount()) - 1), null);
    }

    /** How far back from a weekday "days before" may stand ("days before the Iowa caucuses on Monday"). */
    private static final int DAYS_AWAY_REACH = 6;
    private static final Set<String> SHORT_UNITS = Set.of("days", "hours");

    /**
     * "just days before Tuesday's primary", "only days before the Iowa caucuses on Monday": a weekday days away is
     * the coming one; the last one would be more than a week back, which news would date. A counted length is a
     * span of the story instead ("deliberated for three hours before returning its verdict Friday").
     */
    private static boolean isDaysAway(Scan s, int i) {
        for (int k = i - 1; k >= Math.max(1, i - DAYS_AWAY_REACH); k--) {
            if (!s.at(k).isWord() && !s.isApostrophe(k)) return false;
            if (s.is(k, "before") && s.isAny(k - 1, SHORT_UNITS)) return !isCounted(s, k - 1);
        }
        return false;
    }

    /** A number before the unit at i ("three hours", "2 days"), not a vague amount ("a few days", "days"). */
    private static boolean isCounted(Scan s, int unitAt) {
        for (int k = Math.max(0, unitAt - 3); k < unitAt; k++) {
            Quantity count = s.quantity(k);
            if (count != null && count.end() == unitAt) return !count.amount().equals("X");
        }
        return false;
    }

    /**
     * Words that only a game report uses: a quarter near them is a period of play ("a touchdown in the fourth
     * quarter"), unless results follow it ("the game maker's third-quarter earnings").
     */
    private static final Set<String> GAME_WORDS = Set.of("game", "games", "touchdown", "touchdowns", "interception",
            "interceptions", "quarterback", "yards", "overtime", "halftime", "inning", "innings", "rebounds", "assists",
            "fumble", "fumbled", "punt", "punted", "dunked", "playoff", "playoffs");
    /** Prepositions of a stretch of time gone by: "over the years", "through the decades". */
    private static final Set<String> ACROSS_WORDS = Set.of("over", "through", "throughout", "across");
    /** Words between a count and its unit that keep the count: "two more weeks", "five consecutive quarters". */
    private static final Set<String> COUNT_RUN_WORDS = Set.of("more", "consecutive", "straight", "successive");
    private static final Set<String> RESULTS_NOUNS = Set.of("earnings", "results", "profit", "profits", "revenue",
            "revenues", "sales", "loss", "losses", "income", "growth");
    private static final int GAME_CONTEXT_TOKENS = 25;
    private static final Set<String> YEAR_QUALIFIERS = Set.of("fiscal", "financial", "current", "calendar");

    /** "Q3", "Q3 2018", "the third quarter", "third-quarter", "the fourth quarter of 1997", "first half of 2018". */
    private static Match quarter(Scan s, int i) {
        Token token = s.at(i);
        boolean half = token.lower().equals("h");
        if ((token.lower().equals("q") || half) && s.gluedNumber(i + 1)) {
            String digit = s.at(i + 1).text();
            int parts = half ? 2 : 4;
            if (!token.isCapitalised() || digit.length() != 1 || digit.charAt(0) < '1' || digit.charAt(0) > '0' + parts) {
                return null;
            }
            // "H1 2019", not "H1 visas" or "H1N1": a half names its year.
            if (half && s.yearAt(s.is(i + 2, ",") || s.is(i + 2, "of") ? i + 3 : i + 2) == null) return null;
            return s.partOfYear(half ? "H" : "Q", digit.charAt(0) - '0', parts, i, i + 2);
        }
        if (token.text().equals("FY")) return fiscalYear(s, i);
        int ordinalAt = token.is("the") ? i + 1 : i;
        Integer number = s.ordinal(ordinalAt);
        if (number == null) return null;
        int ordinalEnd = s.isNumber(ordinalAt) ? ordinalAt + 2 : ordinalAt + 1;
        boolean hyphenated = s.is(ordinalEnd, "-");
        // "the third-quarter results": the article is the noun's, the expression is "third-quarter".
        if (hyphenated && ordinalAt > i) return null;
        int unitAt = hyphenated ? ordinalEnd + 1 : ordinalEnd;
        if (s.is(unitAt, "quarter")) return s.partOfYear("Q", number, 4, i, unitAt + 1);
        if (s.is(unitAt, "half") && number <= 2) {
            int yearAt = s.is(unitAt + 1, "of") ? unitAt + 2 : unitAt + 1;
            // "first-half profit", as "third-quarter earnings": a half of the year that results are reported for.
            boolean results = hyphenated && s.isAny(unitAt + 1, RESULTS_NOUNS);
            if (results || s.fiscalYearAt(yearAt) != null || s.relativeYear(yearAt) != null
                    || s.is(yearAt, "the") && s.is(yearAt + 1, "year")) {
                return s.partOfYear("H", number, 2, i, unitAt + 1);
            }
        }
        return null;
    }

    /** "FY2019", "FY19", "FY 2019": the year, as "fiscal 2019" is read. */
    private static Match fiscalYear(Scan s, int i) {
        Token number = s.at(i + 1);
        if (number == null || !number.isNumber() || s.glued(i + 2) && s.isWordOrNumber(i + 2)) return null;
        if (number.text().length() == 4) return s.yearAt(i + 1) == null ? null : Match.date(i + 2, number.text());
        if (number.text().length() != 2 || !s.glued(i + 1)) return null;
        int twoDigits = Integer.parseInt(number.text());
        int century = s.anchor == null ? 2000 : s.anchor.getYear() / 100 * 100;
        return Match.date(i + 2, String.valueOf(century + twoDigits));
    }

    // ---- durations and sets

    /**
     * "between 60 and 90 days", "two to six days": the first count of a range is a length in the unit named after
     * the second, as TimeML marks it; the second is read as a duration of its own.
     */
    private static Match rangeStart(Scan s, int i) {
        Quantity first = s.quantity(i);
        if (first == null || first.article() || first.amount().equals("X")) return null;
        boolean between = s.is(first.end(), "and") && s.is(i - 1, "between");
        if (!between && !s.is(first.end(), "to")) return null;
        Quantity second = s.quantity(first.end() + 1);
        if (second == null || second.article() || second.amount().equals("X")) return null;
        Unit unit = s.pluralOf(second.end());
        // "18 to 25 years old" is an age, "six to eight weeks ago" a time.
        if (unit == null || s.is(second.end() + 1, "old") || s.isAny(second.end() + 1, EARLIER_AGO)) return null;
        return new Match(first.end(), TimexType.DURATION, unit.duration(first.amount()), null);
    }

    /** "weeklong", "yearlong": one unit, written as one word. */
    private static final Map<String, Unit> ONE_WORD_LENGTHS = Map.of("daylong", Unit.DAY, "weeklong", Unit.WEEK,
            "monthlong", Unit.MONTH, "yearlong", Unit.YEAR);

    /**
     * "the year-long investigation", "a weeklong festival", "an hour-long speech": one unit long; "a decades-long
     * dispute": some units long.
     */
    private static Match unitLong(Scan s, int i) {
        Token token = s.at(i);
        Unit oneWord = ONE_WORD_LENGTHS.get(token.lower());
        if (oneWord != null) return new Match(i + 1, TimexType.DURATION, oneWord.duration("1"), null);
        Unit unit = TemporalLexicon.UNITS.get(token.lower());
        if (unit == null || unit == Unit.QUARTER || !s.gluedIs(i + 1, "-") || !s.gluedIs(i + 2, "long")) return null;
        boolean one = token.lower().equals(unitSingular(token.lower()));
        return new Match(i + 3, TimexType.DURATION, unit.duration(one ? "1" : "X"), null);
    }

    /** "a half-century", "a quarter century": a fraction of one unit. */
    private static final Set<String> UNIT_FRACTIONS = Set.of("half", "quarter");
    /** "a quarter-century": the one unit a quarter is joined to, in years. */
    private static final int QUARTER_CENTURY_YEARS = 25;

    /**
     * "half an hour", "half a century", "a half-century", "a half hour", "a quarter-century", "a quarter of a
     * century"; with "ago", so many years back ("a quarter-century ago").
     */
    private static Match halfUnit(Scan s, int i) {
        int unitAt;
        boolean quarter = false;
        if (s.is(i, "half") && (s.is(i + 1, "a") || s.is(i + 1, "an"))) {
            unitAt = i + 2;
        } else if (s.is(i, "a") && s.isAny(i + 1, UNIT_FRACTIONS)) {
            // "a half-century", "a half century", "a quarter of a century".
            unitAt = s.gluedIs(i + 2, "-") && s.glued(i + 3) ? i + 3
                    : s.is(i + 2, "of") && s.is(i + 3, "a") ? i + 4 : i + 2;
            quarter = s.is(i + 1, "quarter");
        } else {
            return null;
        }
        Unit unit = TemporalLexicon.UNITS.get(s.lowerAt(unitAt));
        if (unit == null || !s.lowerAt(unitAt).equals(unitSingular(s.lowerAt(unitAt)))) return null;
        if (quarter && unit != Unit.CENTURY) return null;
        if (s.is(unitAt + 1, "ago") && (unit == Unit.DECADE || unit == Unit.CENTURY)) {
            int years = quarter ? QUARTER_CENTURY_YEARS : unit.multiplier / 2;
            return Match.date(unitAt + 2, s.shifted(Unit.YEAR, String.valueOf(years), -1));
        }
        return new Match(unitAt + 1, TimexType.DURATION, quarter ? "P" + QUARTER_CENTURY_YEARS + "Y" : unit.half(), null);
    }

    /** "four days", "for 22 years", "the past 70 years", "a two-year deal", "two days ago", "recent years". */
    private static Match duration(Scan s, int i) {
        // "Islam will one day be the second largest religion": some day ahead, not a day long.
        if (s.is(i, "one") && s.is(i + 1, "day") && s.isAny(i - 1, MODALS)) return Match.date(i + 2, "FUTURE_REF");
        Match lasting = unitLong(s, i);
        if (lasting != null) return lasting;
        Match rangeStart = rangeStart(s, i);
        if (rangeStart != null) return rangeStart;
        if (s.is(i, "recent") && s.is(i + 1, "years")) return Match.date(i + 2, "PAST_REF");
        int quantityAt = i;
        boolean span = false;
        boolean firstOf = false;
        if (s.is(i, "the") && s.isAny(i + 1, SPAN_WORDS)) {
            quantityAt = i + 2;
            span = true;
            firstOf = s.is(i + 1, "first");
        } else if (s.isAny(i, SPAN_WORDS) && !s.is(i, "first")) {
            // "is expected to last six weeks", "could last two years": the verb, before a length of its own; "her
            // last day" is a day of hers, not one day long ("her" is no possessive for a relative date: "saw her last
            // week").
            if (s.isAny(i - 1, POSSESSIVES) || s.is(i - 1, "her")
                    || s.is(i, "last") && (s.is(i - 1, "to") || s.isAny(i - 1, MODALS))) {
                return null;
            }
            quantityAt = i + 1;
            span = true;
        }
        Quantity quantity = s.quantity(quantityAt);
        boolean implicitOne = quantity == null;
        if (implicitOne) {
            if (!span) return s.bareUnits(i);
            if (firstOf || s.is(quantityAt, "-")) return null;
            quantity = new Quantity("1", quantityAt, false);
        }
        // "5 1/2 hours", "two and a half years", or after the unit "a minute and a half".
        int halfBefore = implicitOne ? -1 : s.halfEnd(quantity.end());
        // "two more weeks", "at least 20 more years", "five consecutive quarters", "three straight years".
        int unitStart = halfBefore >= 0 ? halfBefore : s.isAny(quantity.end(), COUNT_RUN_WORDS) && !implicitOne
                ? quantity.end() + 1 : quantity.end();
        int unitAt = s.is(unitStart, "-") ? unitStart + 1 : unitStart;
        Token unitToken = s.at(unitAt);
        // "a fortnight ago", "the past fortnight": two weeks.
        boolean fortnight = unitToken != null && (unitToken.is("fortnight") || unitToken.is("fortnights"));
        if (fortnight) {
            if (implicitOne) return new Match(unitAt + 1, TimexType.DURATION, "P2W", null);
            String amount = quantity.amount();
            boolean counted = amount.length() <= 6 && amount.chars().allMatch(Character::isDigit);
            quantity = new Quantity(counted ? String.valueOf(2 * Integer.parseInt(amount)) : amount, quantity.end(),
                    quantity.article());
        }
        Unit unit = fortnight ? Unit.WEEK : unitToken == null ? null : TemporalLexicon.UNITS.get(unitToken.lower());
        if (unit == null) return implicitOne || unitAt != quantity.end() ? null : weekdaysAgo(s, quantity, unitAt);
        // "at the last minute", "every last second": as late as could be, not a minute long.
        if (implicitOne && s.is(quantityAt - 1, "last") && (unit == Unit.MINUTE || unit == Unit.SECOND)) return null;
        // "his sixty-second home run": an ordinal, which a possessive ranks.
        if (unit == Unit.SECOND && unitAt > unitStart && s.isAny(quantityAt - 1, POSSESSIVES)) return null;
        boolean singular = unitToken.lower().equals(unitSingular(unitToken.lower()));
        if (quantity.article() && (!singular || unit == Unit.SECOND || unit == Unit.QUARTER)) return null;
        // "a month-long strike": the length is the compound, without the noun's article.
        if (quantity.article() && s.gluedIs(unitAt + 1, "-") && s.gluedIs(unitAt + 2, "long")) return null;
        // "a day care center", "a day trader": a kind of thing, no length.
        if (quantity.article() && unit == Unit.DAY && s.isAny(unitAt + 1, DAY_COMPOUNDS)) return null;
        // "three-quarters of the shares", "about three-quarters support it": a fraction, not "several quarters of
        // losses" (of results). "one-quarter to one-third of them", "four-quarter": a hyphenated quarter is a share,
        // not three months.
        // A run ("four consecutive quarters of contraction") counts periods, no share.
        boolean fraction = s.is(unitAt + 1, "of") && !s.isAny(unitAt + 2, RESULTS_NOUNS) && unitStart == quantity.end();
        // "four and three quarters percent": a fraction of a number.
        boolean ofNumber = s.is(unitAt + 1, "percent") || s.is(unitAt + 1, "%") || s.is(unitAt + 1, "point");
        if (unit == Unit.QUARTER && (fraction || ofNumber || unitAt > unitStart)) return null;
        // "a $15-an-hour wage": a rate, not a length of time.
        if (quantity.article() && s.is(quantityAt - 1, "-") && s.glued(quantityAt)) return null;
        // "the 1988 second quarter", "its 1989 year": a year before a singular unit, not 1988 seconds.
        if (singular && quantity.amount().length() == 4 && unitAt == quantity.end()) return null;
        // "in coming weeks", "the past months": an unknown number of units.
        if (span && implicitOne && !singular && unit != Unit.QUARTER) {
            return new Match(unitAt + 1, TimexType.DURATION, unit.duration("X"), null);
        }
        if (span && quantity.amount().equals("1") && !singular) return null;
        int end = unitAt + 1;
        // "the next year and a half": a length of time, not the calendar year.
        if (implicitOne && s.halfEnd(end) > 0) {
            return new Match(s.halfEnd(end), TimexType.DURATION, unit.durationAndHalf("1"), null);
        }
        // "the last week of March", "the last year of his presidency": the final one of something (not "a profit
        // for the last year of $2.7 billion").
        if (implicitOne && s.is(quantityAt - 1, "last") && s.isFinalOneOf(end)) return null;
        if (implicitOne && unit.ordinal() >= Unit.WEEK.ordinal() && unit.ordinal() < Unit.DECADE.ordinal()
                && !s.is(end, "-")) {
            // "the past year": the calendar unit before (or after) this one, as TimeBank has it; "the past
            // decade" is the ten years up to now instead.
            int direction = s.isAny(quantityAt - 1, NEXT_WORDS) || s.is(quantityAt - 1, "coming") ? 1 : -1;
            // "the past week" is the seven days up to now: the week that holds most of them.
            if (unit == Unit.WEEK && direction < 0 && s.anchor != null) {
                return Match.date(end, Calendar.week(s.anchor.minusDays(3)));
            }
            return Match.date(end, s.calendarUnit(unit, direction));
        }
        if (s.gluedIs(end, "-") && s.isAny(end + 1, COMPOUND_YEAR_WORDS)) return null;
        // "a week or so ago".
        int agoAt = s.is(end, "or") && s.is(end + 1, "so") && s.isAny(end + 2, EARLIER_AGO) ? end + 2 : end;
        Integer weekdayAfter = s.at(agoAt + 1) == null || !s.at(agoAt + 1).isCapitalised() ? null
                : TemporalLexicon.WEEKDAYS.get(s.at(agoAt + 1).lower());
        if (s.is(agoAt, "ago") && unit == Unit.WEEK && weekdayAfter != null && s.anchor != null && !span
                && quantity.amount().matches("[0-9]{1,2}")) {
            // "a week ago Saturday": that weekday, so many weeks before its last occurrence.
            LocalDate last = Calendar.weekdayNearAnchor(s.anchor, weekdayAfter, -1);
            return Match.day(agoAt + 2, last.minusWeeks(Integer.parseInt(quantity.amount())), null);
        }
        // "a week earlier than planned" compares two times: the length between them, as "a year later than planned".
        if (s.is(agoAt, "ago") || s.is(agoAt, "earlier") && !span && !s.is(agoAt + 1, "than")) {
            end = agoAt;
            Match sameTime = s.is(agoAt, "ago") ? sameTimeAgo(s, agoAt + 1, unit, quantity.amount()) : null;
            if (sameTime != null) return sameTime;
            String comparedMonth = unit == Unit.YEAR ? s.monthYearsBefore(quantity.amount(), i) : null;
            if (comparedMonth != null) return Match.date(end + 1, comparedMonth);
            String comparedQuarter = unit == Unit.YEAR ? s.quarterYearsBefore(quantity.amount(), i) : null;
            if (comparedQuarter != null) return Match.date(end + 1, comparedQuarter);
            // "The vote was on Monday. Two days earlier, ...": counted back from the past day being told about, as
            // "ago" counts from now.
            LocalDate toldAbout = s.is(agoAt, "earlier") ? s.recentReference(i) : null;
            boolean pastDayToldAbout = toldAbout != null && s.anchor != null && toldAbout.isBefore(s.anchor);
            if (pastDayToldAbout && (unit == Unit.DAY || unit == Unit.WEEK) && quantity.amount().matches("[0-9]{1,3}")) {
                LocalDate day = toldAbout.minusDays(daysCounted(unit, quantity.amount()));
                return unit == Unit.DAY ? Match.day(end + 1, day, null) : Match.date(end + 1, Calendar.week(day));
            }
            // "When she was elected in 2006, she had first run three years earlier": from the year just named.
            Integer yearToldAbout = s.is(agoAt, "earlier") && unit == Unit.YEAR ? s.yearJustNamed(i) : null;
            if (yearToldAbout != null && quantity.amount().matches("[0-9]{1,2}")) {
                return Match.date(end + 1, String.valueOf(yearToldAbout - Integer.parseInt(quantity.amount())));
            }
            return Match.date(end + 1, s.shifted(unit, quantity.amount(), -1));
        }
        // "two weeks from today", "a year from now": counted forward from the anchor.
        if (s.is(end, "from") && (s.is(end + 1, "today") || s.is(end + 1, "now")) && !span) {
            boolean toTheDay = (unit == Unit.DAY || unit == Unit.WEEK) && s.anchor != null
                    && quantity.amount().matches("[0-9]{1,4}");
            return Match.date(end + 2, toTheDay
                    ? s.anchor.plusDays(daysCounted(unit, quantity.amount())).toString()
                    : s.shifted(unit, quantity.amount(), 1));
        }
        if (quantity.article() && (s.isAny(i - 1, COUNT_CONTEXT) || isRate(s, i, end))) {
            return new Match(end, TimexType.SET, unit.duration("1"), null);
        }
        // Ages ("a 6-year-old boy") describe a person, not a time of the story; "the 7 minute mark" is a place in
        // a recording (but "the two-year mark" a length of time).
        boolean age = s.is(end, "old") || s.is(end, "-") && s.is(end + 1, "old");
        if (age || s.is(end, "mark") && unit.ordinal() < Unit.DAY.ordinal()) return null;
        int halfAfter = halfBefore < 0 && !implicitOne ? s.halfEnd(end) : -1;
        if (halfBefore >= 0 || halfAfter >= 0) {
            return new Match(Math.max(end, halfAfter), TimexType.DURATION, unit.durationAndHalf(quantity.amount()), null);
        }
        Match compound = compoundLength(s, end, unit, quantity.amount());
        return compound != null ? compound : new Match(end, TimexType.DURATION, unit.duration(quantity.amount()), null);
    }

    /** The days in a count of days or weeks ("two weeks" 14), for counting to the day from a day. */
    private static long daysCounted(Unit unit, String amount) {
        return Long.parseLong(amount) * (unit == Unit.WEEK ? 7 : 1);
    }

    /**
     * "five years ago this week", "a year ago this month", "two years ago today": the week, month or day as far
     * back from the anchor's.
     */
    private static Match sameTimeAgo(Scan s, int at, Unit unit, String amount) {
        boolean today = s.is(at, "today");
        boolean thisUnit = s.is(at, "this") && (s.is(at + 1, "week") || s.is(at + 1, "month"));
        if (!(today || thisUnit) || s.anchor == null || !amount.matches("[0-9]{1,3}")) return null;
        int n = Integer.parseInt(amount);
        LocalDate then = switch (unit) {
            case YEAR -> s.anchor.minusYears(n);
            case MONTH -> s.anchor.minusMonths(n);
            case WEEK -> s.anchor.minusWeeks(n);
            default -> null;
        };
        if (then == null) return null;
        if (today) return Match.day(at + 1, then, null);
        return Match.date(at + 2, s.is(at + 1, "week") ? Calendar.week(then) : Calendar.month(then.getYear(),
                then.getMonthValue()));
    }

    /** Units that a length may combine, largest first ("two years and six months", "3 minutes 32 seconds"). */
    private static final List<Unit> COMBINABLE_UNITS = List.of(Unit.YEAR, Unit.MONTH, Unit.DAY, Unit.HOUR, Unit.MINUTE,
            Unit.SECOND);

    /** "3 minutes 32 seconds", "two years and six months", "an hour and 20 minutes": one length in two units. */
    private static Match compoundLength(Scan s, int end, Unit unit, String amount) {
        if (!COMBINABLE_UNITS.contains(unit) || !amount.matches("[0-9]{1,6}")) return null;
        // Not across a comma: "for 22 years, four days a week" are two.
        int next = s.is(end, "and") ? end + 1 : end;
        Quantity second = s.quantity(next);
        if (second == null || second.article() || !second.amount().matches("[0-9]{1,6}")) return null;
        Unit smaller = TemporalLexicon.UNITS.get(s.lowerAt(second.end()));
        // Not "five years and 10 months later": the second count begins an expression of its own.
        if (smaller == null || COMBINABLE_UNITS.indexOf(smaller) <= COMBINABLE_UNITS.indexOf(unit)
                || s.isAny(second.end() + 1, AFTER_WORDS)) {
            return null;
        }
        StringBuilder date = new StringBuilder("P");
        StringBuilder time = new StringBuilder();
        for (Unit part : COMBINABLE_UNITS) {
            String count = part == unit ? amount : part == smaller ? second.amount() : null;
            if (count != null) (part.timeOfDay ? time : date).append(count).append(part.letter);
        }
        return new Match(second.end() + 1, TimexType.DURATION, time.isEmpty() ? date.toString() : date + "T" + time, null);
    }

    private static final Set<String> AFTER_WORDS = Set.of("later", "earlier", "ago", "before", "after", "on", "or");

    /**
     * "$35,000 a month", "five people a day", "10 hours a day": "a" and a unit right after a counted thing is a rate
     * (a set), not a length of time; "won 5 games a week later" is not.
     */
    private static boolean isRate(Scan s, int article, int end) {
        if (s.isAny(end, AFTER_WORDS)) return false;
        if (s.isNumber(article - 1)) return true;
        Token counted = s.at(article - 1);
        Token count = s.at(article - 2);
        // "on May 3 in a year of crisis", "on Jan. 25 after a week-long visit": a day of a date counts nothing.
        boolean counts = s.isNumber(article - 2) && s.month(s.is(article - 3, ".") ? article - 4 : article - 3) == null
                || count != null && (TemporalLexicon.NUMBER_WORDS.containsKey(count.lower())
                        || MULTITUDES.contains(count.lower()))
                || s.is(article - 2, "of") && s.isAny(article - 3, MULTITUDES);
        // A capitalised word is a name ("Apollo 11 a week later"), but "50,000 CDs a year" counts discs.
        boolean countedThing = counted != null && counted.isWord()
                && (!counted.isCapitalised() || PLURAL_ACRONYM.matcher(counted.text()).matches());
        return counts && countedThing && !NOT_COUNTED.contains(counted.lower());
    }

    /** Words for a large count: "fifty thousand CDs a year", "hundreds of interviews a day". */
    private static final Set<String> MULTITUDES = Set.of("dozen", "dozens", "hundred", "hundreds", "thousand",
            "thousands", "million", "millions", "billion", "billions");

    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z]{2,}s");

    /** Words between a number and "a week" that are no counted thing: "5 in a week" is no rate. */
    private static final Set<String> NOT_COUNTED = Set.of("after", "before", "for", "in", "on", "at", "by", "about",
            "within", "over", "under", "than", "and", "or", "but", "of", "to", "from", "during", "since", "until");

    /** "every Sunday" -> XXXX-WXX-7, "each year" -> P1Y, "every two weeks" -> P2W, "daily" -> P1D. */
    private static Match set(Scan s, int i) {
        return switch (s.at(i).lower()) {
            case "daily" -> new Match(i + 1, TimexType.SET, "P1D", null);
            case "weekly" -> new Match(i + 1, TimexType.SET, "P1W", null);
            case "monthly" -> new Match(i + 1, TimexType.SET, "P1M", null);
            case "annually", "yearly" -> new Match(i + 1, TimexType.SET, "P1Y", null);
            // "an annual profit", "its first annual loss": the year the result is counted over.
            case "annual" -> s.isAny(i + 1, RESULTS_NOUNS) ? new Match(i + 1, TimexType.DURATION, "P1Y", null) : null;
            // "hourly workers", "an hourly wage": paid by the hour, no recurring time.
            case "hourly" -> s.isAny(i + 1, PAID_BY_THE_HOUR) ? null : new Match(i + 1, TimexType.SET, "PT1H", null);
            case "every", "each" -> every(s, i);
            // "closed on weekends": every weekend (not "two weekends ago", counted).
            case "weekends" -> s.isAny(i - 1, WEEKEND_PREPOSITIONS)
                    ? new Match(i + 1, TimexType.SET, "XXXX-WXX-WE", null) : null;
            default -> null;
        };
    }

    private static final Set<String> PAID_BY_THE_HOUR = Set.of("workers", "worker", "employees", "employee", "staff",
            "wage", "wages", "pay", "rate", "rates", "jobs", "earnings");
    private static final Set<String> WEEKEND_PREPOSITIONS = Set.of("on", "during", "at", "over");

    private static Match every(Scan s, int i) {
        Token target = s.at(i + 1);
        if (target == null) return null;
        // "every other week": every second one.
        if (target.is("other") && s.is(i, "every") && s.at(i + 2) != null) {
            Unit unit = TemporalLexicon.UNITS.get(s.at(i + 2).lower());
            return unit == null ? null : new Match(i + 3, TimexType.SET, unit.duration("2"), null);
        }
        Integer weekday = TemporalLexicon.WEEKDAYS.get(target.lower());
        if (weekday != null) {
            // "every Friday night": that part of every such day.
            String weekdayPart = TemporalLexicon.DAY_PARTS.get(s.lowerAt(i + 2));
            return weekdayPart != null
                    ? new Match(i + 3, TimexType.SET, "XXXX-WXX-" + weekday + "T" + weekdayPart, null)
                    : new Match(i + 2, TimexType.SET, "XXXX-WXX-" + weekday, null);
        }
        // "every summer", "each morning".
        String season = TemporalLexicon.SEASONS.get(target.lower());
        if (season != null) return new Match(i + 2, TimexType.SET, "XXXX-" + season, null);
        String part = TemporalLexicon.DAY_PARTS.get(target.lower());
        if (part != null) return new Match(i + 2, TimexType.SET, "XXXX-XX-XXT" + part, null);
        Integer month = s.month(i + 1);
        // "every June 28": that day of every year.
        Integer monthDay = month == null ? null : s.dayOfMonth(s.skipAbbreviationDot(i + 1));
        if (monthDay != null) {
            String everyDay = "XXXX-%02d-%02d".formatted(month, monthDay);
            return new Match(s.skipAbbreviationDot(i + 1) + 1, TimexType.SET, everyDay, null);
        }
        if (month != null) return new Match(i + 2, TimexType.SET, "XXXX-%02d".formatted(month), null);
        // "every Christmas Eve".
        Match holiday = holiday(s, i + 1);
        if (holiday != null && holiday.day() != null) {
            return new Match(holiday.end(), TimexType.SET, "XXXX" + holiday.day().toString().substring(4), null);
        }
        Quantity quantity = s.quantity(i + 1);
        int unitAt = quantity == null ? i + 1 : quantity.end();
        Unit unit = s.at(unitAt) == null ? null : TemporalLexicon.UNITS.get(s.at(unitAt).lower());
        if (unit == null) return null;
        return new Match(unitAt + 1, TimexType.SET, unit.duration(quantity == null ? "1" : quantity.amount()), null);
    }

    private static String unitSingular(String word) {
        if (word.equals("centuries")) return "century";
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** How many of a unit: a number, number words, "a"/"an", or a vague "several" (X). */
    private record Quantity(String amount, int end, boolean article) {
    }

    /** The per-call state: the tokens, the anchor and the last specific day mentioned. */
    private static final class Scan {
        final String text;
        final List<Token> tokens;
        final LocalDate anchor;
        LocalDate reference;
        /** Where the text last named an ended quarter: "a year earlier" compares with a quarter only close to one. */
        int lastQuarterAt;
        /**
         * The latest ended quarter the text named: the one a report is about, which "the period", "the 1989 period"
         * and "a year ago" mean even after an earlier quarter came up in passing ("after a flat second quarter").
         */
        String reportQuarter;
        /** The last quarter named, ended or not ("expects fourth-quarter results weaker than the 1988 quarter"). */
        String namedQuarter;
        int lastQuarterNamedAt = -1;
        /** The first day of the last date the text mentioned at any granularity ("in 1995" -> 1995-01-01). */
        LocalDate lastMentioned;
        /** The last calendar date the text mentioned, as written ("2018-02", "2018-Q3", "2018-02-14"). */
        String lastValue;
        int lastValueEnd = -1;
        /** Where the last match naming a specific day ended: "April 24 and 25" continues it. */
        int lastDayEnd = -1;

        /**
         * Whether "that" at i points back to a period of the date last named ("That summer he moved", "in that year",
         * "died that day"): it opens the sentence or follows a preposition or a past verb (not one of
         * saying, after which it may open what was said), and a unit, season or part of the day follows it, ending
         * its phrase ("that day-care center" is no time); a part of the day may also end its phrase after any other
         * word ("underwent surgery that night"), and it or "day" may open a clause after "and" ("and that night a
         * neighbor heard").
         */
        boolean opensAnaphoricPeriod(int i) {
            String unit = lowerAt(i + 1);
            if (lastMentioned == null || unit == null || gluedIs(i + 2, "-")) return false;
            if (!ANAPHORIC_UNITS.contains(unit) && !TemporalLexicon.SEASONS.containsKey(unit)
                    && !TemporalLexicon.DAY_PARTS.containsKey(unit)) {
                return false;
            }
            Token before = at(i - 1);
            if (opensSentence(i) || isAny(i - 1, THAT_LEADS)) return true;
            if (!before.isWord() || ClauseTense.REPORTING_VERBS.contains(before.lower())) return false;
            // "underwent surgery that night.", "and that night a neighbor heard": a part of the day that ends its
            // phrase after any word, or that opens a coordinated clause.
            boolean dayPart = TemporalLexicon.DAY_PARTS.containsKey(unit);
            boolean season = TemporalLexicon.SEASONS.containsKey(unit);
            return ClauseTense.cueOf(tokens, i - 1) == ClauseTense.PAST
                    || (dayPart || season) && endsPeriodPhrase(i + 2)
                    || (dayPart || unit.equals("day")) && CONJUNCTIONS.contains(before.lower());
        }

        private static final Set<String> ANAPHORIC_UNITS = Set.of("year", "month", "week", "day", "time");
        private static final Set<String> THAT_LEADS = Set.of("in", "on", "during", "by", "until", "till", "since",
                "for", "of", "throughout", "through", "from", "at", "after", "before", "later", "earlier");

        /** Whether the text has named a day or a calendar date so far. */
        boolean namedDateBefore() {
            return lastDayEnd >= 0 || lastValueEnd >= 0;
        }
        /** About three sentences. */
        private static final int REFERENCE_REACH = 80;
        /** The tokens of a parenthesis that gives a time in another zone: "(11:59 p.m. GMT)". */
        private static final int PARENTHESIS_REACH = 9;
        /** The last tense read from a clause, and the token where its expression ended. */
        ClauseTense lastTense = ClauseTense.UNKNOWN;
        int lastTenseEnd = -1;

        Scan(String text, List<Token> tokens, LocalDate anchor) {
            this.text = text;
            this.tokens = tokens;
            this.anchor = anchor;
            this.reference = anchor;
        }

        Token at(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        /** The lower-case text of token i, or "" past either end. */
        String lowerAt(int i) {
            Token token = at(i);
            return token == null ? "" : token.lower();
        }

        boolean is(int i, String lower) {
            Token token = at(i);
            return token != null && token.is(lower);
        }

        boolean isAny(int i, Set<String> lowers) {
            Token token = at(i);
            return token != null && lowers.contains(token.lower());
        }

        boolean isNumber(int i) {
            Token token = at(i);
            return token != null && token.isNumber();
        }

        boolean isWordOrNumber(int i) {
            Token token = at(i);
            return token != null && (token.isWord() || token.isNumber());
        }

        /**
         * The token after a short parenthesis that opens at token i ("(0700 GMT)"), or after the one that closes
         * there; i itself when there is none.
         */
        int afterParenthesis(int i) {
            if (is(i, ")")) return i + 1;
            if (!is(i, "(")) return i;
            for (int k = i + 1; k < tokens.size() && k - i <= PARENTHESIS_REACH; k++) {
                if (is(k, ")")) return k + 1;
            }
            return i;
        }

        /** No word of the same phrase goes on at token i: punctuation, the end, or a conjunction ("and into 2020"). */
        boolean endsPhrase(int i) {
            return !isWordOrNumber(i) || isAny(i, CONJUNCTIONS);
        }

        /**
         * "the end of the year" ends before a word that opens what follows ("has until the end of the year to
         * comply", "by the end of the month in Geneva"), not before a noun it names ("the Player of the Year award").
         */
        boolean endsPeriodPhrase(int i) {
            return endsPhrase(i) || isAny(i, PERIOD_PHRASE_FOLLOWERS);
        }

        boolean isApostrophe(int i) {
            Token token = at(i);
            return token != null && token.text().length() == 1 && Token.isApostrophe(token.text().charAt(0));
        }

        /** Token i touches the token before it (no space between). */
        boolean glued(int i) {
            return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
        }

        boolean gluedIs(int i, String lower) {
            return glued(i) && is(i, lower);
        }

        boolean gluedNumber(int i) {
            return glued(i) && isNumber(i);
        }

        boolean gluedSeparator(int i) {
            return glued(i) && (is(i, "-") || is(i, "/"));
        }

        /** Token i is glued to a preceding token whose text is {@code lower}. */
        boolean followsGlued(int i, String lower) {
            return glued(i) && is(i - 1, lower);
        }

        /** A month name at i: capitalised, as abbreviation or in full. */
        Integer month(int i) {
            Token token = at(i);
            if (token == null || !token.isCapitalised()) return null;
            return TemporalLexicon.MONTHS.get(token.lower());
        }

        /** The token after the month at i, past an abbreviation dot ("Sept."); "May." ends a sentence instead. */
        int skipAbbreviationDot(int i) {
            return is(i + 1, ".") && glued(i + 1) && at(i).text().length() <= 4
                    && !TemporalLexicon.FULL_SHORT_MONTHS.contains(at(i).lower()) ? i + 2 : i + 1;
        }

        /** "third" or "3rd" at i (the digits and their glued suffix are two tokens). */
        Integer ordinal(int i) {
            Token token = at(i);
            if (token == null) return null;
            if (token.isNumber()) {
                return glued(i + 1) && isAny(i + 1, DAY_SUFFIXES) ? TemporalLexicon.ORDINALS.get(token.text() + at(i + 1).lower()) : null;
            }
            return TemporalLexicon.ORDINALS.get(token.lower());
        }

        Integer dayOfMonth(int i) {
            Token token = at(i);
            if (token == null || !token.isNumber() || token.text().length() > 2) return null;
            int day = Integer.parseInt(token.text());
            return day >= 1 && day <= 31 ? day : null;
        }

        int skipDaySuffix(int i) {
            return glued(i) && isAny(i, DAY_SUFFIXES) ? i + 1 : i;
        }

        /** The year at i, or after "fiscal" at i ("of fiscal 1989"). */
        Integer fiscalYearAt(int i) {
            return yearAt(is(i, "fiscal") ? i + 1 : i);
        }

        Integer yearAt(int i) {
            Token token = at(i);
            if (token == null || !token.isNumber() || token.text().length() != 4) return null;
            if (glued(i + 1) && (isWordOrNumber(i + 1) || is(i + 1, "%"))) return null;
            int year = Integer.parseInt(token.text());
            return year >= 1000 && year <= 2999 ? year : null;
        }

        /**
         * The name of a programme or paper, not a time: a quoted title ending in a capitalised unit (ABC's "This
         * Week", CBS's "60 Minutes"); inside a sentence that is no headline, a capitalised "This", "Today",
         * "Daily"... (ABC's This Week, USA TODAY, the New York Daily News), a capitalised unit after a number (the
         * film 13 Hours), or a capitalised part of the day next to other capitals or quotes (“Saturday Night
         * Live”, CBS This Morning).
         */
        boolean isTitle(int first, int end) {
            Token head = at(first);
            Token last = at(end - 1);
            Token before = at(first - 1);
            boolean quoted = before != null && before.kind() == Token.Kind.PUNCT && QUOTES.contains(before.text());
            if (quoted && last.isWord() && last.isCapitalised() && TemporalLexicon.UNITS.containsKey(last.lower())) {
                return true;
            }
            if (closesQuotedTitle(first, end) || inQuotedTitle(first, end)) return true;
            if (opensSentence(first) || before != null && before.is(":") || inHeadline(first)) return false;
            if (!quoted && head.isCapitalised() && TITLE_HEADS.contains(head.lower())) return true;
            // "Person of the Year", "a Century speedboat": a capitalised unit right after a lower-case article.
            if (end - first == 2 && (head.is("the") || head.is("a")) && last.isWord() && last.isCapitalised()
                    && TemporalLexicon.UNITS.containsKey(last.lower())) {
                return true;
            }
            if (head.isNumber() && last.isCapitalised() && TemporalLexicon.UNITS.containsKey(last.lower())) return true;
            Token next = at(end);
            if (end - first == 1 && TemporalLexicon.WEEKDAYS.containsKey(head.lower()) && next != null
                    && next.isCapitalised() && TemporalLexicon.PAPER_HEADS.contains(next.lower())) {
                return true;
            }
            if (!last.isWord() || !last.isCapitalised() || !TemporalLexicon.DAY_PARTS.containsKey(last.lower())
                    || end - first < 2) {
                return false;
            }
            Token after = at(end);
            return quoted || before != null && before.isInCapitals()
                    || after != null && (after.isWord() && after.isCapitalised() || after.isQuoteMark());
        }

        /**
         * "''Fox News Sunday''", "on “Fox News Sunday.”": capitalised words from an opening quote, the expression
         * closing the quote (not "“Tuesday’s vote”", a possessive).
         */
        /**
         * Whether tokens [first, end) lie inside a short quotation in title case: a film's, song's or book's name
         * ("The Day After Tomorrow," opens Friday; Prince's "1999"; "3:10 to Yuma"), not a spoken sentence, whose words
         * are mostly in lower case.
         */
        private boolean inQuotedTitle(int first, int end) {
            int open = first - 1;
            while (open >= 0 && first - open <= QUOTED_TITLE_TOKENS && !isDoubleQuote(open)) {
                if (!isTitleWord(open) || opensSentence(open + 1) && open + 1 < first) return false;
                open--;
            }
            // An opening mark: touching the word after it, not the one before ("“Today” on Monday" is outside), and
            // no attribute's value (datetime="2015-12-02").
            if (open < 0 || !isDoubleQuote(open) || !glued(open + 1) || glued(open) || is(open - 1, "=")) return false;
            int close = end;
            while (close < tokens.size() && close - open <= QUOTED_TITLE_TOKENS && !isDoubleQuote(close)) {
                if (!isTitleWord(close) && !(is(close, ",") || is(close, "."))) return false;
                close++;
            }
            if (close >= tokens.size() || !isDoubleQuote(close) || !glued(close)) return false;
            for (int k = first; k < end; k++) {
                if (!isTitleWord(k)) return false;
            }
            // A quoted time alone ("the "Super Tuesday" primary") is a term set off, unless a number ("1999") or
            // opened by a capitalised article ("The Day After Tomorrow").
            boolean alone = open == first - 1 && (close == end || close == end + 1 && !isWordOrNumber(end));
            return !alone || at(first).isNumber() || at(first).isCapitalised() && ARTICLES.contains(lowerAt(first));
        }

        private static final int QUOTED_TITLE_TOKENS = 9;
        private static final Set<String> TITLE_SMALL_WORDS = Set.of("of", "to", "the", "a", "an", "and", "in", "on",
                "at", "for", "from");

        /** A capitalised word, a number, a small word of a title, or a title's mark ("3:10", "(500)", "2001:"). */
        private boolean isTitleWord(int k) {
            Token token = at(k);
            boolean titleWord = token.isWord() && (token.isCapitalised() || TITLE_SMALL_WORDS.contains(token.lower()));
            return token.isNumber() || titleWord || is(k, ":") || is(k, "(") || is(k, ")") || is(k, "-")
                    || isApostrophe(k);
        }

        private boolean isDoubleQuote(int k) {
            Token token = at(k);
            if (token == null || !token.isQuoteMark()) return false;
            String text = token.text();
            return text.equals("\"") || text.equals("\u201c") || text.equals("\u201d") || text.equals("`")
                    && (gluedIs(k + 1, "`") || k > 0 && is(k - 1, "`")) || text.equals("'") && (gluedIs(k + 1, "'")
                    || k > 0 && is(k - 1, "'") && glued(k));
        }

        private boolean closesQuotedTitle(int first, int end) {
            int after = is(end, ".") || is(end, ",") ? end + 1 : end;
            if (at(after) == null || !at(after).isQuoteMark() || isApostrophe(end) && gluedIs(end + 1, "s")) return false;
            for (int k = first - 1; k >= Math.max(0, first - TITLE_WORDS); k--) {
                Token token = at(k);
                if (token.isQuoteMark()) return k < first - 1;
                if (!token.isWord() || !token.isCapitalised()) return false;
            }
            return false;
        }

        /**
         * Where the expression matched at token i begins once the words TimeML counts in its extent are taken in: a
         * word bounding or approximating its count ("nearly two years", "less than a decade", "at least 72 hours"),
         * the article of a counted length ("the nine months ended Sept. 30") and the part of a period it names ("the
         * end of 1990", "the beginning of October").
         */
        int extentStart(int i, Match match) {
            // A length or a time counted back ("almost four years ago"); not a year ("at least 2014").
            boolean counted = match.type() == TimexType.DURATION || isAny(match.end() - 1, EARLIER_AGO);
            if (counted && quantity(i) != null) {
                // Not the article of a noun a length modifies ("the two-year deal", "the 30 year anniversary").
                boolean pluralLength = match.type() == TimexType.DURATION && !is(i + 1, "-")
                        && lowerAt(match.end() - 1).endsWith("s");
                if (isAny(i - 1, APPROXIMATIONS) || pluralLength && is(i - 1, "the")) return i - 1;
                // "the latest nine months", as "the past nine months".
                if (pluralLength && is(i - 1, "latest") && is(i - 2, "the")) return i - 2;
                if (is(i - 1, "than") && is(i - 2, "less") || is(i - 1, "least") && is(i - 2, "at")) return i - 2;
            }
            boolean partOfPeriod = match.type() == TimexType.DATE && is(i - 1, "of") && isAny(i - 2, PERIOD_PARTS)
                    && is(i - 3, "the");
            if (partOfPeriod) return i - 3;
            // "the previous Friday", "the current quarter": the article is the expression's, as in "the next day".
            if (is(i - 1, "the") && isAny(i, REFERENCE_WORDS)) return i - 1;
            // "fiscal 1988": the year a company counts, named with its word.
            return is(i - 1, "fiscal") && match.end() == i + 1 && yearAt(i) != null ? i - 1 : i;
        }

        /** Whether token i stands in a short line of capitalised words ("Meeting Scheduled For Next Week"). */
        boolean inHeadline(int i) {
            int at = at(i).start();
            // The line's ends are looked for no further than a headline can reach: a paragraph is no headline.
            int from = at;
            while (from > 0 && text.charAt(from - 1) != '\n') {
                if (at - --from > HEADLINE_CHARS) return false;
            }
            int to = at;
            while (to < text.length() && text.charAt(to) != '\n') {
                if (++to - from > HEADLINE_CHARS) return false;
            }
            int words = 0;
            int capitalised = 0;
            for (String word : text.substring(from, to).split("\\s+")) {
                if (word.length() < 4 || !Character.isLetter(word.charAt(0))) continue;
                words++;
                if (Character.isUpperCase(word.charAt(0))) capitalised++;
            }
            return words >= 4 && capitalised * 10 >= words * 9;
        }

        private static final int HEADLINE_CHARS = 160;

        /** Words that are capitalised inside a sentence only in a name. */
        private static final Set<String> TITLE_HEADS = Set.of("this", "today", "tonight", "now", "yesterday",
                "tomorrow", "next", "last", "daily", "weekly", "monthly");

        private static final Set<String> QUOTES = Set.of("\"", "`", "'", "\u201c", "\u2018");

        /** Token i ends a holiday's name in capitals ("Good Friday", "Cyber Monday"), not "a good Friday". */
        boolean endsHolidayName(int i) {
            for (Holidays.Name name : Holidays.NAMES) {
                int first = i + 1 - name.words().size();
                if (first >= 0 && first < i && at(first).isCapitalised() && wordsEnd(first, name.words()) == i + 1) {
                    return true;
                }
            }
            return false;
        }

        /** The end of these lower-case words at i (an apostrophe token matches "'"), or -1. */
        int wordsEnd(int i, List<String> words) {
            for (int k = 0; k < words.size(); k++) {
                String word = words.get(k);
                if (word.equals("'") ? !isApostrophe(i + k) : !is(i + k, word)) return -1;
            }
            return i + words.size();
        }

        /**
         * "Exodus 18:21", "Romans 8:31": a number pair after a name (not "At 10:30", "Monday 10:30", nor the "T" glued
         * to the clock of "2019-08-11T14:05") cites a verse.
         */
        boolean isCitedAfterName(int i) {
            Token before = at(i - 1);
            return before != null && before.isWord() && before.isCapitalised() && !glued(i)
                    && !CLOCK_PREPOSITIONS.contains(before.lower()) && !TemporalLexicon.WEEKDAYS.containsKey(before.lower())
                    && month(i - 1) == null && !isTimeZone(i - 1);
        }

        private static final Set<String> CLOCK_PREPOSITIONS = Set.of("at", "by", "until", "till", "from", "to",
                "before", "after", "around", "about", "since", "near", "approximately", "roughly", "shortly", "and");

        /** The "a.m."/"pm" after a clock time: the index after it, or i when there is none. */
        int meridiemEnd(int i) {
            Token token = at(i);
            if (token == null || !token.isWord()) return i;
            if (token.is("am") || token.is("pm")) return i + 1;
            if ((token.is("a") || token.is("p")) && is(i + 1, ".") && glued(i + 1) && gluedIs(i + 2, "m")) {
                return is(i + 3, ".") && glued(i + 3) ? i + 4 : i + 3;
            }
            return i;
        }

        private static final Set<String> TIME_ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
                "gmt", "utc", "bst", "cet", "cest", "et", "pt", "ct");

        boolean isTimeZone(int i) {
            Token token = at(i);
            return token != null && token.isWord() && token.text().equals(token.text().toUpperCase(java.util.Locale.ROOT))
                    && TIME_ZONES.contains(token.lower());
        }

        /** A specific day at i ("Wednesday", "yesterday", "Nov. 9"), as a plain date. */
        Match dayAt(int i) {
            return firstDay(DAY_RULES, i, false);
        }

        /** A specific day at i, also with a part of it ("Wednesday night", "tonight"): the day of a clock before it. */
        Match dayOfClockAt(int i) {
            return firstDay(DAY_RULES, i, true);
        }

        /** A day of the calendar at i ("Oct. 26", "26 October 1998"). */
        Match calendarDayAt(int i) {
            return firstDay(CALENDAR_DAY_RULES, i, false);
        }

        private Match firstDay(List<Rule> rules, int i, boolean withPart) {
            if (at(i) == null) return null;
            for (Rule rule : rules) {
                Match match = rule.apply(this, i);
                if (match == null || match.day() == null) continue;
                if (match.type() == TimexType.DATE || withPart && match.type() == TimexType.TIME) return match;
            }
            return null;
        }

        /**
         * A year said in words at i: "nineteen ninety-six" (a century word and a number from ten to 99) or
         * "two thousand (and) one"; not a count ("two thousand people", "nineteen twenty-year-olds"). After
         * "the year" or a month it is {@code named} a year, and no word after it makes it a count.
         */
        Match spokenYearAt(int i, boolean named) {
            Token first = at(i);
            if (first == null || !first.isWord()) return null;
            Integer century = TemporalLexicon.NUMBER_WORDS.get(first.lower());
            if (century == null) return null;
            int year;
            int end;
            if (century == 2 && is(i + 1, "thousand")) {
                year = 2000;
                end = i + 2;
                int unitsAt = is(end, "and") ? end + 1 : end;
                Quantity units = spelledQuantity(unitsAt);
                if (units != null && Integer.parseInt(units.amount()) < 100) {
                    year += Integer.parseInt(units.amount());
                    end = units.end();
                }
                // "two thousand" alone is a year only where no counted word follows it.
                if (!named && isWord(end) && !at(end).isCapitalised()) return null;
            } else if (century >= 18 && century <= 20) {
                Quantity rest = spelledQuantity(i + 1);
                if (rest == null || Integer.parseInt(rest.amount()) < 10 || Integer.parseInt(rest.amount()) > 99) {
                    return null;
                }
                year = century * 100 + Integer.parseInt(rest.amount());
                end = rest.end();
            } else {
                return null;
            }
            if (is(end, "-") || isCounted(end)) return null;
            return Match.date(end, String.valueOf(year));
        }

        /** A word at i that shows the number before it counts things: "25 percent", "24 hours", "1,000 troops". */
        boolean isCounted(int i) {
            return is(i, "%") || isAny(i, TemporalLexicon.COUNTED_NOUNS) || isAny(i, TemporalLexicon.UNITS.keySet());
        }

        /** A number in words at i ("ninety-six"), not a digit or an article. */
        /**
         * A day of the month said as an ordinal at i ("fourth", "twenty-second", "thirty-first"), ending its phrase
         * or followed by a word that opens another ("on April fourth the committee met"), not a noun it ranks ("June
         * first lady", "March third-quarter") unless the month is determined; null otherwise.
         */
        Quantity spokenDayOfMonth(int i, boolean modifiesNoun) {
            Token token = at(i);
            if (token == null || !token.isWord()) return null;
            Integer day = TemporalLexicon.ORDINAL_WORDS.get(token.lower());
            int end = i + 1;
            Integer tens = TemporalLexicon.NUMBER_WORDS.get(token.lower());
            if (day == null && (tens != null && (tens == 20 || tens == 30)) && gluedIs(i + 1, "-") && glued(i + 2)) {
                Integer unit = TemporalLexicon.ORDINAL_WORDS.get(lowerAt(i + 2));
                if (unit != null && unit <= 9 && tens + unit <= 31) {
                    day = tens + unit;
                    end = i + 3;
                }
            }
            if (day == null || gluedIs(end, "-")) return null;
            Token after = at(end);
            // After a determined month it may modify a noun: "the November third elections".
            boolean endsHere = after == null || !after.isWord() || after.isCapitalised() || modifiesNoun
                    || AFTER_SPOKEN_DAY.contains(after.lower())
                    || TemporalLexicon.NUMBER_WORDS.containsKey(after.lower());
            return endsHere ? new Quantity(String.valueOf(day), end, false) : null;
        }

        private static final Set<String> AFTER_SPOKEN_DAY = Set.of("the", "a", "an", "and", "or", "but", "at", "in",
                "on", "to", "with", "by", "for", "from", "of", "as", "after", "before", "when", "he", "she", "they",
                "it", "we", "i", "you", "his", "her", "its", "their", "that", "this", "which", "who", "is", "was",
                "will");

        private Quantity spelledQuantity(int i) {
            Token token = at(i);
            if (token == null || !token.isWord() || !TemporalLexicon.NUMBER_WORDS.containsKey(token.lower())) return null;
            return quantity(i);
        }

        boolean isWord(int i) {
            Token token = at(i);
            return token != null && token.isWord();
        }

        /** The same month and day in the year before or after, if it falls on the weekday; else null. */
        LocalDate yearOfWeekday(LocalDate day, int weekday) {
            for (int shift : new int[] {-1, 1}) {
                LocalDate candidate = Calendar.date(day.getYear() + shift, day.getMonthValue(), day.getDayOfMonth());
                if (candidate != null && candidate.getDayOfWeek().getValue() == weekday) return candidate;
            }
            return null;
        }

        /**
         * The tense of the clause around tokens [first, end); where the clause shows none, that of an expression
         * just before it that it is coordinated with ("came ... in March and the debut of Season 2 in April").
         */
        ClauseTense tense(int first, int end) {
            ClauseTense tense = ClauseTense.around(text, tokens, first, end);
            if (tense != ClauseTense.UNKNOWN) {
                lastTense = tense;
                lastTenseEnd = end;
                return tense;
            }
            return isCoordinatedWithLastTensed(first) ? lastTense : ClauseTense.UNKNOWN;
        }

        /**
         * The tense for placing a month, season or day named without its year: a schedule as it stood in the past
         * ("was scheduled to take place in the spring", "was supposed to happen in March") may lie on either side of
         * the writing, so it counts as no tense and the nearest one is taken.
         */
        ClauseTense tenseOfNamedTime(int first, int end) {
            ClauseTense tense = tense(first, end);
            return tense == ClauseTense.FUTURE && ClauseTense.isPlanUnderPastBe(text, tokens, first)
                    ? ClauseTense.UNKNOWN : tense;
        }

        private boolean isCoordinatedWithLastTensed(int first) {
            if (lastTenseEnd < 0 || lastTenseEnd > first || first - lastTenseEnd > COORDINATION_REACH) return false;
            if (!ClauseTense.inOneSentence(text, tokens, lastTenseEnd, first)) return false;
            for (int k = lastTenseEnd; k < first; k++) {
                if (COORDINATORS.contains(tokens.get(k).lower())) return true;
            }
            return false;
        }

        String dayValue(LocalDate day) {
            return day == null ? "XXXX-XX-XX" : day.toString();
        }

        LocalDate shiftDays(int days) {
            return anchor == null ? null : anchor.plusDays(days);
        }

        /**
         * Token i begins the text, a line or a sentence (after a full stop, "?", "!", an opening quote or a dateline's
         * dash: "WASHINGTON — This spring").
         */
        private static final Set<String> AHEAD_PREPOSITIONS = Set.of("in", "by", "until", "till", "before", "through");

        /** A capitalised word at i before another: a season in a name ("the Summer Olympics", "Winter Games"). */
        boolean startsName(int i) {
            Token token = at(i);
            Token next = at(i + 1);
            return token != null && token.isCapitalised() && next != null && next.isWord() && next.isCapitalised();
        }

        /** "Today" or "''Today''" before "show" or "program". */
        boolean isShowName(int i) {
            int next = i + 1;
            while (at(next) != null && at(next).isQuoteMark()) next++;
            return is(next, "show") || is(next, "program") || is(next, "programme");
        }

        /** "highs in the 70s", "temperatures climbing into the 90s": degrees, not a decade, in a weather sentence. */
        boolean isTemperature(int i) {
            for (int k = i - 1; k >= 0 && k >= i - TEMPERATURE_REACH && !opensSentence(k + 1); k--) {
                if (TEMPERATURE_WORDS.contains(at(k).lower())) return true;
            }
            return false;
        }

        private static final int TEMPERATURE_REACH = 12;
        private static final Set<String> TEMPERATURE_WORDS = Set.of("highs", "lows", "temperature", "temperatures",
                "degrees", "thermometer", "thermometers", "mercury");

        boolean opensSentence(int i) {
            int before = i - 1;
            while (before >= 0 && at(before).isQuoteMark()) before--;
            if (before < 0) return true;
            if (at(before).is(".") || at(before).is("?") || at(before).is("!")) return true;
            if (DASHES.contains(at(before).text()) && before > 0 && closesDateline(at(before - 1))) return true;
            // Only the characters between the two tokens: a search back through a long unbroken text is quadratic.
            for (int c = at(before).end(); c < at(i).start(); c++) {
                if (text.charAt(c) == '\n') return true;
            }
            return false;
        }

        private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "\u2015");

        /** The last token of a dateline before its dash: a place in capitals ("DES MOINES") or an agency's "(AP)". */
        private static boolean closesDateline(Token token) {
            return token.is(")") || token.isInCapitals();
        }

        /** A day followed by "night"/"morning" becomes a TIME ("Monday night" -> ...TNI). */
        Match dayPart(Match day) {
            Token next = at(day.end());
            String part = next == null ? null : TemporalLexicon.DAY_PARTS.get(next.lower());
            if (part == null) return day;
            return new Match(day.end() + 1, TimexType.TIME, day.value() + "T" + part, day.day());
        }

        Match dayWithoutYear(int first, int end, int month, int day) {
            Token after = at(end);
            LocalDate event = after != null && after.isWord() ? Holidays.eventDay(month, day, after.lower(), anchor) : null;
            if (event != null) return Match.day(end, event, null);
            if (anchor == null) {
                return Calendar.date(2000, month, day) == null ? null : Match.date(end, "XXXX-%02d-%02d".formatted(month, day));
            }
            ClauseTense tense = tenseOfNamedTime(first, end);
            // "The nominee for the Nov. 8 election later said": a date that modifies a noun takes no past from the
            // verb of its clause, which tells of something else; the nearest such day, unless the clause looks ahead.
            if (modifiesNoun(this, first, end) && tense == ClauseTense.PAST) tense = ClauseTense.UNKNOWN;
            // "arrested in April for a March 21 phone call": of no tense, the day nearest the month just named.
            LocalDate named = tense == ClauseTense.UNKNOWN ? namedMonthJustBefore(first) : null;
            LocalDate date = Calendar.dayNearAnchor(named != null ? named : anchor, month, day, tense);
            return date == null ? null : Match.day(end, date, null);
        }

        String monthByTense(int month, int first, int end) {
            if (anchor == null) return "XXXX-%02d".formatted(month);
            // "from January through September", "between December and March": the first such month from the one
            // that opens the range.
            if (lastValueEnd == first - 1 && lastNamedMonth() && opensMonthRange(first - 1)) {
                LocalDate start = Calendar.firstDay(lastValue, null);
                return Calendar.month(month >= start.getMonthValue() ? start.getYear() : start.getYear() + 1, month);
            }
            ClauseTense tense = tenseOfNamedTime(first, end);
            // "will reopen in December", written in February: a month only the future takes is ahead, however far
            // (not "will release October employment figures").
            if (tense == ClauseTense.FUTURE && isAny(first - 1, AHEAD_PREPOSITIONS)
                    && ClauseTense.surelyAhead(text, tokens, first)) {
                return Calendar.month(Calendar.monthAhead(anchor, month), month);
            }
            // "a high of $42.87 in June from $29.75 in March": of a clause of no tense, the month nearest the one
            // just named in the sentence.
            LocalDate named = tense == ClauseTense.UNKNOWN ? monthJustNamed(first) : null;
            return Calendar.month(Calendar.monthNearAnchor(named != null ? named : anchor, month, tense), month);
        }

        /**
         * Token i joins two months into a span ("January through September", "between April and June"); a bare
         * "and" may list them in any order ("polls in February and October").
         */
        boolean opensMonthRange(int i) {
            if (!isAny(i, RANGE_WORDS)) return false;
            if (!is(i, "and")) return true;
            Token before = at(i - 1);
            int monthAt = before != null && before.is(".") ? i - 2 : i - 1;
            return is(monthAt - 1, "between");
        }

        /** The value the text named last is a month of a year ("2019-02"), not a day, quarter or season. */
        boolean lastNamedMonth() {
            return lastValue != null && Calendar.isMonthValue(lastValue);
        }

        /** The month the text named just before token first, in its sentence, when what it named last was a month. */
        private LocalDate namedMonthJustBefore(int first) {
            return lastNamedMonth() ? monthJustNamed(first) : null;
        }

        private LocalDate monthJustNamed(int first) {
            String month = lastValueEnd >= 0 && first - lastValueEnd <= COORDINATION_REACH
                    && ClauseTense.inOneSentence(text, tokens, lastValueEnd, first) ? recentMonth(first) : null;
            return month == null ? null : Calendar.firstDay(month, null);
        }

        String monthRelative(int month, int direction) {
            if (anchor == null) return "XXXX-%02d".formatted(month);
            int year = switch (direction) {
                case -1 -> month < anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
                case 1 -> month > anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
                default -> anchor.getYear();
            };
            return Calendar.month(year, month);
        }

        /**
         * A possessive at i that "today" gives to an age's things, not a day's: "today's world", "today's youth",
         * "today's GM" (a name as it now is); not "today's vote", "today's top stories".
         */
        boolean isPresentAgeOwner(int i) {
            if (!Token.isPossessiveAt(tokens, i) || at(i + 2) == null || !at(i + 2).isWord()) return false;
            Token owned = at(i + 2);
            // A name of one word ("today's America"); a longer one may be a paper's ("today's Washington Post").
            boolean name = owned.isCapitalised() && (at(i + 3) == null || !at(i + 3).isCapitalised())
                    && !TemporalLexicon.WEEKDAYS.containsKey(owned.lower())
                    && TemporalLexicon.MONTHS.get(owned.lower()) == null && !DAILY_NAMES.contains(owned.lower());
            return name || PRESENT_AGE_NOUNS.contains(owned.lower());
        }

        /**
         * Title-case words of a day's own things: page headings ("Today's Most Popular", "Today's Top Stories") and
         * papers ("today's Times").
         */
        private static final Set<String> DAILY_NAMES = Set.of("most", "top", "best", "latest", "featured", "news",
                "headlines", "deals", "edition", "puzzle", "picks", "highlights", "schedule", "weather", "forecast",
                "times", "post", "journal", "guardian", "telegraph", "globe", "herald", "tribune", "gazette", "mail",
                "express", "independent", "observer", "chronicle", "examiner", "inquirer", "bulletin", "star", "sun");

        private static final Set<String> PRESENT_AGE_NOUNS = Set.of("world", "society", "youth", "generation",
                "generations", "life", "lives", "climate", "economy", "culture", "children", "kids", "young",
                "youngsters", "standards", "technology", "politics", "challenges", "students", "workers", "workforce",
                "teenagers", "families", "parents", "women", "men", "media", "market", "marketplace", "era", "age");

        /** "the now-defunct firm", "the now defunct firm": "now" describing a thing, not dating an event. */
        boolean isAttributiveNow(int i) {
            return gluedIs(i + 1, "-") && glued(i + 2) && at(i + 2) != null && at(i + 2).isWord()
                    || isAny(i - 1, ARTICLES) || isAny(i - 1, POSSESSIVES);
        }

        /** Token i is "of" before a named thing or a time ("the last week of March", "... of his presidency"). */
        boolean isFinalOneOf(int i) {
            return is(i, "of") && (isAny(i + 1, ClauseTense.DETERMINERS) || month(i + 1) != null || yearAt(i + 1) != null);
        }

        /** The month of the date the text named last, if it named one (with its month) within reach, else null. */
        /** A past year named alone earlier in the sentence of token i ("elected in 2006"), or null. */
        Integer yearJustNamed(int i) {
            if (lastValue == null || lastValue.length() != 4 || anchor == null || lastValueEnd < 0
                    || !ClauseTense.inOneSentence(text, tokens, lastValueEnd - 1, i)) {
                return null;
            }
            int year = Integer.parseInt(lastValue);
            return year < anchor.getYear() ? year : null;
        }

        String recentMonth(int i) {
            boolean withMonth = valueNamedWithin(i) && lastValue.length() >= 7
                    && Character.isDigit(lastValue.charAt(5));
            return withMonth ? lastValue.substring(0, 7) : null;
        }

        /** Tokens [first, end) are all their line holds, but for a closing "." or ":" ("9:34 p.m.", "11:15 a.m.:"). */
        boolean isAloneOnLine(int first, int end) {
            // Walk out from the tokens only over blanks (and one closing mark): a long line is not read through.
            for (int c = at(first).start() - 1; c >= 0 && text.charAt(c) != '\n'; c--) {
                if (!Character.isWhitespace(text.charAt(c))) return false;
            }
            boolean closed = false;
            for (int c = at(end - 1).end(); c < text.length() && text.charAt(c) != '\n'; c++) {
                char ch = text.charAt(c);
                if (Character.isWhitespace(ch)) continue;
                if (closed || ch != '.' && ch != ':') return false;
                closed = true;
            }
            return true;
        }

        /** The day the text last talked about if it named it within {@link #REFERENCE_REACH} tokens, else the anchor. */
        LocalDate recentReference(int i) {
            return dayNamedWithin(i) ? reference : anchor;
        }

        /** Whether the text named a specific day within {@link #REFERENCE_REACH} tokens before token i. */
        boolean dayNamedWithin(int i) {
            return lastDayEnd >= 0 && i - lastDayEnd <= REFERENCE_REACH;
        }

        /** Whether the text named a calendar value within {@link #REFERENCE_REACH} tokens before token i. */
        boolean valueNamedWithin(int i) {
            return lastValueEnd >= 0 && i - lastValueEnd <= REFERENCE_REACH;
        }

        LocalDate weekdayByTense(int weekday, int first, int end) {
            if (tense(first, end) != ClauseTense.FUTURE) return Calendar.weekdayNearAnchor(anchor, weekday, -1);
            // "said on Thursday it would stay closed until Tuesday": the Tuesday after that Thursday.
            if (lastDayEnd >= 0 && lastDayEnd <= first && reference.isBefore(anchor)
                    && ClauseTense.inOneSentence(text, tokens, lastDayEnd, first)
                    && ClauseTense.isFutureOfPastSaying(text, tokens, first)) {
                return Calendar.weekdayStrictly(reference, weekday, 1);
            }
            // "was to arrive on Monday", "sought to appeal to voters on Tuesday": planned before, maybe done by now.
            return Calendar.weekdayNearAnchor(anchor, weekday, ClauseTense.isPlanSeenFromPast(text, tokens, first) ? 0 : 1);
        }

        /**
         * "this Friday": the coming one in a future clause, the last one in a past clause, else the one of the
         * anchor's week ("the vote this Friday is key", said on a Wednesday, is two days ahead).
         */
        LocalDate weekdayOfThisWeek(int weekday, int first, int end) {
            if (tense(first, end) != ClauseTense.UNKNOWN) return weekdayByTense(weekday, first, end);
            return anchor.plusDays(weekday - anchor.getDayOfWeek().getValue());
        }

        /** "this/last/next week|month|quarter|year|decade|century". */
        String calendarUnit(Unit unit, int direction) {
            if (anchor == null) {
                return switch (unit) {
                    case WEEK -> "XXXX-WXX";
                    case MONTH -> "XXXX-XX";
                    case QUARTER -> "XXXX-QX";
                    case DECADE -> "XXX";
                    case CENTURY -> "XX";
                    default -> "XXXX";
                };
            }
            return switch (unit) {
                case WEEK -> Calendar.week(anchor.plusWeeks(direction));
                case MONTH -> Calendar.month(anchor.plusMonths(direction).getYear(), anchor.plusMonths(direction).getMonthValue());
                case QUARTER -> Calendar.quarter(anchor.plusMonths(3L * direction));
                case DECADE -> String.valueOf(anchor.getYear() / 10 + direction);
                case CENTURY -> String.valueOf(anchor.getYear() / 100 + direction);
                default -> String.valueOf(anchor.getYear() + direction);
            };
        }

        /**
         * "a high for the year", "For the year, net income was $88 million": this year, but early in a year, in a
         * clause not looking ahead, the year just ended where the text has moved to it (the fourth quarter's or last
         * year's results).
         */
        String yearReportedOn(int first, int end) {
            boolean yearJustEnded = anchor != null && lastMentioned != null
                    && anchor.getMonthValue() <= RESULTS_SEASON_MONTHS
                    && lastMentioned.getYear() == anchor.getYear() - 1;
            return yearJustEnded && tense(first, end) != ClauseTense.FUTURE ? String.valueOf(anchor.getYear() - 1)
                    : calendarUnit(Unit.YEAR, 0);
        }

        /** The months of a year in which the year before is still reported on. */
        private static final int RESULTS_SEASON_MONTHS = 3;

        String weekend(int direction) {
            return anchor == null ? "XXXX-WXX-WE" : Calendar.week(anchor.plusWeeks(direction)) + "-WE";
        }

        /**
         * In results reporting, "a year earlier" is the same quarter of an earlier year: the report's quarter, when
         * the text named a quarter recently; null otherwise.
         */
        String quarterYearsBefore(String amount, int at) {
            if (reportQuarter == null || at - lastQuarterAt > QUARTER_CONTEXT_TOKENS || !amount.chars().allMatch(Character::isDigit)
                    || amount.length() > 3) {
                return null;
            }
            int year = Integer.parseInt(reportQuarter.substring(0, 4)) - Integer.parseInt(amount);
            return year < 1000 ? null : Calendar.inYear(reportQuarter, year);
        }

        /**
         * "Sales fell in February from a year earlier": the month just named in the sentence, so many years before;
         * null when no month was.
         */
        String monthYearsBefore(String amount, int at) {
            LocalDate month = namedMonthJustBefore(at);
            if (month == null || !amount.matches("[0-9]{1,2}")) return null;
            return Calendar.month(month.getYear() - Integer.parseInt(amount), month.getMonthValue());
        }

        /** The quarter ("2018-Q3") is over by the anchor: its results can be reported. */
        boolean hasEnded(String quarter) {
            // Not "before the day after the anchor": an anchor at the end of the calendar has no day after.
            return anchor == null || !Calendar.firstDay(quarter, anchor).plusMonths(3).isAfter(anchor);
        }

        /**
         * The end of "last year", "the previous year", "the prior year", "a year ago", "a year earlier", "one
         * year before" at i, or -1.
         */
        int yearBeforeEnd(int i) {
            if (is(i, "last") && is(i + 1, "year")) return i + 2;
            if (is(i, "the") && (is(i + 1, "previous") || is(i + 1, "prior") || is(i + 1, "last")) && is(i + 2, "year")) {
                return i + 3;
            }
            if ((is(i, "a") || is(i, "one")) && is(i + 1, "year") && (isAny(i + 2, EARLIER_AGO) || is(i + 2, "before"))) {
                return i + 3;
            }
            if (is(i, "the") && is(i + 1, "year") && is(i + 2, "before")) return i + 3;
            return -1;
        }

        /**
         * The period just reported, some years before: the quarter the text last named, else the month it last
         * named (for a month or an unnamed period), else the anchor's year less the years.
         */
        String periodYearsBefore(String unit, int years, int at) {
            String quarter = unit.equals("month") ? null : quarterYearsBefore(String.valueOf(years), at);
            if (quarter != null) return quarter;
            boolean monthNamed = lastNamedMonth();
            if (monthNamed && (unit.equals("month") || unit.equals("period"))) return Calendar.yearsBefore(lastValue, years);
            return String.valueOf(anchor.getYear() - years);
        }

        /** "the following year" after "in 1995": the unit next to the last date mentioned (or the anchor). */
        Match referenceUnit(String unit, int direction, int end) {
            LocalDate base = lastMentioned != null ? lastMentioned : anchor;
            if (base == null) return null;
            return switch (unit) {
                case "year" -> Match.date(end, String.valueOf(base.getYear() + direction));
                case "month" -> Match.date(end, Calendar.month(base.plusMonths(direction).getYear(),
                        base.plusMonths(direction).getMonthValue()));
                default -> Match.date(end, Calendar.week(base.plusWeeks(direction)));
            };
        }

        /** "the weekend": the coming one in a future clause or after "for", the last one otherwise (as a weekday). */
        String weekendByTense(int first, int end) {
            if (anchor == null) return "XXXX-WXX-WE";
            // "sent both sides home for the weekend": the one to come.
            int direction = is(first - 1, "for") || tense(first, end) == ClauseTense.FUTURE ? 1 : -1;
            return Calendar.week(Calendar.weekdayNearAnchor(anchor, DayOfWeek.SATURDAY.getValue(), direction)) + "-WE";
        }

        String season(String season, int direction) {
            return anchor == null ? "XXXX-" + season : seasonFrom(anchor, season, direction);
        }

        /**
         * "the following spring", "the previous summer": the season after or before the date the text named last
         * ("in the fall of 1958 ... the following spring" is 1959's); after a year named alone, in the year after
         * or before it ("until 1991, and by the following spring").
         */
        String seasonAfterNamed(String season, int direction) {
            if (lastValue != null && lastValue.length() == 4) {
                return (lastMentioned.getYear() + direction) + "-" + season;
            }
            return seasonFrom(lastMentioned, season, direction);
        }

        private static String seasonFrom(LocalDate from, String season, int direction) {
            int order = Calendar.seasonOrder(season);
            int current = Calendar.currentSeasonOrder(from, season);
            int year = from.getYear();
            if (direction < 0 && order >= current) year--;
            if (direction > 0 && order <= current) year++;
            return year + "-" + season;
        }

        /** "2 years ago" -> the year two years before the anchor, at the unit's granularity. */
        String shifted(Unit unit, String amount, int sign) {
            if (amount.equals("X")) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
            if (anchor == null || amount.contains(".")) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
            long n = Long.parseLong(amount) * sign;
            if (Math.abs(n) > 5000) return sign < 0 ? "PAST_REF" : "FUTURE_REF";
            return switch (unit) {
                case SECOND, MINUTE, HOUR, DAY -> anchor.plusDays(unit == Unit.DAY ? n : 0).toString();
                case WEEK -> Calendar.week(anchor.plusWeeks(n));
                case MONTH -> Calendar.month(anchor.plusMonths(n).getYear(), anchor.plusMonths(n).getMonthValue());
                case QUARTER -> Calendar.quarter(anchor.plusMonths(3 * n));
                case YEAR -> String.valueOf(anchor.getYear() + n);
                case DECADE -> String.valueOf((anchor.getYear() + 10 * n) / 10);
                case CENTURY -> String.valueOf((anchor.getYear() + 100 * n) / 100);
            };
        }

        /**
         * The end of "of the same year" or "of that year" at i, when the text has named a date whose year it is;
         * else -1.
         */
        int sameYearEnd(int i) {
            int yearAt = is(i + 1, "the") && is(i + 2, "same") ? i + 3 : is(i + 1, "that") ? i + 2 : -1;
            return is(i, "of") && yearAt > 0 && is(yearAt, "year") && lastMentioned != null ? yearAt + 1 : -1;
        }

        /** "this year", "last year", "next year" at i: the year the anchor makes it, or null. */
        Integer relativeYear(int i) {
            if (anchor == null || !is(i + 1, "year")) return null;
            if (isAny(i, THIS_WORDS)) return anchor.getYear();
            if (is(i, "last")) return anchor.getYear() - 1;
            if (is(i, "next")) return anchor.getYear() + 1;
            return null;
        }

        /** A quarter or half, of a stated year ("of 2018", "of last year") or of the year the tense points to. */
        Match partOfYear(String letter, int number, int perYear, int first, int end) {
            int yearAt = is(end, "of") || is(end, ",") ? end + 1 : end;
            Integer year = fiscalYearAt(yearAt);
            if (year != null) {
                int yearEnd = is(yearAt, "fiscal") ? yearAt + 2 : yearAt + 1;
                return new Match(yearEnd, TimexType.DATE, year + "-" + letter + number, null, true);
            }
            Integer relative = is(end, "of") ? relativeYear(yearAt) : null;
            if (relative != null) return new Match(yearAt + 2, TimexType.DATE, relative + "-" + letter + number, null, true);
            // "the first quarter of the season", "the second half of the 1990s": a part of something else (not "the
            // third quarter of $226 million").
            if (is(end, "of") && isPartOfSomethingElse(yearAt)) return null;
            // "the first half of the year": of the year the tense points to, as without it.
            if (is(end, "of") && is(yearAt, "the") && is(yearAt + 1, "year")) end = yearAt + 2;
            // "scored in the fourth quarter": a period of a game, not of the year.
            if (letter.equals("Q") && isGamePeriod(first, end)) return null;
            if (anchor == null) return Match.date(end, "XXXX-" + letter + number);
            int current = (anchor.getMonthValue() - 1) * perYear / 12 + 1;
            ClauseTense tense = tense(first, end);
            int resolvedYear = anchor.getYear();
            if (tense != ClauseTense.FUTURE && number > current) resolvedYear--;
            // Looking ahead: the part just ended is still to be reported on ("will report a loss for the fourth
            // quarter", written in January); one ended before it comes next year ("expects to close by the end of the
            // first quarter", written in December).
            int justEnded = current == 1 ? perYear : current - 1;
            if (tense == ClauseTense.FUTURE && number == justEnded && current == 1) resolvedYear--;
            // Not results ("will restate earnings for the second quarter"), which are of a quarter gone.
            if (tense == ClauseTense.FUTURE && number < current && number != justEnded && !reportsResults(first)) {
                resolvedYear++;
            }
            return new Match(end, TimexType.DATE, resolvedYear + "-" + letter + number, null, letter.equals("Q"));
        }

        /** A results noun shortly before token i: "earnings for the second quarter", "a loss in the quarter". */
        boolean reportsResults(int i) {
            for (int k = i - 1; k >= Math.max(0, i - RESULTS_REACH); k--) {
                if (isAny(k, RESULTS_NOUNS)) return true;
            }
            return false;
        }

        private static final int RESULTS_REACH = 4;

        /** What follows "the first quarter of" is no money, amount or year ("the fiscal", "the current year"). */
        boolean isPartOfSomethingElse(int i) {
            int word = is(i, "the") ? i + 1 : i;
            return at(i) != null && at(i).isWord() && !isAny(word, YEAR_QUALIFIERS) && !is(word, "year");
        }

        /** Words of a game around a quarter ("touchdown", "overtime") and no results noun after it. */
        boolean isGamePeriod(int first, int end) {
            if (isAny(end, RESULTS_NOUNS)) return false;
            int last = Math.min(tokens.size(), end + GAME_CONTEXT_TOKENS);
            for (int k = Math.max(0, first - GAME_CONTEXT_TOKENS); k < last; k++) {
                if (isAny(k, GAME_WORDS)) return true;
            }
            return false;
        }

        boolean startsQuantityOrUnit(int i) {
            return quantity(i) != null || isAny(i, TemporalLexicon.UNITS.keySet());
        }

        Quantity quantity(int i) {
            Token token = at(i);
            if (token == null) return null;
            if (token.isNumber()) {
                if (followsGlued(i, "$") || followsGlued(i, ".") || followsGlued(i, ",") || token.text().length() > 6) {
                    return null;
                }
                if (gluedIs(i + 1, ".") && gluedNumber(i + 2) && at(i + 2).text().length() <= 3) {
                    return new Quantity(token.text() + "." + at(i + 2).text(), i + 3, false);
                }
                if (glued(i + 1) && (is(i + 1, ",") || is(i + 1, ".")) && gluedNumber(i + 2)) return null;
                return new Quantity(String.valueOf(Long.parseLong(token.text())), i + 1, false);
            }
            if (!token.isWord()) return null;
            String word = token.lower();
            if (word.equals("a") || word.equals("an")) {
                // "a hundred and thirty years ago".
                if (is(i + 1, "hundred")) return hundreds(1, i + 1);
                if (isAny(i + 1, FEW_COUPLE)) {
                    return new Quantity("X", is(i + 2, "of") ? i + 3 : i + 2, false);
                }
                return new Quantity("1", i + 1, true);
            }
            // "will need at least another year": one more; not "just another day", "in another year" (a different one).
            if (word.equals("another")) {
                boolean oneMore = isAny(i + 1, TemporalLexicon.UNITS.keySet()) && !isAny(i - 1, OTHER_ONE_CUES);
                return oneMore ? new Quantity("1", i + 1, true) : null;
            }
            // "the third time in as many days" counts again what was counted before, a comparison, not a length.
            if (word.equals("many") && is(i - 1, "as")) return null;
            if (TemporalLexicon.VAGUE_QUANTITIES.contains(word)) return new Quantity("X", i + 1, false);
            // "the past couple of weeks".
            if (word.equals("couple")) return new Quantity("X", is(i + 1, "of") ? i + 2 : i + 1, false);
            Integer value = TemporalLexicon.NUMBER_WORDS.get(word);
            if (value == null) return null;
            if (value < 10 && is(i + 1, "hundred")) return hundreds(value, i + 1);
            return tensAndUnits(value, i + 1);
        }

        /** "twenty-five", "ninety six": a tens word at end - 1 with the units after it, if any. */
        private Quantity tensAndUnits(int value, int end) {
            int next = is(end, "-") ? end + 1 : end;
            Integer units = at(next) == null ? null : TemporalLexicon.NUMBER_WORDS.get(at(next).lower());
            boolean compound = value >= 20 && value < 100 && units != null && units < 10;
            return compound ? new Quantity(String.valueOf(value + units), next + 1, false)
                    : new Quantity(String.valueOf(value), end, false);
        }

        /** "two hundred", "one hundred and fifty", "two hundred fifty": the hundreds counted, and the rest. */
        private Quantity hundreds(int count, int hundredAt) {
            int restAt = is(hundredAt + 1, "and") ? hundredAt + 2 : hundredAt + 1;
            Integer rest = at(restAt) == null ? null : TemporalLexicon.NUMBER_WORDS.get(at(restAt).lower());
            if (rest == null || rest >= 100) return new Quantity(String.valueOf(count * 100), hundredAt + 1, false);
            Quantity tail = tensAndUnits(rest, restAt + 1);
            return new Quantity(String.valueOf(count * 100 + Integer.parseInt(tail.amount())), tail.end(), false);
        }

        private static final Set<String> OTHER_ONE_CUES = Set.of("just", "in", "on", "yet");

        /** The index after a "1/2" or "and a half" at i, or -1. */
        int halfEnd(int i) {
            if (is(i, "1") && gluedIs(i + 1, "/") && gluedIs(i + 2, "2")) return i + 3;
            // "2-1/2 years".
            if (gluedIs(i, "-") && gluedIs(i + 1, "1") && gluedIs(i + 2, "/") && gluedIs(i + 3, "2")) return i + 4;
            return is(i, "and") && is(i + 1, "a") && is(i + 2, "half") ? i + 3 : -1;
        }

        /** "for years", "for decades": a plural unit standing alone. */
        Match bareUnits(int i) {
            // "in the weeks ahead": an unknown number of units to come.
            Unit ahead = is(i, "the") && is(i + 2, "ahead") ? pluralUnit(i + 1) : null;
            if (ahead != null) return new Match(i + 3, TimexType.DURATION, ahead.duration("X"), null);
            // "over the years", "through the decades": an unknown number of units gone by (not "over the years of his
            // career", a part of something).
            Unit across = is(i, "the") && isAny(i - 1, ACROSS_WORDS) && !is(i + 2, "of") ? pluralUnit(i + 1) : null;
            if (across != null) return new Match(i + 2, TimexType.DURATION, across.duration("X"), null);
            Unit unit = pluralUnit(i);
            if (unit == null) return null;
            // "months ago", "years from now", "days later": an unknown number of units, as "a few days later" is.
            int agoEnd = is(i + 1, "ago") ? i + 2 : is(i + 1, "from") && is(i + 2, "now") ? i + 3 : -1;
            if (agoEnd > 0) return new Match(agoEnd, TimexType.DURATION, unit.duration("X"), null);
            if (isAny(i + 1, LATER_EARLIER)) return new Match(i + 1, TimexType.DURATION, unit.duration("X"), null);
            // "weeks or months": one vague length, in the first unit.
            int end = is(i + 1, "or") && pluralUnit(i + 2) != null ? i + 3 : i + 1;
            // "for years", "within weeks", and "months of twists and turns" with no count or determiner before it
            // ("the final days of the campaign", "the early years of his presidency" name a part of something).
            boolean counted = i > 0 && (at(i - 1).isNumber() || TemporalLexicon.NUMBER_WORDS.containsKey(lowerAt(i - 1))
                    || isAny(i - 1, ClauseTense.DETERMINERS) || isAny(i - 1, SELECTING_WORDS)
                    || isAny(i - 2, ClauseTense.DETERMINERS));
            if (!isAny(i - 1, BARE_UNIT_PREPOSITIONS) && !(is(end, "of") && !counted)) return null;
            return new Match(end, TimexType.DURATION, unit.duration("X"), null);
        }

        /** The unit that plural token i names ("weeks", "decades"), quarters aside; null for any other word. */
        private Unit pluralUnit(int i) {
            Unit unit = pluralOf(i);
            return unit == Unit.QUARTER ? null : unit;
        }

        /** The unit that plural token i names ("weeks", "quarters"); null for any other word. */
        Unit pluralOf(int i) {
            return lowerAt(i).equals(unitSingular(lowerAt(i))) ? null : TemporalLexicon.UNITS.get(lowerAt(i));
        }
    }
}
