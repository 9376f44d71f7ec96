package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.model.Timex;

class RuleTemporalTaggerProperties {

    static final List<String> TEMPORAL_WORDS = List.of("Monday", "on", "Sept", ".", "10", ",", "2018",
            "last", "next", "week", "the", "day", "before", "ago", "years", "99999999999", "2099", "1800", "-", "/",
            ":", "a.m.", "p.m.", "every", "Sunday", "night", "Q", "3", "third", "quarter", "early", "mid", "1990s",
            "'", "s", "will", "said", "February", "May", "29", "31", "0", "today", "now", "ago", "10:31", "\n",
            "\u2019", "\u00e9t\u00e9", "\ud83d\ude00", "\u0000", "decade", "centuries", "four", "twenty", "-",
            "year-old", "earlier", "this", "month", "following", "previous", "noon", "EST", "2018-09-10", "13/13/13",
            "Christmas", "Easter", "Thanksgiving", "New", "Year", "Eve", "winter", "of", "entire", "same", "period",
            "year-earlier", "coming", "more", "or", "so", "nineties", "th", "century", "that", "later", "in",
            "morning", "afternoon", "from", "and", "ended", "GMT", "0600", "local", "time", "past", "21", "st", "by",
            "resumes", "set", "for", "a", "days", "weeks", "nearly", "end", "FY", "H", "9.30am", "24.06.2019",
            "(", ")", "half", "until", "about", "midnight", "is", "forecast", "summer", "\u2011", "Sundays",
            "touchdown", "game", "1", "2", "minute", "year-end", "December", "9", "11", "/", "attacks", "Following", "annual", "loss");

    private final TemporalTagger tagger = new RuleTemporalTagger();

    @Provide
    Arbitrary<String> temporalText() {
        return Arbitraries.of(TEMPORAL_WORDS).list().ofMaxSize(40)
                .flatMap(words -> Arbitraries.of(" ", "", "  ").list().ofSize(words.size()).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) text.append(words.get(i)).append(gaps.get(i));
                    return text.toString();
                }));
    }

    @Provide
    Arbitrary<LocalDate> anchors() {
        Arbitrary<LocalDate> ordinary = Arbitraries.integers().between(1800, 2100)
                .flatMap(year -> Arbitraries.integers().between(1, 365).map(day -> LocalDate.ofYearDay(year, day)));
        Arbitrary<LocalDate> extreme = Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, ordinary), net.jqwik.api.Tuple.of(1, extreme))
                .injectNull(0.1);
    }

    @Property(tries = 500)
    void temporalSoupNeverThrowsAndIsWellFormed(@ForAll("temporalText") String text, @ForAll("anchors") LocalDate anchor) {
        assertWellFormed(text, tagger.tag(text, anchor));
    }

    @Property(tries = 300)
    void anyUnicodeNeverThrowsAndIsWellFormed(@ForAll String text, @ForAll("anchors") LocalDate anchor) {
        assertWellFormed(text, tagger.tag(text, anchor));
    }

    /** Undated, with its first full date too far in to be taken for a date line: days named, no anchor. */
    @Property(tries = 300)
    void undatedTextWithDatesLateInNeverThrows(@ForAll("temporalText") String text) {
        String undated = "word ".repeat(40) + "On Sept. 10, 2018, it began. " + text;
        assertWellFormed(undated, tagger.tag(undated, null));
    }

    @Property(tries = 200)
    void hugeNumbersNeverThrow(@ForAll("hugeNumberText") String text, @ForAll("anchors") LocalDate anchor) {
        assertWellFormed(text, tagger.tag(text, anchor));
    }

    @Provide
    Arbitrary<String> hugeNumberText() {
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
                Arbitraries.of(" years ago", " days", "/12/2018", ":30 p.m.", "s", "-year", " million a year"))
                .as((number, rest) -> "In " + number + rest + " he said on Monday.");
    }

    private static void assertWellFormed(String text, List<Timex> timexes) {
        int previousEnd = 0;
        for (Timex timex : timexes) {
            assertThat(TimexValues.isValid(timex.type(), timex.value())).as(timex.toString()).isTrue();
            assertThat(text.substring(timex.start(), timex.end())).isEqualTo(timex.text());
            assertThat(timex.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = timex.end();
        }
    }

    @Property
    void holidaysFallOnTheirDays(@ForAll("holidayYears") int year) {
        LocalDate easter = Holidays.easter(year);
        assertThat(easter.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        for (Holidays.Name name : Holidays.NAMES) assertThat(name.dayInYear().apply(year).getYear()).isEqualTo(year);
    }

    @Provide
    Arbitrary<Integer> holidayYears() {
        return Arbitraries.integers().between(1583, 9999);
    }
}
