package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Timex;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;

class RuleTemporalTaggerTest {

    static final Path EXAMPLES = Path.of("..", "examples", "summits");
    /** A Monday: the day the seed Reuters story (004) was published. */
    static final LocalDate MONDAY_2018_09_10 = LocalDate.of(2018, 9, 10);

    private final TemporalTagger tagger = new RuleTemporalTagger();

    static String example(String prefix) throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(file);
        }
    }

    private List<Timex> tag(String text, LocalDate anchor) {
        return tagger.tag(text, anchor);
    }

    private Optional<Timex> find(List<Timex> timexes, String text) {
        return timexes.stream().filter(t -> t.text().equals(text)).findFirst();
    }

    private String valueOf(String text, LocalDate anchor, String expression) {
        return find(tag(text, anchor), expression).map(Timex::value).orElse(null);
    }

    @Test
    void seed000ResolvesMonthsAgainstItsPublicationDay() throws IOException {
        String text = example("000");
        List<Timex> timexes = tag(text, LocalDate.of(2019, 6, 26));
        assertThat(find(timexes, "February")).map(Timex::value).contains("2019-02");
        assertThat(timexes).anySatisfy(t -> {
            assertThat(t.text()).endsWith("this month");
            assertThat(t.value()).isEqualTo("2019-06");
        });
        assertThat(find(timexes, "26 Jun, 2019 10:31")).map(Timex::value).contains("2019-06-26T10:31");
    }

    @Test
    void seed004ResolvesWeekdaysByTenseAndWeeksByIsoCalendar() throws IOException {
        String text = example("004");
        List<Timex> timexes = tag(text, MONDAY_2018_09_10);
        assertThat(valueOf(text, MONDAY_2018_09_10, "Monday")).isEqualTo("2018-09-10");
        assertThat(find(timexes, "Friday")).map(Timex::value).contains("2018-09-07");
        assertThat(find(timexes, "Sunday")).map(Timex::value).contains("2018-09-09");
        assertThat(find(timexes, "Tuesday")).map(Timex::value).contains("2018-09-04");
        // 2018-09-10 lies in ISO week 37, so the week after is 38 and the week before 36.
        assertThat(find(timexes, "next week")).map(Timex::value).contains("2018-W38");
        assertThat(find(timexes, "last week")).map(Timex::value).contains("2018-W36");
        assertThat(find(timexes, "later this month")).map(Timex::value).contains("2018-09");
        assertThat(find(timexes, "June")).map(Timex::value).contains("2018-06");
        assertThat(find(timexes, "June 12, 2018")).map(Timex::value).contains("2018-06-12");
        assertThat(find(timexes, "last month")).map(Timex::value).contains("2018-08");
        assertThat(timexes).noneMatch(t -> t.text().contains("70"));
        assertThat(find(timexes, "53")).map(Timex::value).contains("1953");
    }

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        LocalDate wednesday = LocalDate.of(2018, 9, 12);
        assertThat(valueOf("Trump said on Monday that talks went well.", wednesday, "Monday")).isEqualTo("2018-09-10");
        assertThat(valueOf("The leaders met on Monday in Seoul.", wednesday, "Monday")).isEqualTo("2018-09-10");
        assertThat(valueOf("The leaders will meet on Monday in Seoul.", wednesday, "Monday")).isEqualTo("2018-09-17");
        assertThat(valueOf("Moon is scheduled to fly to Pyongyang on Monday.", wednesday, "Monday"))
                .isEqualTo("2018-09-17");
        assertThat(valueOf("They'll sign the deal on Friday.", wednesday, "Friday")).isEqualTo("2018-09-14");
        assertThat(valueOf("Sanders said at Monday's briefing that it was warm.", wednesday, "Monday"))
                .isEqualTo("2018-09-10");
        // A weekday named on its own day is that day, whatever the tense (TimeML convention).
        assertThat(valueOf("She said on Wednesday it was over.", wednesday, "Wednesday")).isEqualTo("2018-09-12");
        assertThat(valueOf("They will meet on Wednesday.", wednesday, "Wednesday")).isEqualTo("2018-09-12");
        // A future seen from a dated saying counts from that day; a participle after "stay" is no past.
        LocalDate friday = LocalDate.of(2013, 3, 22);
        assertThat(valueOf("Officials said Monday they would meet Tuesday.", friday, "Tuesday")).isEqualTo("2013-03-19");
        assertThat(valueOf("The bank said on Thursday it would stay closed until Tuesday.", friday, "Tuesday"))
                .isEqualTo("2013-03-26");
        assertThat(valueOf("He said he would resign on Monday.", friday, "Monday")).isEqualTo("2013-03-25");
        // An expression opening a coordinated clause takes that clause's verb, not the first clause's.
        assertThat(valueOf("It happened on Tuesday, and on Monday it will happen again.", friday, "Monday"))
                .isEqualTo("2013-03-25");
        assertThat(valueOf("It opened on Tuesday, and on Monday it closed.", friday, "Monday")).isEqualTo("2013-03-18");
        // A deadline looks ahead also through the clock time of its day.
        assertThat(valueOf("Both sides have until midnight Monday to agree.", friday, "midnight Monday"))
                .isEqualTo("2013-03-25T24:00");
        assertThat(valueOf("Both sides have until 11:59 p.m. Monday to agree.", friday, "11:59 p.m. Monday"))
                .isEqualTo("2013-03-25T23:59");
        assertThat(valueOf("He stayed until midnight Monday.", friday, "midnight Monday")).isEqualTo("2013-03-18T24:00");
        // "this Friday" without a tense is the Friday of this week; a tense still decides.
        assertThat(valueOf("The vote this Friday is key.", wednesday, "this Friday")).isEqualTo("2018-09-14");
        assertThat(valueOf("The vote this Monday was close.", wednesday, "this Monday")).isEqualTo("2018-09-10");
        assertThat(valueOf("They will vote this Monday.", wednesday, "this Monday")).isEqualTo("2018-09-17");
    }

    @Test
    void monthsWithoutYearFollowTense() {
        LocalDate june = LocalDate.of(2019, 6, 26);
        assertThat(valueOf("The talks broke down in February.", june, "February")).isEqualTo("2019-02");
        assertThat(valueOf("The talks collapsed in September.", june, "September")).isEqualTo("2018-09");
        assertThat(valueOf("The leaders will meet again in September.", june, "September")).isEqualTo("2019-09");
        assertThat(valueOf("He has been free since January.", june, "January")).isEqualTo("2019-01");
    }

    @Test
    void relativeExpressionsResolveAgainstTheAnchor() {
        LocalDate anchor = LocalDate.of(2019, 4, 12);
        List<Timex> timexes = tag("Today he spoke; yesterday she left; tomorrow they vote. Two days ago it rained. "
                + "Next year and last year differ. This spring was wet. The third quarter and Q1 2018 were weak. "
                + "The 1990s were calm. In the past 70 years it grew for 22 years, four days a week.", anchor);
        assertThat(find(timexes, "Today")).map(Timex::value).contains("2019-04-12");
        assertThat(find(timexes, "yesterday")).map(Timex::value).contains("2019-04-11");
        assertThat(find(timexes, "tomorrow")).map(Timex::value).contains("2019-04-13");
        assertThat(find(timexes, "Two days ago")).map(Timex::value).contains("2019-04-10");
        assertThat(find(timexes, "Next year")).map(Timex::value).contains("2020");
        assertThat(find(timexes, "last year")).map(Timex::value).contains("2018");
        assertThat(find(timexes, "This spring")).map(Timex::value).contains("2019-SP");
        assertThat(find(timexes, "The third quarter")).map(Timex::value).contains("2018-Q3");
        assertThat(find(timexes, "Q1 2018")).map(Timex::value).contains("2018-Q1");
        assertThat(find(timexes, "1990s")).map(Timex::value).contains("199");
        assertThat(find(timexes, "the past 70 years")).map(Timex::value).contains("P70Y");
        assertThat(find(timexes, "22 years")).map(Timex::type).contains(TimexType.DURATION);
        assertThat(find(timexes, "22 years")).map(Timex::value).contains("P22Y");
        assertThat(find(timexes, "four days")).map(Timex::value).contains("P4D");
    }

    @Test
    void halvesAndFiscalYearsOfFinancialReports() {
        LocalDate anchor = LocalDate.of(2019, 6, 26);
        List<Timex> timexes = tag("Results for FY2019 and H1 2019 beat FY18, H2 of 2018 and FY 2020 guidance.", anchor);
        assertThat(timexes).extracting(Timex::text, Timex::value).containsExactly(tuple("FY2019", "2019"),
                tuple("H1 2019", "2019-H1"), tuple("FY18", "2018"), tuple("H2 of 2018", "2018-H2"),
                tuple("FY 2020", "2020"));
        assertThat(tag("The H1N1 virus and H1 visas. In the H2, F-35 jets and FY2019A.", anchor)).isEmpty();
        assertThat(tag("Sales fell in the first half of the year.", anchor)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the first half of the year", "2019-H1"));
    }

    @Test
    void timesSetsAndReferences() {
        LocalDate anchor = LocalDate.of(2018, 9, 10);
        List<Timex> timexes = tag("At 10:31 the market opened; it closed at 3 p.m. Wednesday. He prays every "
                + "Sunday. The talks ran Monday night. Prices are now high, and recently fell. She currently leads.",
                anchor);
        assertThat(find(timexes, "10:31")).map(Timex::value).contains("2018-09-10T10:31");
        assertThat(find(timexes, "3 p.m. Wednesday")).map(Timex::value).contains("2018-09-05T15:00");
        assertThat(tag("The hearing is set for 10 a.m. on Oct. 2.", anchor)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("10 a.m.", "2018-10-02T10:00"), tuple("Oct. 2", "2018-10-02"));
        assertThat(tag("The quake struck at 3 p.m. local time (0700 GMT) on Thursday.", LocalDate.of(2018, 9, 14)))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("3 p.m. local time", "2018-09-13T15:00"),
                        tuple("0700 GMT", "2018-09-13T07:00Z"), tuple("Thursday", "2018-09-13"));
        assertThat(find(timexes, "every Sunday")).map(Timex::type).contains(TimexType.SET);
        assertThat(find(timexes, "every Sunday")).map(Timex::value).contains("XXXX-WXX-7");
        assertThat(find(timexes, "Monday night")).map(Timex::value).contains("2018-09-10TNI");
        assertThat(find(timexes, "now")).map(Timex::value).contains("PRESENT_REF");
        assertThat(find(timexes, "currently")).map(Timex::value).contains("PRESENT_REF");
        assertThat(find(timexes, "recently")).map(Timex::value).contains("PAST_REF");
        // A time left unnamed, after or before now; a comparison names none.
        assertThat(tag("It may seek financing at a later date, as agreed at an earlier stage.", anchor))
                .extracting(Timex::text, Timex::value)
                .containsExactly(tuple("a later date", "FUTURE_REF"), tuple("an earlier stage", "PAST_REF"));
        assertThat(tag("Their polls started at a later date than ours.", anchor)).isEmpty();
        // "today's world", "today's GM": the present age; "today's vote", "Today's Top Stories": the day.
        assertThat(tag("Facts lose value in today's world and today's GM; today's vote is close. Today's Top Stories.",
                anchor)).extracting(Timex::value).containsExactly("PRESENT_REF", "PRESENT_REF", "2018-09-10", "2018-09-10");
        assertThat(tag("It ran in today's Washington Post and today's Times.", anchor)).extracting(Timex::value)
                .containsExactly("2018-09-10", "2018-09-10");
        // "recent years" is the recent past, as TimeBank mostly marks it; "recent months" a vague length.
        assertThat(tag("The yen soared in recent years and fell in recent months.", LocalDate.of(1989, 10, 27)))
                .extracting(Timex::type, Timex::value)
                .containsExactly(tuple(TimexType.DATE, "PAST_REF"), tuple(TimexType.DURATION, "PXM"));
        assertThat(valueOf("The fire started on March 3. The day before, it was calm.", anchor, "The day before"))
                .isEqualTo("2018-03-02");
        // "Earlier" counts back from the past day being told about, "ago" from now.
        LocalDate june26 = LocalDate.of(2019, 6, 26);
        assertThat(valueOf("The vote was on Monday. Two days earlier, crowds gathered.", june26, "Two days earlier"))
                .isEqualTo("2019-06-22");
        assertThat(valueOf("The vote was on June 3. A week earlier, crowds gathered.", june26, "A week earlier"))
                .isEqualTo("2019-W22");
        assertThat(valueOf("The vote was on Monday. Two days ago, crowds gathered.", june26, "Two days ago"))
                .isEqualTo("2019-06-24");
        assertThat(valueOf("A vote is due on July 5. A day earlier, crowds gathered.", june26, "A day earlier"))
                .isEqualTo("2019-06-25");
    }

    @Test
    void withoutAnAnchorRelativeValuesStayUnresolved() {
        List<Timex> timexes = tag("The Hanoi summit in February failed, Kim said on Monday. Talks resume next week.",
                null);
        assertThat(find(timexes, "February")).map(Timex::value).contains("XXXX-02");
        assertThat(find(timexes, "Monday")).map(Timex::value).contains("XXXX-WXX-1");
        assertThat(find(timexes, "next week")).map(Timex::value).contains("XXXX-WXX");
        assertThat(valueOf("It happened on 10 September 2018.", null, "10 September 2018")).isEqualTo("2018-09-10");
    }

    @Test
    void absoluteDateFormats() {
        LocalDate anchor = LocalDate.of(2019, 1, 1);
        assertThat(valueOf("Filed 2018-09-10 in court.", anchor, "2018-09-10")).isEqualTo("2018-09-10");
        assertThat(valueOf("On Sept. 10, 2018 he left.", anchor, "Sept. 10, 2018")).isEqualTo("2018-09-10");
        assertThat(valueOf("Published 26 Jun, 2019.", anchor, "26 Jun, 2019")).isEqualTo("2019-06-26");
        assertThat(valueOf("Published 26 Jun, 2019 10:31", anchor, "26 Jun, 2019 10:31")).isEqualTo("2019-06-26T10:31");
        assertThat(valueOf("Elected in 2018, she served.", anchor, "2018")).isEqualTo("2018");
        assertThat(valueOf("It was June 2017.", anchor, "June 2017")).isEqualTo("2017-06");
        assertThat(valueOf("Signed 9/10/2018 in court.", anchor, "9/10/2018")).isEqualTo("2018-09-10");
        assertThat(valueOf("Signed 22/03/2013 in court.", anchor, "22/03/2013")).isEqualTo("2013-03-22");
        // Dots: day first, with a full year; not a version number.
        assertThat(valueOf("Signed 1.7.2019 in court.", anchor, "1.7.2019")).isEqualTo("2019-07-01");
        assertThat(tag("Version 1.2.3.2019 and a rise from 2.05 to 3.45.", anchor)).isEmpty();
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        LocalDate anchor = LocalDate.of(2019, 1, 1);
        for (String text : List.of("He flew the 737 to Fox 5 studios.", "They won 2-1 on penalties.",
                "Call 555-2018 now for $2018 deals.", "Some 2019 people attended.", "A total of 1999 votes.",
                "The 70th anniversary parade.", "May we go? You may.",
                "Troops march on.", "He paid $1,2018.50 to attend", "Pages 2019,2020 and 3.2018")) {
            assertThat(tag(text, anchor)).as(text)
                    .noneMatch(t -> t.type() == TimexType.DATE && !t.value().equals("PRESENT_REF"));
        }
        // "as many days" counts again what was counted, no length of time.
        assertThat(tag("They were blocked for the third time in as many days.", anchor)).isEmpty();
    }

    @Test
    void namesOfShowsAndPapersAreNotTimes() {
        LocalDate anchor = LocalDate.of(2016, 2, 8);
        for (String text : List.of("He told ABC's This Week that it was a weird deal.",
                "She guest-hosted “Saturday Night Live” again.", "Rubio spoke to CBS This Morning about it.",
                "A USA TODAY analysis of super PACs found more.", "It ran in the New York Daily News.", "He cited Exodus 18:21 in church.",
                "The comments start around the 2:05 mark.", "The movie 13 Hours by Michael Bay opens.",
                "About three-quarters support a ban.", "He backs a $15-an-hour federal minimum wage.",
                "He told the Sunday Times that it was over.", "UN Security Council Resolution 2085 was adopted.",
                "She said in an interview with “Fox News Sunday.” The rest.", "He was on ''Fox News Sunday'' twice.",
                "Time named its ‘Person Of The Year’.", "He ran the mile in 3:59 and the marathon in 2:05:41.")) {
            assertThat(tag(text, anchor)).as(text).isEmpty();
        }
        assertThat(valueOf("Republican Unity Meeting Scheduled For Next Week", anchor, "Next Week")).isEqualTo("2016-W07");
        assertThat(valueOf("The talks went well. At 10:30, they left.", anchor, "10:30")).isEqualTo("2016-02-08T10:30");
        // A quoted weekday that is no title, and a possessive after a title.
        assertThat(valueOf("He said: “We met Sunday.”", anchor, "Sunday")).isEqualTo("2016-02-07");
        assertThat(valueOf("Take Tuesday’s schedule.", anchor, "Tuesday")).isEqualTo("2016-02-02");
    }

    @Test
    void rangesOfYearsAndDaysNameBothEnds() {
        LocalDate anchor = LocalDate.of(2010, 3, 15);
        assertThat(tag("The 1950-53 Korean War, the 2008/09 season, from 1999-2003.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("1950", "1950"), tuple("53", "1953"),
                        tuple("2008", "2008"), tuple("09", "2009"), tuple("1999", "1999"), tuple("2003", "2003"));
        // A year and its month, a full date, a later year first, a count: no range.
        for (String text : List.of("Filed 2018-09 in court.", "It was 1998-1997.", "Some 1990-2010 people came.")) {
            assertThat(tag(text, anchor)).as(text).extracting(Timex::text).doesNotContain("09", "1997", "2010");
        }
        assertThat(tag("They meet November 19-20 and again 3 to 6 May 2004.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("November 19", "2010-11-19"),
                        tuple("20", "2010-11-20"), tuple("3", "2004-05-03"), tuple("6 May 2004", "2004-05-06"));
        assertThat(tag("The hearings were on September 14 and 18, 2010.", anchor)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("September 14", "2010-09-14"), tuple("18, 2010", "2010-09-18"));
    }

    @Test
    void anOrdinalWeekdayOfAMonthIsThatDay() {
        LocalDate anchor = LocalDate.of(2013, 3, 20);
        assertThat(tag("The election will be held on the first Tuesday in November, as on the last Monday of May 2019.",
                anchor)).extracting(Timex::text, Timex::value).containsExactly(
                        tuple("the first Tuesday in November", "2013-11-05"), tuple("the last Monday of May 2019", "2019-05-27"));
        assertThat(valueOf("The first Monday in February was cold.", anchor, "The first Monday in February"))
                .isEqualTo("2013-02-04");
        // No fifth Monday in February 2013: the words are left to the other rules.
        assertThat(tag("The fifth Monday in February.", anchor)).extracting(Timex::text).doesNotContain(
                "The fifth Monday in February");
    }

    @Test
    void monthsOfARangeWithoutAYearFollowOneAnother() {
        LocalDate october = LocalDate.of(1989, 10, 26);
        // Alone, a January of no tense would be the nearest one (next January); a range ends before it begins.
        assertThat(tag("The figures cover the period from January through September.", october))
                .extracting(Timex::text, Timex::value)
                .containsExactly(tuple("January", "1989-01"), tuple("September", "1989-09"));
        assertThat(tag("Talks will run from November to January, between April and June.", october))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("November", "1989-11"),
                        tuple("January", "1990-01"), tuple("April", "1990-04"), tuple("June", "1990-06"));
        // Listed with "and", two months keep their own years: the latest February is this year's.
        assertThat(valueOf("The polls, in February and October, were close.", LocalDate.of(2016, 5, 12), "February"))
                .isEqualTo("2016-02");
    }

    @Test
    void pluralWeekdaysAndEverySeasonOrPartOfDayRecur() {
        LocalDate anchor = LocalDate.of(2010, 3, 15);
        String text = "The market is closed on Sundays. Flights leave on Monday and Tuesday nights; every summer "
                + "and each morning they are full.";
        assertThat(tag(text, anchor)).extracting(Timex::text, Timex::type, Timex::value).containsExactly(
                tuple("Sundays", TimexType.SET, "XXXX-WXX-7"), tuple("Monday", TimexType.SET, "XXXX-WXX-1TNI"),
                tuple("Tuesday nights", TimexType.SET, "XXXX-WXX-2TNI"), tuple("every summer", TimexType.SET, "XXXX-SU"),
                tuple("each morning", TimexType.SET, "XXXX-XX-XXTMO"));
        assertThat(valueOf("They met on Monday and left Tuesday night.", anchor, "Monday")).isEqualTo("2010-03-15");
    }

    @Test
    void centuriesAndDecadesInDigitsOrWords() {
        LocalDate anchor = LocalDate.of(2010, 3, 15);
        String text = "A 21st-century economy, unlike the nineteenth century or the twenty-first century. In the "
                + "late seventies and the nineteen sixties, not in his seventies. Shares of 21st Century Fox rose.";
        assertThat(tag(text, anchor)).extracting(Timex::text, Timex::value).containsExactly(
                tuple("21st-century", "20"), tuple("the nineteenth century", "18"),
                tuple("the twenty-first century", "20"), tuple("the late seventies", "197"),
                tuple("the nineteen sixties", "196"));
    }

    @Test
    void noBreakSpacesSeparateWordsAsSpacesDo() {
        LocalDate anchor = LocalDate.of(2016, 2, 8);
        assertThat(valueOf("They met on June\u00a012, 2015.", anchor, "June\u00a012, 2015")).isEqualTo("2015-06-12");
        assertThat(valueOf("It was a scandal.\u00a0Now the FBI is looking.", anchor, "Now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void otherHyphensJoinAsTheAsciiOneDoes() {
        LocalDate anchor = LocalDate.of(2018, 9, 12);
        assertThat(valueOf("The file is dated 2018\u201109\u201110.", anchor, "2018\u201109\u201110")).isEqualTo("2018-09-10");
        assertThat(valueOf("It was agreed in mid\u2011September.", anchor, "mid\u2011September")).isEqualTo("2018-09");
        assertThat(valueOf("It began in the mid\u20101990s.", anchor, "the mid\u20101990s")).isEqualTo("199");
    }

    @Test
    void everyValueIsValidAndEveryTextIsItsSpan() throws IOException {
        for (String prefix : List.of("000", "002", "004")) {
            String text = example(prefix);
            for (LocalDate anchor : new LocalDate[] {null, MONDAY_2018_09_10}) {
                for (Timex timex : tag(text, anchor)) {
                    assertThat(TimexValues.isValid(timex.type(), timex.value())).as(timex.toString()).isTrue();
                    assertThat(text.substring(timex.start(), timex.end())).isEqualTo(timex.text());
                }
            }
        }
    }

    @Test
    void validatorRejectsMalformedValues() {
        assertThat(TimexValues.isValid(TimexType.DATE, "2018-W37")).isTrue();
        assertThat(TimexValues.isValid(TimexType.DATE, "XXXX-WXX-1")).isTrue();
        assertThat(TimexValues.isValid(TimexType.DATE, "2019-SP")).isTrue();
        assertThat(TimexValues.isValid(TimexType.TIME, "2018-09-10TNI")).isTrue();
        assertThat(TimexValues.isValid(TimexType.DURATION, "PT3H")).isTrue();
        assertThat(TimexValues.isValid(TimexType.SET, "XXXX-WXX-7")).isTrue();
        assertThat(TimexValues.isValid(TimexType.DATE, "2018-13-1")).isFalse();
        assertThat(TimexValues.isValid(TimexType.DATE, "P4D")).isFalse();
        assertThat(TimexValues.isValid(TimexType.DURATION, "2018")).isFalse();
        assertThat(TimexValues.isValid(TimexType.TIME, "2018-09-10")).isFalse();
        assertThat(TimexValues.isValid(TimexType.DATE, "+10000-01-01")).isFalse();
    }

    @Test
    void spokenYearsAreYearsButSpokenCountsAreNot() {
        LocalDate anchor = LocalDate.of(1998, 3, 6);
        assertThat(valueOf("A bomb blast in nineteen ninety-six.", anchor, "nineteen ninety-six")).isEqualTo("1996");
        assertThat(valueOf("January nineteen ninety-seven. Atlanta again.", anchor, "January nineteen ninety-seven"))
                .isEqualTo("1997-01");
        assertThat(valueOf("By the year two thousand, it ends.", anchor, "the year two thousand")).isEqualTo("2000");
        assertThat(tag("They hired two thousand workers.", anchor)).isEmpty();
        // A decade written with an apostrophe, after an article or a modifier; a year's possessive stays a year.
        assertThat(tag("We learned that from the 1930’s and the late 1960's; 2016's race was close.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("1930’s", "193"),
                        tuple("the late 1960's", "196"), tuple("2016", "2016"));
        // Four digits counting something are no year.
        assertThat(tag("The furnace hit 1998 degrees; 1500 police and 2000 delegates came on a 2000 calorie diet.",
                anchor)).isEmpty();
        // An approximate year after a preposition of time is a year; an approximate count is not.
        assertThat(tag("It began about 1970 when he met her, grew in about 1995 and since around 2005.", anchor))
                .extracting(Timex::text).containsExactly("1970", "1995", "2005");
        assertThat(tag("It sold in about 2000 homes; the toll rose to about 2000.", anchor)).isEmpty();
    }

    @Test
    void participlesAndPlansDoNotMisleadTheTense() {
        LocalDate wednesday = LocalDate.of(1989, 11, 1);
        // A passive after a modal looks ahead; "effective" names the day a change starts.
        assertThat(valueOf("The summit would still be held on April 24.", LocalDate.of(1999, 3, 12), "April 24"))
                .isEqualTo("1999-04-24");
        // An adverb between the auxiliary and the participle does not make it a past verb.
        assertThat(valueOf("He indicated that he would be conditionally released in March.", LocalDate.of(2016, 9, 3),
                "March")).isEqualTo("2017-03");
        assertThat(valueOf("It created an office of the chairman, effective Feb. 1.", wednesday, "Feb. 1"))
                .isEqualTo("1990-02-01");
        // A plan in the past perfect was due before the time of writing.
        assertThat(valueOf("The offer had been scheduled to expire at midnight Friday.", wednesday, "midnight Friday"))
                .isEqualTo("1989-10-27T24:00");
        assertThat(valueOf("The offer is scheduled to expire at midnight Friday.", wednesday, "midnight Friday"))
                .isEqualTo("1989-11-03T24:00");
    }

    @Test
    void aWeekdayWithItsDateTakesTheYearThatFits() {
        // Oct. 26 is a Monday in 1998, not in 1997, whatever the tense of "said".
        assertThat(valueOf("The Times said in an editorial on Monday, Oct. 26: murder.", LocalDate.of(1998, 10, 20),
                "Monday, Oct. 26")).isEqualTo("1998-10-26");
    }

    @Test
    void halvesAreWrittenInTheNextSmallerUnit() {
        assertThat(valueOf("She spent 5 1/2 hours in Nairobi.", MONDAY_2018_09_10, "5 1/2 hours")).isEqualTo("PT5H30M");
        assertThat(valueOf("It took two and a half years.", MONDAY_2018_09_10, "two and a half years")).isEqualTo("P2Y6M");
        assertThat(valueOf("It lasted a minute and a half.", MONDAY_2018_09_10, "a minute and a half")).isEqualTo("PT1M30S");
    }

    @Test
    void resultsComparisonsTakeThePeriodJustReportedInAnotherYear() {
        LocalDate anchor = LocalDate.of(1989, 10, 30);
        String text = "Third-quarter profit rose to $5 million from $4 million in the same period last year. "
                + "For the quarter a year earlier, it lost money. U.K. sales for last year's quarter were low. "
                + "The split could be effective as early as next year's first quarter. Net fell from the 1988 "
                + "second quarter and from the year-earlier third quarter.";
        List<Timex> timexes = tag(text, anchor);
        assertThat(find(timexes, "the same period last year")).map(Timex::value).contains("1988-Q3");
        assertThat(find(timexes, "the quarter a year earlier")).map(Timex::value).contains("1988-Q3");
        assertThat(find(timexes, "last year's quarter")).map(Timex::value).contains("1988-Q3");
        assertThat(find(timexes, "next year's first quarter")).map(Timex::value).contains("1990-Q1");
        assertThat(find(timexes, "the 1988 second quarter")).map(Timex::value).contains("1988-Q2");
        assertThat(find(timexes, "the year-earlier third quarter")).map(Timex::value).contains("1988-Q3");
        // An earlier quarter named in passing leaves "the period" the one the report is about.
        String aside = "Third-quarter net rose. After a flat second quarter, newsprint recovered. Charges were taken "
                + "in the year-earlier period. In the 1989 period, taxes were lower than a year ago. The quarter was "
                + "strong.";
        List<Timex> report = tag(aside, anchor);
        assertThat(find(report, "the year-earlier period")).map(Timex::value).contains("1988-Q3");
        assertThat(find(report, "the 1989 period")).map(Timex::value).contains("1989-Q3");
        assertThat(find(report, "The quarter")).map(Timex::value).contains("1989-Q3");
        assertThat(find(report, "a year ago")).map(Timex::value).contains("1988-Q3");
        // A quarter named with its year is the report's quarter too; "the latest quarter" renews it for what follows.
        List<Timex> named = tag("Net sales for this year's third quarter were $14 million. U.K. sales for last "
                + "year's quarter were about $3 million.", anchor);
        assertThat(find(named, "last year's quarter")).map(Timex::value).contains("1988-Q3");
        String renewed = "Third-quarter profit grew 19%. " + "The company also raised its dividend. ".repeat(40)
                + "In the latest quarter, profit soared to $155 million from $99 million a year earlier.";
        assertThat(find(tag(renewed, anchor), "a year earlier")).map(Timex::value).contains("1988-Q3");
        assertThat(valueOf("A key reason is the improved September quarter earnings.", LocalDate.of(2019, 11, 20),
                "September quarter")).isEqualTo("2019-Q3");
        assertThat(valueOf("He will spend the next year and a half on it.", LocalDate.of(2019, 11, 20),
                "the next year and a half")).isEqualTo("P1Y6M");
        // "a year earlier" after a month named in the sentence is that month, a year before.
        assertThat(valueOf("GM sales fell 10 percent in February from a year earlier.", LocalDate.of(2007, 3, 15),
                "a year earlier")).isEqualTo("2006-02");
        assertThat(valueOf("A poll in December found that, relative to two years earlier, more backed him.",
                LocalDate.of(2016, 3, 23), "two years earlier")).isEqualTo("2013-12");
        assertThat(valueOf("Sales rose 43% in February compared to the same period last year.",
                LocalDate.of(2010, 3, 2), "the same period last year")).isEqualTo("2009-02");
    }

    @Test
    void holidaysResolveToTheirDayInTheYearTheContextGives() {
        LocalDate anchor = LocalDate.of(2000, 2, 10);
        String text = "He was found clinging to an inner tube last Thanksgiving. On New Year's Eve he left. "
                + "Protesters prayed as Easter week began. The Christmas Day 2018 parade. Easter Island.";
        List<Timex> timexes = tag(text, anchor);
        assertThat(find(timexes, "last Thanksgiving")).map(Timex::value).contains("1999-11-25");
        assertThat(find(timexes, "New Year's Eve")).map(Timex::value).contains("1999-12-31");
        assertThat(find(timexes, "Christmas Day 2018")).map(Timex::value).contains("2018-12-25");
        assertThat(tag("Easter week began", LocalDate.of(2000, 4, 17))).singleElement()
                .extracting(Timex::value).isEqualTo("2000-W16");
        assertThat(find(timexes, "Easter")).isEmpty();
        assertThat(Holidays.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(valueOf("The sign read: Merry Xmas.", LocalDate.of(2015, 12, 28), "Xmas")).isEqualTo("2015-12-25");
    }

    @Test
    void possessiveWeekdaysAndPreviousWeekdaysLookBack() {
        LocalDate friday = LocalDate.of(2000, 1, 7);
        assertThat(valueOf("They said they would look for ways to get around Wednesday's ruling.", friday,
                "Wednesday")).isEqualTo("2000-01-05");
        LocalDate monday = LocalDate.of(1989, 10, 30);
        String text = "Shares fell Friday. The index shed 47 points, down 4.5% from the previous Friday.";
        assertThat(valueOf(text, monday, "the previous Friday")).isEqualTo("1989-10-20");
        assertThat(valueOf("On Friday, when Albright set aside vacation plans, the trip began.",
                LocalDate.of(1998, 8, 17), "Friday")).isEqualTo("1998-08-14");
    }

    @Test
    void possessiveWeekdaysLookAheadWhereTheClauseSaysSo() {
        LocalDate sunday = LocalDate.of(2016, 2, 7);
        assertThat(valueOf("Rubio is optimistic that he will do well in Tuesday's primary.", sunday, "Tuesday"))
                .isEqualTo("2016-02-09");
        assertThat(valueOf("Still, ahead of Saturday's caucus, they must vie for the vote.", sunday, "Saturday"))
                .isEqualTo("2016-02-13");
        assertThat(valueOf("Ads ran in the run-up to Thursday's debate.", sunday, "Thursday")).isEqualTo("2016-02-11");
        assertThat(valueOf("Investors cheered Friday's decision.", sunday, "Friday")).isEqualTo("2016-02-05");
        // Days before a weekday: the coming one, whatever the tense.
        assertThat(valueOf("His stumble just days before Tuesday’s primary has emboldened rivals.", sunday, "Tuesday"))
                .isEqualTo("2016-02-09");
        assertThat(valueOf("What she needs, only days before the caucuses on Monday, was nowhere to be found.",
                LocalDate.of(2016, 1, 29), "Monday")).isEqualTo("2016-02-01");
    }

    @Test
    void whereAndToWhomSomethingWasSaidDoNotOpenTheReportedClause() {
        LocalDate sunday = LocalDate.of(2015, 12, 20);
        assertThat(valueOf("The ministry said in a statement on Friday that it will appeal.", sunday, "Friday"))
                .isEqualTo("2015-12-18");
        assertThat(valueOf("Adelson said earlier on Friday that he may wait.", sunday, "Friday"))
                .isEqualTo("2015-12-18");
        assertThat(valueOf("He said the vote on Tuesday would be close.", sunday, "Tuesday")).isEqualTo("2015-12-22");
    }

    @Test
    void anAsideAboutTheSubjectDoesNotLendItsTense() {
        LocalDate sunday = LocalDate.of(2016, 3, 13);
        assertThat(valueOf("On Monday, Graham, who had endorsed Bush, will headline a fundraiser.", sunday, "Monday"))
                .isEqualTo("2016-03-14");
        assertThat(valueOf("Wisconsin holds its primary on Tuesday.", sunday, "Tuesday")).isEqualTo("2016-03-15");
        // An aside that runs to the end of the clause is the only verb there is.
        assertThat(valueOf("The pact hangs on talks on Tuesday between them, which will set the terms.", sunday,
                "Tuesday")).isEqualTo("2016-03-15");
    }

    @Test
    void anchoredPhrasesTakeTheDayOrPeriodTheyName() {
        LocalDate anchor = LocalDate.of(2000, 2, 24);
        String text = "The day before last Tuesday's hearing, he went home. It may be resolved in a hearing the "
                + "week of March 6. She fled in June 1998 and returned later that year. Numbers dropped through "
                + "the nineties, in the 20th century. He arrived later in the day.";
        List<Timex> timexes = tag(text, anchor);
        assertThat(find(timexes, "The day before last Tuesday")).map(Timex::value).contains("2000-02-21");
        assertThat(find(timexes, "the week of March 6")).map(Timex::value).contains("2000-W10");
        assertThat(find(timexes, "later that year")).map(Timex::value).contains("1998");
        assertThat(find(timexes, "the nineties")).map(Timex::value).contains("199");
        assertThat(find(timexes, "the 20th century")).map(Timex::value).contains("19");
        // "the 1900s" is a century, "the 2000s" the decade.
        List<Timex> hundreds = tag("Pershing fought in the early 1900s; wages fell throughout the 2000s.", anchor);
        assertThat(find(hundreds, "the early 1900s")).map(Timex::value).contains("19");
        assertThat(find(hundreds, "2000s")).map(Timex::value).contains("200");
        // "later in the day": the last specific day the text named.
        assertThat(find(timexes, "the day")).map(Timex::value).contains("2000-02-21");
    }

    @Test
    void aForecastQuarterIsNotThePeriodComparedWith() {
        String text = "Analysts expect the trend to continue into the fourth quarter and through the third quarter "
                + "of 1990. In the year-ago period, the company earned $101.4 million.";
        assertThat(valueOf(text, LocalDate.of(1989, 10, 26), "the year-ago period")).isEqualTo("1988");
        String reported = "Third-quarter profit fell. " + text;
        assertThat(valueOf(reported, LocalDate.of(1989, 10, 26), "the year-ago period")).isEqualTo("1988-Q3");
    }

    @Test
    void quotedShowTitlesAreNotTimes() {
        assertThat(tag("Baker said on ABC's \"This Week\" that he had spoken to CBS's \"60 Minutes\" this week.",
                LocalDate.of(1991, 2, 25))).singleElement().extracting(Timex::text).isEqualTo("this week");
    }

    @Test
    void seasonsVagueSpansAndFractions() {
        LocalDate anchor = LocalDate.of(1998, 2, 23);
        String text = "Prices hit that level in the winter of nineteen ninety-four and in the summer of 2018. "
                + "Then, a week or so ago, he decided. Rates may fall in coming weeks and in the near term. "
                + "Three-quarters of the shares were sold.";
        List<Timex> timexes = tag(text, anchor);
        assertThat(find(timexes, "the winter of nineteen ninety-four")).map(Timex::value).contains("1994-WI");
        assertThat(find(timexes, "the summer of 2018")).map(Timex::value).contains("2018-SU");
        assertThat(find(timexes, "a week or so ago")).map(Timex::value).contains("1998-W08");
        assertThat(find(timexes, "coming weeks")).map(Timex::value).contains("PXW");
        assertThat(find(timexes, "the near term")).map(Timex::value).contains("FUTURE_REF");
        // Periods ahead with no count; "the future of" something is its prospects, not a time.
        assertThat(valueOf("It will cut tax payments in future quarters.", anchor, "future quarters")).isEqualTo("FUTURE_REF");
        assertThat(valueOf("It doesn't bode well for coming quarters.", anchor, "coming quarters")).isEqualTo("FUTURE_REF");
        assertThat(valueOf("Investors worry about the future.", anchor, "the future")).isEqualTo("FUTURE_REF");
        assertThat(tag("The vote is important to the future of our peoples and future demand.", anchor)).isEmpty();
        assertThat(valueOf("Funds may sell junk in the weeks ahead.", anchor, "the weeks ahead")).isEqualTo("PXW");
        // Bare units before "ago" or "later": an unknown number of them, as "a few days later" is.
        assertThat(valueOf("The company, which just months ago was failing, is fine.", anchor, "months ago"))
                .isEqualTo("PXM");
        assertThat(valueOf("Hours later, he was freed.", anchor, "Hours")).isEqualTo("PTXH");
        // ... and bare units for a length of time: "for years", "within weeks", "months of twists and turns"; not
        // a part of something ("the final days of the campaign").
        assertThat(valueOf("The merger follows months of twists and turns.", anchor, "months")).isEqualTo("PXM");
        assertThat(valueOf("He probably died within weeks or months of his capture.", anchor, "weeks or months"))
                .isEqualTo("PXW");
        assertThat(tag("In the final days of the campaign, three of the years of war were recalled.", anchor)).isEmpty();
        assertThat(tag("The road ahead is long.", anchor)).isEmpty();
        assertThat(timexes).noneMatch(t -> t.text().toLowerCase().contains("quarters"));
        assertThat(valueOf("Orders rose from the low levels of the early summer.", LocalDate.of(1989, 10, 26),
                "the early summer")).isEqualTo("1989-SU");
    }

    @Test
    void anUndatedTextIsAnchoredAtItsDateLine() {
        String text = "Airbus test flight delayed after accident September 01, 2007 A test flight planned for "
                + "today was called off.";
        assertThat(valueOf(text, null, "today")).isEqualTo("2007-09-01");
        assertThat(valueOf("A flight planned for today was called off.", null, "today")).isEqualTo("XXXX-XX-XX");
    }

    @Test
    void theWholeYearAndTheYearBeforeFollowTheYearJustNamed() {
        String text = "GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year. "
                + "Costs fell to $118 billion last year, $19.8 billion less than the year previous.";
        List<Timex> timexes = tag(text, LocalDate.of(2006, 1, 27));
        assertThat(find(timexes, "the entire year")).map(Timex::value).contains("2005");
        assertThat(find(timexes, "the year previous")).map(Timex::value).contains("2004");
    }

    @Test
    void partsOfTheDayTakeTheDayBeingToldAbout() {
        LocalDate monday = LocalDate.of(1989, 10, 30);
        List<Timex> timexes = tag("Shares fell Friday. Dealers placed heavy buy orders in the morning. "
                + "By mid afternoon prices had recovered, and they rose in evening trading.", monday);
        assertThat(find(timexes, "the morning")).map(Timex::value).contains("1989-10-27TMO");
        assertThat(find(timexes, "mid afternoon")).map(Timex::value).contains("1989-10-27TAF");
        assertThat(find(timexes, "evening")).map(Timex::value).contains("1989-10-27TEV");
        assertThat(valueOf("Shares were up at mid-afternoon yesterday.", monday, "mid-afternoon yesterday"))
                .isEqualTo("1989-10-29TAF");
        assertThat(valueOf("He will leave at 4 in the morning.", monday, "4 in the morning")).isEqualTo("1989-10-30T04:00");
        assertThat(valueOf("The rally starts at 8 in the evening.", monday, "8 in the evening")).isEqualTo("1989-10-30T20:00");
        assertThat(valueOf("He spoke at 2 p.m. (1800 GMT).", monday, "1800 GMT")).isEqualTo("1989-10-30T18:00Z");
        // A clock time on a weekday counted from this week.
        assertThat(valueOf("They will meet at 2:50 p.m. next Monday.", monday, "2:50 p.m. next Monday"))
                .isEqualTo("1989-11-06T14:50");
        assertThat(valueOf("They met at noon last Friday.", monday, "noon last Friday")).isEqualTo("1989-10-27T12:00");
        assertThat(valueOf("Polls close at 8 p.m. on Election Day.", monday, "8 p.m.")).isEqualTo("1989-11-07T20:00");
        // British style: minutes after a dot, where only a time can follow.
        assertThat(valueOf("It starts at 9.30am.", monday, "9.30am")).isEqualTo("1989-10-30T09:30");
        assertThat(valueOf("It was posted at 10.31 GMT, he said.", monday, "10.31 GMT")).isEqualTo("1989-10-30T10:31Z");
        assertThat(tag("Shares rose 10.31 percent to $9.30.", monday)).isEmpty();
        assertThat(valueOf("The quake struck at 2:30 p.m. local time Friday.", monday, "2:30 p.m. local time Friday"))
                .isEqualTo("1989-10-27T14:30");
        // A night spent and the morning of a named day are not the day being told about.
        assertThat(tag("He spent the night in jail.", monday)).isEmpty();
        assertThat(find(tag("He was shot on the morning of Oct. 23.", monday), "the morning")).isEmpty();
        assertThat(tag("The morning papers ran the story.", monday)).isEmpty();
    }

    @Test
    void aListOfDaysSharesItsMonth() {
        LocalDate anchor = LocalDate.of(1999, 2, 10);
        List<Timex> timexes = tag("The summit will be held on April 24 and 25 in Washington.", anchor);
        assertThat(find(timexes, "April 24")).map(Timex::value).contains("1999-04-24");
        assertThat(find(timexes, "25")).map(Timex::value).contains("1999-04-25");
        assertThat(find(tag("Sales rose on April 24 and 25 percent of stores closed.", anchor), "25")).isEmpty();
        // A sentence-final "May." is the month; its dot ends the sentence.
        assertThat(find(tag("The season runs through the end of May. It resumes later.", anchor), "the end of May"))
                .isPresent();
    }

    @Test
    void scheduledEventsInThePresentTenseLookAhead() {
        LocalDate wednesday = LocalDate.of(2019, 6, 5);
        assertThat(valueOf("The conference resumes Monday in Geneva.", wednesday, "Monday")).isEqualTo("2019-06-10");
        assertThat(valueOf("The vote is set for Friday.", wednesday, "Friday")).isEqualTo("2019-06-07");
        // A day a thing "is": set for it; not a day named ("Today is Monday") nor the owner of a thing.
        assertThat(valueOf("Its next game is on Saturday against Boston.", wednesday, "Saturday")).isEqualTo("2019-06-08");
        assertThat(valueOf("The deadline is Friday.", wednesday, "Friday")).isEqualTo("2019-06-07");
        assertThat(valueOf("The deadline was Friday.", wednesday, "Friday")).isEqualTo("2019-05-31");
        assertThat(valueOf("The question is Monday's vote.", wednesday, "Monday")).isEqualTo("2019-06-03");
        // The next thing is still to come, unless told in the past.
        assertThat(valueOf("Their next game is against Denver on Thursday.", wednesday, "Thursday"))
                .isEqualTo("2019-06-06");
        assertThat(valueOf("His next stop was Boston on Friday.", wednesday, "Friday")).isEqualTo("2019-05-31");
        assertThat(valueOf("He lives next door and left on Monday.", wednesday, "Monday")).isEqualTo("2019-06-03");
        assertThat(valueOf("The conference resumed Monday in Geneva.", wednesday, "Monday")).isEqualTo("2019-06-03");
        // The subject of a relative clause is the noun its pronoun stands for.
        assertThat(valueOf("The talks, which begin on Monday, are the first since May.", wednesday, "Monday"))
                .isEqualTo("2019-06-10");
        assertThat(valueOf("The talks that began on Monday ended.", wednesday, "Monday")).isEqualTo("2019-06-03");
        assertThat(valueOf("Its returns Monday were poor.", wednesday, "Monday")).isEqualTo("2019-06-03");
        // What takes effect, place or office is scheduled; other takings are not.
        assertThat(valueOf("The law, passed in 2010, takes effect on Jan. 1.", LocalDate.of(2013, 3, 20), "Jan. 1"))
                .isEqualTo("2014-01-01");
        assertThat(valueOf("He promised reform if they take office in January.", LocalDate.of(2016, 8, 1), "January"))
                .isEqualTo("2017-01");
        assertThat(valueOf("The law took effect on Jan. 1.", LocalDate.of(2013, 3, 20), "Jan. 1")).isEqualTo("2013-01-01");
        assertThat(valueOf("It takes two days, as it did Monday.", wednesday, "Monday")).isEqualTo("2019-06-03");
        // A plan as it stands now; not as it stood.
        assertThat(valueOf("A memorial service is planned for Friday.", wednesday, "Friday")).isEqualTo("2019-06-07");
        assertThat(valueOf("The memorial, which was planned for Monday, was canceled.", wednesday, "Monday"))
                .isEqualTo("2019-06-03");
        // So is a forecast.
        assertThat(valueOf("The storm is forecast to hit on Sunday.", wednesday, "Sunday")).isEqualTo("2019-06-09");
        assertThat(valueOf("Rain is forecast for Sunday.", wednesday, "Sunday")).isEqualTo("2019-06-09");
        assertThat(valueOf("The storm was forecast to hit on Sunday.", wednesday, "Sunday")).isEqualTo("2019-06-02");
    }

    @Test
    void thePartOfTheDecadeOrCenturyIsOfTheOneTheStoryIsIn() {
        LocalDate anchor = LocalDate.of(2013, 3, 22);
        assertThat(tag("By the end of the decade, the population will double; by the middle of the century, the seas "
                + "will rise.", anchor)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the end of the decade", "201"), tuple("the middle of the century", "20"));
        assertThat(valueOf("The firm was founded in 1962. By the end of the decade it had 500 stores.", anchor,
                "the end of the decade")).isEqualTo("196");
        assertThat(valueOf("The firm, founded in 1962, plans to double its stores by the end of the decade.", anchor,
                "the end of the decade")).isEqualTo("201");
        assertThat(tag("It came at the end of the decade-long war.", anchor)).extracting(Timex::text)
                .containsExactly("decade-long");
        // A conjunction may follow ("the end of the year and into 2014"); a noun may not ("the days of the week tour").
        assertThat(tag("Games roll out through the end of the year and into 2014, by the end of the month or so.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the end of the year", "2013"),
                        tuple("2014", "2014"), tuple("the end of the month", "2013-03"));
    }

    @Test
    void theNextUnitIsASpanFromNowAfterAPrepositionAndTheFollowingOneIsTheStorys() {
        LocalDate anchor = LocalDate.of(2015, 11, 17);
        assertThat(valueOf("Only 2,200 were admitted since 1939; 10,000 are expected over the next year.", anchor,
                "the next year")).isEqualTo("P1Y");
        assertThat(valueOf("The work needs to start within the next month.", anchor, "the next month")).isEqualTo("P1M");
        assertThat(valueOf("In June 2008 he ran. He has momentum heading into the next week's primaries.", anchor,
                "the next week")).isEqualTo("2015-W48");
        assertThat(valueOf("The tax passed in 2008 and survived elections the following year.", anchor,
                "the following year")).isEqualTo("2009");
    }

    @Test
    void aDateModifyingANounTakesNoPastFromItsClause() {
        LocalDate july = LocalDate.of(2016, 7, 31);
        assertThat(valueOf("The nominee for the Nov. 8 election later said he was joking.", july, "Nov. 8"))
                .isEqualTo("2016-11-08");
        assertThat(valueOf("It may not be done by the time of the Nov. 8 election.", LocalDate.of(2016, 4, 15),
                "Nov. 8")).isEqualTo("2016-11-08");
        assertThat(valueOf("He won the March 15 primary.", july, "March 15")).isEqualTo("2016-03-15");
        assertThat(valueOf("He spoke on Nov. 8 in Ohio.", july, "Nov. 8")).isEqualTo("2015-11-08");
    }

    @Test
    void aRefusalIsReportedWhenItWasMade() {
        LocalDate wednesday = LocalDate.of(2016, 6, 22);
        assertThat(valueOf("He wouldn’t say Tuesday how the party would act.", wednesday, "Tuesday")).isEqualTo("2016-06-21");
        assertThat(valueOf("She would not comment on Tuesday.", wednesday, "Tuesday")).isEqualTo("2016-06-21");
        assertThat(valueOf("He would speak on Tuesday, aides said.", wednesday, "Tuesday")).isEqualTo("2016-06-28");
    }

    @Test
    void theQuarterEndedOnADayIsTheQuarterThatDayCloses() {
        LocalDate anchor = LocalDate.of(1989, 10, 26);
        List<Timex> timexes = tag("It earned $5 million in the second quarter. Sales increased in the quarter ended "
                + "Sept. 30 to $747.8 million from $623.5 million a year ago.", anchor);
        assertThat(find(timexes, "the quarter")).map(Timex::value).contains("1989-Q3");
        assertThat(find(timexes, "a year ago")).map(Timex::value).contains("1988-Q3");
        // Without any quarter named, "the quarter" of a report is the last one completed, and is compared with.
        timexes = tag("Net income rose in the quarter, from $2 million a year ago.", anchor);
        assertThat(find(timexes, "a year ago")).map(Timex::value).contains("1988-Q3");
    }

    @Test
    void daysCountedFromTodayAndDaysOfTheMonthAlone() {
        LocalDate anchor = LocalDate.of(2025, 3, 5);
        assertThat(valueOf("The deadline is two weeks from today.", anchor, "two weeks from today")).isEqualTo("2025-03-19");
        assertThat(valueOf("A year from now, it opens.", anchor, "A year from now")).isEqualTo("2026");
        assertThat(valueOf("The vote was held this past weekend.", anchor, "this past weekend")).isEqualTo("2025-W09-WE");
        assertThat(valueOf("They met a week ago Saturday.", anchor, "a week ago Saturday")).isEqualTo("2025-02-22");
        assertThat(valueOf("The trial is set to begin on the 21st.", anchor, "the 21st")).isEqualTo("2025-03-21");
        assertThat(valueOf("The strike ended on the 28th.", anchor, "the 28th")).isEqualTo("2025-02-28");
        assertThat(tag("They met on the 3rd floor in the 21st century.", anchor)).extracting(Timex::text)
                .containsExactly("the 21st century");
    }

    @Test
    void aSentenceOpeningNowWithACommaIsADiscourseMarker() {
        LocalDate anchor = LocalDate.of(2013, 3, 21);
        assertThat(tag("Now, he says, the war is over. \"Now, we go,\" he said.", anchor)).isEmpty();
        assertThat(valueOf("Now the alliance is weak.", anchor, "Now")).isEqualTo("PRESENT_REF");
        assertThat(valueOf("Until now, nothing changed.", anchor, "now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void oneDayAfterAModalIsSomeDayAhead() {
        LocalDate anchor = LocalDate.of(2015, 12, 28);
        assertThat(valueOf("A road that could one day stretch to Europe.", anchor, "one day")).isEqualTo("FUTURE_REF");
        assertThat(valueOf("He had been in the job one day.", anchor, "one day")).isEqualTo("P1D");
    }

    @Test
    void nowDescribingAThingIsNoTime() {
        LocalDate anchor = LocalDate.of(2016, 4, 7);
        assertThat(tag("He wrote at the now-defunct National Review about the now defunct college.", anchor)).isEmpty();
        assertThat(valueOf("The poll shows her now in a dead heat.", anchor, "now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void inDecemberTheYearsSpringSummerAndFallAreBehind() {
        LocalDate december = LocalDate.of(2015, 12, 10);
        assertThat(valueOf("A report issued over the summer found gaps.", december, "the summer")).isEqualTo("2015-SU");
        assertThat(valueOf("Prices rose last spring.", december, "last spring")).isEqualTo("2015-SP");
        assertThat(valueOf("The plant reopens next summer.", december, "next summer")).isEqualTo("2016-SU");
    }

    @Test
    void aMonthInAClauseOfNoTenseIsTheNearestOne() {
        LocalDate june = LocalDate.of(2016, 6, 8);
        assertThat(valueOf("Sanders understands the importance of electing a Democrat in November.", june, "November"))
                .isEqualTo("2016-11");
        assertThat(valueOf("Prices fell in November.", june, "November")).isEqualTo("2015-11");
        // An ambiguous month name modifying a noun is a month; at the head of a name it is not.
        assertThat(valueOf("The March accession will make them members.", LocalDate.of(1999, 2, 10), "March"))
                .isEqualTo("1999-03");
        assertThat(tag("They joined the March of Dimes and the March on Washington.", june)).isEmpty();
        // A month that is also a given name or a surname, beside a capitalised word and with no word of time before it.
        assertThat(tag("April Mellody, a spokeswoman, said so. Reporter April Ryan asked.", june)).isEmpty();
        assertThat(tag("The members are Drew Ivers, Jill June, Lori Jungling.", june)).isEmpty();
        assertThat(valueOf("In August Trump met them.", LocalDate.of(2016, 9, 8), "August")).isEqualTo("2016-08");
        assertThat(valueOf("At a June Trump campaign event, he spoke.", june, "June")).isEqualTo("2016-06");
        assertThat(valueOf("Romney launched the movement with a March speech.", june, "March")).isEqualTo("2016-03");
        assertThat(valueOf("It will not be over in February or March.", LocalDate.of(2016, 1, 24), "March"))
                .isEqualTo("2016-03");
        // The first month of a range is in the year the range ends in.
        List<Timex> range = tag("Temperatures from January to October 2023 beat those of December-February 2022.", june);
        assertThat(find(range, "January")).map(Timex::value).contains("2023-01");
        assertThat(find(range, "December")).map(Timex::value).contains("2021-12");
        range = tag("The poll ran from Dec. 28 to Jan. 3, 2019, and between March 2 and 9, 2015.", june);
        assertThat(find(range, "Dec. 28")).map(Timex::value).contains("2018-12-28");
        assertThat(find(range, "March 2")).map(Timex::value).contains("2015-03-02");
        // A fronted month takes the tense of a verb that comes late ...
        assertThat(valueOf("In May, a federal judge, in response to a lawsuit brought by a news outlet, ordered "
                + "the release.", LocalDate.of(2015, 12, 1), "May")).isEqualTo("2015-05");
        // ... across an abbreviated state, whose dot ends no sentence.
        assertThat(valueOf("In January, a clinic bombing in Birmingham, Ala., killed a guard.",
                LocalDate.of(1998, 10, 25), "January")).isEqualTo("1998-01");
    }

    @Test
    void clausesInsideTheSentenceKeepTheirOwnTense() {
        LocalDate tuesday = LocalDate.of(2015, 11, 17);
        // A passive infinitive after a noun looks ahead; after a rank it tells of the past.
        assertThat(valueOf("He is recasting an address, to be delivered Wednesday at the Citadel.", tuesday,
                "Wednesday")).isEqualTo("2015-11-18");
        assertThat(valueOf("She was the first to be elected Monday.", tuesday, "Monday")).isEqualTo("2015-11-16");
        // A relative clause opened right before the expression takes the tense of its own verb.
        assertThat(valueOf("He should ignore the critics who on Sunday cast doubt on him.", tuesday, "Sunday"))
                .isEqualTo("2015-11-15");
        // A trailing attribution dates the saying, not what was said.
        assertThat(valueOf("That could carry him into the primary on March 1 that includes Texas, Jones said.",
                LocalDate.of(2015, 11, 20), "March 1")).isEqualTo("2016-03-01");
        assertThat(valueOf("On Monday, the minister said the plan was dead.", tuesday, "Monday")).isEqualTo("2015-11-16");
        // The weekend of a clause of no tense is the last one, as a weekday is.
        assertThat(valueOf("Rebels making gains in Hama over the weekend.", LocalDate.of(2016, 9, 6), "the weekend"))
                .isEqualTo("2016-W35-WE");
    }

    @Test
    void namedDaysOfTheYearAreNotWeekdays() {
        LocalDate anchor = LocalDate.of(2016, 2, 20);
        List<Timex> timexes = tag("Voters go to the polls on Super Tuesday. Ash Wednesday fell early. Stores will "
                + "open on Black Friday.", anchor);
        assertThat(find(timexes, "Super Tuesday")).map(Timex::value).contains("2016-03-01");
        assertThat(find(timexes, "Ash Wednesday")).map(Timex::value).contains("2016-02-10");
        assertThat(find(timexes, "Black Friday")).map(Timex::value).contains("2016-11-25");
    }

    @Test
    void sharesNamesAndPlacesInARecordingAreNotTimes() {
        LocalDate anchor = LocalDate.of(2015, 12, 9);
        assertThat(tag("Time chose Merkel as its Person of the Year. He owned a Century speedboat.", anchor)).isEmpty();
        assertThat(tag("He estimated that one-quarter to one-third of the workers agreed.", anchor)).isEmpty();
        assertThat(tag("The segment starts about the 7 minute mark.", anchor)).isEmpty();
        assertThat(tag("He hosted 25 parties in his last year in office.", anchor)).isEmpty();
        assertThat(valueOf("The union endorsed her last summer.", anchor, "last summer")).isEqualTo("2015-SU");
        assertThat(valueOf("The inquiry is approaching the two-year mark.", anchor, "two-year")).isEqualTo("P2Y");
    }

    @Test
    void theFirstCountOfARangeIsALengthInTheUnitAfterTheSecond() {
        LocalDate anchor = LocalDate.of(2009, 6, 4);
        List<Timex> timexes = tag("The process would take between 60 and 90 days; contracts last from three to six "
                + "months.", anchor);
        assertThat(find(timexes, "60")).map(Timex::value).contains("P60D");
        assertThat(find(timexes, "90 days")).map(Timex::value).contains("P90D");
        assertThat(find(timexes, "three")).map(Timex::value).contains("P3M");
        // Not an age, a time ago, a share or a span of years.
        assertThat(tag("Voters 18 to 25 years old back him; it was drafted six to eight weeks ago.", anchor))
                .extracting(Timex::text).containsExactly("eight weeks ago");
        assertThat(tag("Rates rose from 2 to 3 percent; he served from 2001 to 2009.", anchor)).extracting(Timex::text)
                .containsExactly("2001", "2009");
    }

    @Test
    void ratesAreSetsAndLengthsAreDurations() {
        LocalDate anchor = LocalDate.of(2016, 3, 1);
        // A word that bounds or approximates a count is part of the expression, as TimeML marks it.
        assertThat(tag("Talks stalled for nearly two years, less than a decade after the war and almost four years ago; "
                + "it took at least 72 hours, about five hours more.", anchor)).extracting(Timex::text)
                .containsExactly("nearly two years", "less than a decade", "almost four years ago", "at least 72 hours",
                        "five hours");
        assertThat(tag("It will fly in at least 2014.", anchor)).extracting(Timex::text).containsExactly("2014");
        // So are the article of a counted length and the part of a period it names; not the article of a noun.
        assertThat(tag("Net rose in the nine months, in the two-year plan, by the end of 1990 and the beginning of "
                + "October.", anchor)).extracting(Timex::text)
                .containsExactly("the nine months", "two-year", "the end of 1990", "the beginning of October");
        assertThat(tag("The 30 year anniversary came.", anchor)).extracting(Timex::text).containsExactly("30 year");
        assertThat(tag("It posted the third-quarter results of the third quarter.", LocalDate.of(1989, 10, 26)))
                .extracting(Timex::text).containsExactly("third-quarter", "the third quarter");
        // Half of one unit.
        assertThat(tag("It lasted half a century; he left within half an hour. Half a century ago it began.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("half a century", "P50Y"),
                        tuple("half an hour", "PT30M"), tuple("Half a century ago", "1966"));
        assertThat(tag("A quarter-century ago it began, after a half-century of rule. A quarter of students.", anchor))
                .extracting(Timex::text, Timex::value)
                .containsExactly(tuple("A quarter-century ago", "1991"), tuple("a half-century", "P50Y"));
        assertThat(tag("For a half century it grew; it took a quarter of a century and a half hour; a half dozen.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("a half century", "P50Y"),
                        tuple("a quarter of a century", "P25Y"), tuple("a half hour", "PT30M"));
        assertThat(valueOf("By late summer, she led.", anchor, "late summer")).isEqualTo("2015-SU");
        assertThat(tag("It was a rocky summer job.", anchor)).isEmpty();
        // A season after a preposition alone: a year's in a clause with a tense, else any year's.
        assertThat(tag("The trial will last until summer. We visited in winter. In spring, the roads flood.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("summer", "2016-SU"),
                        tuple("winter", "2016-WI"), tuple("spring", "XXXX-SP"));
        assertThat(tag("It was shared by Summer Zervos as prices fall after fall.", anchor)).isEmpty();
        // One length in two units; not a length beside a time counted on from it.
        assertThat(tag("It ran 3 minutes 32 seconds; he spoke for an hour and 20 minutes; he served two years and six "
                + "months. He was jailed for five years and 10 months later freed.", anchor))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("3 minutes 32 seconds", "PT3M32S"),
                        tuple("an hour and 20 minutes", "PT1H20M"), tuple("two years and six months", "P2Y6M"),
                        tuple("five years", "P5Y"), tuple("10 months", "P10M"));
        // "last" as a verb is no part of the length after it.
        assertThat(tag("The trial is expected to last six weeks; talks could last two years, as in the last two years.",
                anchor)).extracting(Timex::text).containsExactly("six weeks", "two years", "the last two years");
        List<Timex> timexes = tag("She earns $21.22 an hour and works 60 hours a week; 90 people a day die. She "
                + "stayed for a day, and won 5 games a week later.", anchor);
        assertThat(find(timexes, "an hour")).map(Timex::type).contains(TimexType.SET);
        assertThat(timexes).filteredOn(t -> t.text().equals("a day")).extracting(Timex::type)
                .containsExactly(TimexType.SET, TimexType.DURATION);
        assertThat(timexes).filteredOn(t -> t.text().equals("a week")).extracting(Timex::type)
                .containsExactly(TimexType.SET, TimexType.DURATION);
        assertThat(find(tag("The show airs seven days a week.", anchor), "a week")).map(Timex::type)
                .contains(TimexType.SET);
        // Large counts and plural acronyms are counted things too.
        assertThat(find(tag("We did hundreds of interviews a day.", anchor), "a day")).map(Timex::type)
                .contains(TimexType.SET);
        assertThat(find(tag("There are fifty thousand CDs a year sold.", anchor), "a year")).map(Timex::type)
                .contains(TimexType.SET);
        // The day of a date counts nothing: "on Jan. 25 after a week-long visit" is a week long.
        assertThat(find(tag("They leave on Jan. 25 after a week-long visit.", anchor), "week-long")).map(Timex::type)
                .contains(TimexType.DURATION);
        assertThat(find(tag("They met on May 3 for a day.", anchor), "a day")).map(Timex::type)
                .contains(TimexType.DURATION);
    }

    @Test
    void coordinatedExpressionsShareATenseAndAPutOffLooksAhead() {
        assertThat(valueOf("But then came the virus with its death count in March and the debut of Season 2 in April, "
                + "and I cannot wait for Season 3.", LocalDate.of(2020, 12, 23), "April")).isEqualTo("2020-04");
        // A day that is the subject of its own coming lies ahead, whatever the main clause.
        assertThat(valueOf("The appearance hinted at the niche he sees for himself as Election Day nears.",
                LocalDate.of(2016, 8, 17), "Election Day")).isEqualTo("2016-11-08");
        // A curly apostrophe is read as the straight one: "won’t" looks ahead.
        assertThat(valueOf("He won\u2019t speak on Friday.", LocalDate.of(2016, 4, 13), "Friday")).isEqualTo("2016-04-15");
        assertThat(valueOf("Brits are being advised to postpone their travel plans until Sunday, minimising the "
                + "risks associated with the storm.", LocalDate.of(2023, 11, 3), "Sunday")).isEqualTo("2023-11-05");
    }

    @Test
    void fullHoursAndFrequencies() {
        LocalDate anchor = LocalDate.of(2016, 9, 12);
        List<Timex> timexes = tag("He left at 9 o'clock, returned at 6 o\u2019clock this afternoon and slept at twelve "
                + "o'clock midnight. They meet twice a month and every other week.", anchor);
        assertThat(find(timexes, "9 o'clock")).map(Timex::value).contains("2016-09-12T09:00");
        assertThat(find(timexes, "6 o\u2019clock this afternoon")).map(Timex::value).contains("2016-09-12T18:00");
        assertThat(find(timexes, "twelve o'clock midnight")).map(Timex::value).contains("2016-09-12T24:00");
        assertThat(find(timexes, "a month")).map(Timex::type).contains(TimexType.SET);
        assertThat(find(timexes, "every other week")).map(Timex::value).contains("P2W");
        LocalDate may2001 = LocalDate.of(2001, 5, 10);
        assertThat(valueOf("The museum is closed on weekends.", may2001, "weekends")).isEqualTo("XXXX-WXX-WE");
        assertThat(tag("Two weekends ago it rained.", may2001)).isEmpty();
    }

    @Test
    void aWeekdayPlannedInThePastIsTheNearestOne() {
        LocalDate saturday = LocalDate.of(2016, 3, 12);
        assertThat(valueOf("He was set to receive an endorsement on Friday.", saturday, "Friday")).isEqualTo("2016-03-11");
        assertThat(valueOf("Both candidates sought to appeal to young voters on Tuesday.", LocalDate.of(2016, 2, 17),
                "Tuesday")).isEqualTo("2016-02-16");
        // The nearest either way: two days on rather than five days back.
        assertThat(valueOf("Days before it was to report its earnings on Wednesday, it said so.",
                LocalDate.of(2016, 2, 8), "Wednesday")).isEqualTo("2016-02-10");
        // A plan of the present still looks ahead.
        assertThat(valueOf("He is set to receive an endorsement on Friday.", saturday, "Friday")).isEqualTo("2016-03-18");
        assertThat(valueOf("She has vowed to speak on Friday.", saturday, "Friday")).isEqualTo("2016-03-18");
    }

    @Test
    void aMonthOrSeasonScheduledInThePastIsTheNearestOne() {
        LocalDate august = LocalDate.of(2020, 8, 17);
        assertThat(valueOf("The meeting was originally scheduled to take place in the spring but was delayed.", august,
                "the spring")).isEqualTo("2020-SP");
        assertThat(valueOf("The vote was supposed to happen in March.", august, "March")).isEqualTo("2020-03");
        assertThat(valueOf("The vote was supposed to happen on March 3.", august, "March 3")).isEqualTo("2020-03-03");
        // An intention reported now still looks ahead, as does a schedule of the present.
        assertThat(valueOf("He said he planned to visit the United States before January.", LocalDate.of(2016, 5, 11),
                "January")).isEqualTo("2017-01");
        assertThat(valueOf("The vote is supposed to happen in March.", august, "March")).isEqualTo("2021-03");
    }

    @Test
    void theLastOneOfSomethingIsTheFinalOne() {
        LocalDate anchor = LocalDate.of(2016, 1, 5);
        assertThat(tag("Obama announced the steps in the last year of his presidency.", anchor)).isEmpty();
        assertThat(tag("Her peak came the last week of October.", anchor)).extracting(Timex::text)
                .containsExactly("October");
        assertThat(valueOf("Sales rose in the last quarter of 2015.", anchor, "last quarter of 2015")).isEqualTo("2015-Q4");
        // Not before an amount: "the last year" is then the year before.
        assertThat(valueOf("It posted a profit for the last year of $2.7 billion.", anchor, "the last year"))
                .isEqualTo("2015");
    }

    @Test
    void adjectivesInEdAreNoPastAndAColonOpensAClause() {
        LocalDate anchor = LocalDate.of(2016, 4, 15);
        // "well-organized", "271 pledged delegates": adjectives, not past verbs.
        assertThat(valueOf("He needs the nomination before the convention in July, but well-organized rivals wait.",
                anchor, "July")).isEqualTo("2016-07");
        assertThat(valueOf("Entering the contests in June, she leads by 271 pledged delegates.", anchor, "June"))
                .isEqualTo("2016-06");
        // A participle not in "-ed" is past, unless a passive takes its tense from further on.
        assertThat(valueOf("The photo, taken in August, is going to be shown.", anchor, "August")).isEqualTo("2015-08");
        assertThat(valueOf("The decision will be taken in August.", anchor, "August")).isEqualTo("2016-08");
        // A plain scheduling verb after a plural subject announces; after an auxiliary it does not.
        assertThat(valueOf("He and Arafat meet separately Monday with Albright.", LocalDate.of(1998, 5, 1), "Monday"))
                .isEqualTo("1998-05-04");
        assertThat(valueOf("On Tuesday, Democrats vote in Arizona and Utah.", LocalDate.of(2016, 3, 21), "Tuesday"))
                .isEqualTo("2016-03-22");
        assertThat(valueOf("They did not meet Monday.", LocalDate.of(1998, 5, 1), "Monday")).isEqualTo("1998-04-27");
        // A plural noun is such a subject, at the head of the text too; "continues" is a state, not a schedule.
        LocalDate friday = LocalDate.of(2013, 3, 22);
        assertThat(valueOf("Voters go to the polls on Sunday.", friday, "Sunday")).isEqualTo("2013-03-24");
        assertThat(valueOf("On Saturday, Alaska and Hawaii hold caucuses.", friday, "Saturday")).isEqualTo("2013-03-23");
        assertThat(valueOf("The conflict continues, with gains over the weekend.", friday, "the weekend"))
                .isEqualTo("2013-W11-WE");
        // "could" looks ahead unless negated or perfect.
        assertThat(valueOf("He could win California on Tuesday.", LocalDate.of(2016, 6, 5), "Tuesday"))
                .isEqualTo("2016-06-07");
        assertThat(valueOf("Lawyers for Trump could not be reached for comment Saturday.", LocalDate.of(2016, 5, 29),
                "Saturday")).isEqualTo("2016-05-28");
        // A negated subject negates it too, unless a clause of its own holds the modal.
        LocalDate thursday = LocalDate.of(2000, 1, 6);
        assertThat(valueOf("Neither he nor Elian's four grandparents could be located Wednesday in Cardenas.", thursday,
                "Wednesday")).isEqualTo("2000-01-05");
        assertThat(valueOf("No one could be reached for comment Wednesday.", thursday, "Wednesday")).isEqualTo("2000-01-05");
        assertThat(valueOf("Nobody knows whether he could win on Tuesday.", thursday, "Tuesday")).isEqualTo("2000-01-11");
        assertThat(valueOf("Cuban Americans could have big consequences in November.", anchor, "November"))
                .isEqualTo("2016-11");
        // "is due" looks ahead, "due to the storm" does not.
        assertThat(valueOf("Erdogan and Putin are due to meet in Moscow on Thursday.", LocalDate.of(2020, 3, 2),
                "Thursday")).isEqualTo("2020-03-05");
        assertThat(valueOf("The closure on Monday is due to the storm.", LocalDate.of(2020, 3, 4), "Monday"))
                .isEqualTo("2020-03-02");
        // A present of habit is no schedule.
        assertThat(valueOf("Kirk, who still speaks with difficulty from a stroke in August, noted it.", anchor,
                "August")).isEqualTo("2015-08");
        // A colon before a capital or a quote opens a new clause; before a fragment it does not.
        assertThat(valueOf("He already had a favorable landscape: Republicans have 24 seats up in November.",
                LocalDate.of(2016, 6, 10), "November")).isEqualTo("2016-11");
        assertThat(valueOf("One last obstacle remained: contests in Ohio in early August.", anchor, "early August"))
                .isEqualTo("2015-08");
    }

    @Test
    void aBareClockTimeIsOnTheDayJustTalkedAboutElseOnThePublicationDay() {
        LocalDate anchor = LocalDate.of(2016, 2, 20);
        assertThat(valueOf("The polls opened on Tuesday. Voting began at 7 a.m.", anchor, "7 a.m."))
                .isEqualTo("2016-02-16T07:00");
        // A time alone on its line heads a live blog's entry, written on the day of publication.
        assertThat(valueOf("Texas votes on March 1.\n\n___.\n\n9:18 p.m.\n\nTrump thanks his supporters.", anchor,
                "9:18 p.m.")).isEqualTo("2016-02-20T21:18");
        // A live blog's timestamps, long after the last day it named, are on the day it is written.
        String filler = " Kasich's campaign is already celebrating its result in the state and looking ahead.".repeat(6);
        assertThat(valueOf("Voters go to the polls again on Super Tuesday." + filler + " ___. 6:10 p.m. Hillary Clinton "
                + "says she won.", anchor, "6:10 p.m.")).isEqualTo("2016-02-20T18:10");
    }

    @Test
    void theMonthOrWeekOfAPeriodAndCoupleOfUnits() {
        LocalDate anchor = LocalDate.of(2016, 4, 10);
        assertThat(valueOf("They think that by the end of the month, the numbers will be clear.", anchor,
                "the end of the month")).isEqualTo("2016-04");
        assertThat(valueOf("They will complete it in January 2017 and expect to be done by the end of the month.",
                anchor, "the end of the month")).isEqualTo("2017-01");
        // A month that is over is no end to look ahead to; told of in the past, it is.
        assertThat(valueOf("The bill passed in January. A vote is expected by the end of the month.", anchor,
                "the end of the month")).isEqualTo("2016-04");
        assertThat(valueOf("The bill passed in January. By the end of the month, the Senate had voted.", anchor,
                "the end of the month")).isEqualTo("2016-01");
        assertThat(valueOf("The heat could last through the end of the week.", anchor, "the end of the week"))
                .isEqualTo("2016-W14");
        assertThat(tag("She works on certain days of the week.", anchor)).isEmpty();
        assertThat(valueOf("Prices rose over the past couple of weeks.", anchor, "the past couple of weeks"))
                .isEqualTo("PXW");
        // "The past week" is the seven days up to now: the week that holds most of them.
        assertThat(valueOf("Prices rose over the past week.", LocalDate.of(2016, 3, 5), "the past week"))
                .isEqualTo("2016-W09");
        assertThat(valueOf("Prices rose over the past week.", LocalDate.of(2016, 3, 7), "the past week"))
                .isEqualTo("2016-W09");
        // A fortnight is two weeks.
        assertThat(valueOf("It joined the patrol a fortnight ago.", anchor, "a fortnight ago")).isEqualTo("2016-W12");
        assertThat(valueOf("Prices rose over the past fortnight.", anchor, "the past fortnight")).isEqualTo("P2W");
        assertThat(valueOf("The talks lasted two fortnights.", anchor, "two fortnights")).isEqualTo("P4W");
    }

    @Test
    void aMonthOfNoTenseIsNearTheMonthJustNamedAndADecimalPointEndsNoSentence() {
        LocalDate anchor = LocalDate.of(1989, 10, 30);
        assertThat(valueOf("It rose to a high of $42.875 a share in June from $29.75 in March.", anchor, "March"))
                .isEqualTo("1989-03");
        assertThat(valueOf("Sales growth in December and January.", anchor, "January")).isEqualTo("1990-01");
        // The verb before "2.5%" still tells the tense of the day after it.
        assertThat(valueOf("The index will rise 2.5% on Thursday.", anchor, "Thursday")).isEqualTo("1989-11-02");
    }

    @Test
    void quartersOfAGameOrOfSomethingElseAreNoQuartersOfTheYear() {
        LocalDate anchor = LocalDate.of(2012, 12, 24);
        assertThat(tag("Luck threw a touchdown pass to Wayne late in the fourth quarter.", anchor)).isEmpty();
        assertThat(tag("The Colts scored 17 unanswered points in the fourth quarter to win the game.", anchor))
                .isEmpty();
        assertThat(tag("He was the fifth coach fired within the first quarter of the season.", anchor)).isEmpty();
        assertThat(tag("Sanders did well with the quarter of caucus voters who are independents.", anchor)).isEmpty();
        // Results after it keep a quarter of the year, as does a year or an amount after "of".
        assertThat(valueOf("The video game maker said fourth-quarter earnings fell.", anchor, "fourth-quarter"))
                .isEqualTo("2012-Q4");
        assertThat(valueOf("It posted a loss for the third quarter of $226 million.", anchor, "the third quarter"))
                .isEqualTo("2012-Q3");
        assertThat(valueOf("Growth slowed in the first quarter of the fiscal year.", anchor, "the first quarter"))
                .isEqualTo("2012-Q1");
        assertThat(valueOf("Sales fell in the second half of the 1990s.", anchor, "1990s")).isEqualTo("199");
    }

    @Test
    void idiomsAndCountsOfWeekdaysAndFractions() {
        LocalDate friday = LocalDate.of(2010, 1, 1);
        assertThat(tag("He decided at the last minute to drop out, using every last second.", friday)).isEmpty();
        assertThat(valueOf("The last hour was calm.", friday, "The last hour")).isEqualTo("PT1H");
        assertThat(valueOf("Jones was injured two Sundays ago.", friday, "two Sundays ago")).isEqualTo("2009-12-20");
        assertThat(valueOf("He served 9 months of a 2-1/2 year sentence.", friday, "2-1/2 year")).isEqualTo("P2Y6M");
        assertThat(valueOf("Years from now, you will look back.", friday, "Years from now")).isEqualTo("PXY");
        // "way past November": the preposition, not "this past November".
        assertThat(tag("She looked way past November.", LocalDate.of(2016, 6, 8))).extracting(Timex::text)
                .containsExactly("November");
    }

    @Test
    void aSpanAgoOfThisWeekMonthOrDayIsThatWeekMonthOrDayBack() {
        LocalDate anchor = LocalDate.of(2016, 1, 5);
        assertThat(valueOf("She was wounded five years ago this week.", anchor, "five years ago this week"))
                .isEqualTo("2011-W01");
        assertThat(valueOf("Clinton was revived eight years ago this month.", anchor, "eight years ago this month"))
                .isEqualTo("2008-01");
        assertThat(valueOf("A year ago today, he died.", anchor, "A year ago today")).isEqualTo("2015-01-05");
    }

    @Test
    void aYearEndInDecemberIsThisYearsWhateverTheTense() {
        assertThat(valueOf("Democrats knocked it out as part of a year-end budget deal.", LocalDate.of(2015, 12, 28),
                "year-end")).isEqualTo("2015-12-31");
        assertThat(valueOf("Democrats knocked it out as part of a year-end budget deal.", LocalDate.of(2016, 1, 8),
                "year-end")).isEqualTo("2015-12-31");
    }


    @Test
    void theSameDayMonthOrYearIsOfTheDateNamedLastAndBetweenNowAndAMonthLooksAhead() {
        LocalDate may2016 = LocalDate.of(2016, 5, 14);
        assertThat(valueOf("On May 9, Lynch sued. The DOJ answered with a lawsuit announced that same day.", may2016,
                "that same day")).isEqualTo("2016-05-09");
        assertThat(valueOf("He was shot last October. His name was crossed out that same day.",
                LocalDate.of(1999, 2, 6), "that same day")).isEqualTo("1998-10-XX");
        assertThat(valueOf("Fiorina cut jobs in September 2015. That same month, a PAC formed.", may2016,
                "That same month")).isEqualTo("2015-09");
        assertThat(valueOf("The SVP lost in 2009. The same year it sponsored a referendum.", may2016, "The same year"))
                .isEqualTo("2009");
        assertThat(valueOf("We bought it in May 2006. He died in September of the same year.", may2016,
                "September of the same year")).isEqualTo("2006-09");
        assertThat(valueOf("He was hired in 2005. On April 18 of that year, he won.", may2016,
                "April 18 of that year")).isEqualTo("2005-04-18");
        assertThat(valueOf("The bomb exploded on March 2, 2016. The week before, police were warned.", may2016,
                "The week before")).isEqualTo("2016-W08");
        assertThat(tag("The week before the vote, polls shifted.", may2016)).isEmpty();
        // With nothing named before, "that same day" is no date.
        assertThat(tag("Donations were made to the PAC that same day.", may2016)).isEmpty();

        LocalDate november2015 = LocalDate.of(2015, 11, 23);
        assertThat(valueOf("He has to make the case between now and March.", november2015, "March"))
                .isEqualTo("2016-03");
        assertThat(valueOf("He has to make the case between now and July.", november2015, "July"))
                .isEqualTo("2016-07");
    }

    @Test
    void anAnnualResultIsCountedOverAYearButAnAnnualMeetingIsNoTime() {
        LocalDate day = LocalDate.of(2006, 1, 27);
        assertThat(find(tag("GM has posted its first annual loss since 1992.", day), "annual"))
                .map(t -> t.type() + " " + t.value()).contains("DURATION P1Y");
        assertThat(tag("Holders adopted the plan at the annual meeting.", day)).isEmpty();
    }

    @Test
    void theSeptember11AttacksAreOf2001AndFollowingBeforeAPossessiveIsThePreposition() {
        LocalDate may2016 = LocalDate.of(2016, 5, 19);
        assertThat(valueOf("The Saudis denied any role in the Sept. 11 attacks.", may2016, "Sept. 11"))
                .isEqualTo("2001-09-11");
        assertThat(valueOf("The 9/11 commission said so.", may2016, "9/11")).isEqualTo("2001-09-11");
        assertThat(valueOf("Since 9/11, the country has changed.", null, "9/11")).isEqualTo("2001-09-11");
        // Not a date of this year, nor a fraction, nor an attack before 2001.
        assertThat(valueOf("The vote is on Sept. 11.", may2016, "Sept. 11")).isEqualTo("2016-09-11");
        assertThat(tag("He ate 9/11 of the pie.", may2016)).isEmpty();
        assertThat(valueOf("The Sept. 11 attacks on the embassies failed.", LocalDate.of(1998, 10, 2), "Sept. 11"))
                .isEqualTo("1998-09-11");
        assertThat(valueOf("Days after the September 11 attack in Benghazi, he spoke.", may2016, "September 11"))
                .isNotEqualTo("2001-09-11");

        LocalDate thursday = LocalDate.of(2016, 5, 26);
        assertThat(valueOf("Following Wednesday's leak of the report, she said nothing.", thursday, "Wednesday"))
                .isEqualTo("2016-05-25");
        assertThat(valueOf("They met again the following Wednesday.", thursday, "the following Wednesday"))
                .isEqualTo("2016-06-01");
    }

    @Test
    void tonightAndThisMorningAreTheDayOfALaterClockTime() {
        LocalDate april13 = LocalDate.of(2016, 4, 13);
        assertThat(valueOf("The special airs on May 23. The results will be revealed on tonight's show at 9 p.m.",
                april13, "9 p.m.")).isEqualTo("2016-04-13T21:00");
        assertThat(valueOf("The vote is on May 23. This morning the board met, and at 11 a.m. it adjourned.",
                april13, "11 a.m.")).isEqualTo("2016-04-13T11:00");
    }

    @Test
    void theVerbAfterAClosingQuotationTellsTheSayingNotWhatWasSaid() {
        LocalDate june2016 = LocalDate.of(2016, 6, 10);
        assertThat(valueOf("\"I feel very good about chances in November,\" Tester said.", june2016, "November"))
                .isEqualTo("2016-11");
        assertThat(valueOf("\u201cIt lets us win a mandate in November,\u201d the group wrote in a statement.",
                LocalDate.of(2016, 8, 12), "November")).isEqualTo("2016-11");
    }

    @Test
    void aModalPerfectLooksBack() {
        LocalDate friday = LocalDate.of(2016, 3, 4);
        assertThat(valueOf("Following his big wins Tuesday night, which put him ahead, this might have been the "
                + "night he could shift.", friday, "Tuesday night")).isEqualTo("2016-03-01TNI");
        assertThat(valueOf("The vote on Tuesday would have gone the other way.", friday, "Tuesday"))
                .isEqualTo("2016-03-01");
        assertThat(valueOf("The vote on Tuesday would go the other way.", friday, "Tuesday")).isEqualTo("2016-03-08");
    }

    @Test
    void aWillFarBeforeAnExpressionOfNoOtherTenseLooksAhead() {
        assertThat(valueOf("Republican presidential candidate Donald Trump will follow Democratic candidate Hillary "
                + "Clinton's Tuesday speech denouncing his economic policies with a speech of his own Wednesday morning.",
                LocalDate.of(2016, 6, 21), "Wednesday morning")).isEqualTo("2016-06-22TMO");
        assertThat(valueOf("Independent voters won't by themselves determine winners and losers in the state's "
                + "first-in-the-nation primary Tuesday.", LocalDate.of(2016, 2, 5), "Tuesday")).isEqualTo("2016-02-09");
    }

    @Test
    void aClauseOfTimeOrConditionInThePresentLooksAhead() {
        LocalDate april2016 = LocalDate.of(2016, 4, 21);
        assertThat(valueOf("When Democrats get to Philadelphia in late July, it is assumed that Sanders has earned a "
                + "slot.", april2016, "late July")).isEqualTo("2016-07");
        assertThat(valueOf("If Cruz wins the contest Tuesday, Trump needs more delegates.", LocalDate.of(2016, 4, 2),
                "Tuesday")).isEqualTo("2016-04-05");
        // In the past, or naming a day as a thing, it does not.
        assertThat(valueOf("When Democrats got to Philadelphia in July, Sanders spoke.", april2016, "July"))
                .isEqualTo("2015-07");
        assertThat(valueOf("Net rose in 1988, when year-end net was below the 1987 level.", LocalDate.of(1989, 10, 30),
                "year-end")).isNotEqualTo("1989-12-31");
        assertThat(valueOf("If he follows up his Tuesday wins with a victory, he leads.", LocalDate.of(2016, 3, 23),
                "Tuesday")).isEqualTo("2016-03-22");
    }

    @Test
    void aSentenceOpensAfterADatelinesDash() {
        assertThat(valueOf("WASHINGTON \u2015 This spring, as he was becoming chairman, Manafort met donors.",
                LocalDate.of(2016, 8, 17), "This spring")).isEqualTo("2016-SP");
        assertThat(valueOf("DES MOINES - This year's campaign has proved bleak.", LocalDate.of(2016, 1, 31),
                "This year")).isEqualTo("2016");
        // A show's name is no time.
        assertThat(tag("Carson spoke on ABC's This Week.", LocalDate.of(2016, 1, 31))).isEmpty();
    }

    @Test
    void yearsOfAShortRangeAnApproximateTimeAndAnAlternative() {
        LocalDate day = LocalDate.of(2016, 7, 26);
        assertThat(tag("Dodd-Frank, a response to the collapse of 2008-9, bailed out banks.", day))
                .extracting(Timex::value).containsExactly("2008", "2009");
        assertThat(valueOf("His skepticism turned extreme around 2002, when theories spread.", day, "2002"))
                .isEqualTo("2002");
        assertThat(valueOf("The tax takes effect in 2020 rather than 2018.", day, "2018")).isEqualTo("2018");
        assertThat(tag("They sold more than 2018 cars.", day)).isEmpty();
    }

    @Test
    void thatYearSeasonOrDayIsOfTheDateNamedLast() {
        LocalDate day = LocalDate.of(2016, 4, 5);
        assertThat(tag("He won in 1998. That year, he married. That summer he moved. Later that month he left.", day))
                .extracting(Timex::value).containsExactly("1998", "1998", "1998-SU", "1998-XX");
        assertThat(valueOf("Obama took office in January 2009; unemployment peaked in October of that year.", day,
                "October of that year")).isEqualTo("2009-10");
        assertThat(valueOf("He offered to debate April 14. Sanders had a rally scheduled for that night.", day,
                "that night")).isEqualTo("2016-04-14TNI");
        assertThat(valueOf("On Thursday, Ryan was not ready. Later that day, Trump fired back.", LocalDate.of(2016, 5, 6),
                "Later that day")).isEqualTo("2016-05-05");
        assertThat(valueOf("The deal will be finalized by June 10. If no price is agreed by that time, Fiat pays.",
                LocalDate.of(2011, 5, 29), "that time")).isEqualTo("2011-06-10");
        // Not "that" opening what was said, nor a day when none was named.
        assertThat(tag("In 2010 he said that summer jobs were scarce.", day)).extracting(Timex::text)
                .containsExactly("2010");
        assertThat(tag("In 2010 he left. Unfortunately, that day has come.", day)).extracting(Timex::text)
                .containsExactly("2010");
    }

    @Test
    void aSeasonCoordinatedWithOneOrHeadingItsPhraseAfterAnArticleIsATime() {
        assertThat(tag("Trump has enjoyed a lead for much of the fall and winter.", LocalDate.of(2016, 2, 3)))
                .extracting(Timex::value).containsExactly("2015-FA", "2016-WI");
        LocalDate november2015 = LocalDate.of(2015, 11, 16);
        assertThat(valueOf("It was an escape from a summer of scandal.", november2015, "summer")).isEqualTo("2015-SU");
        assertThat(valueOf("It caps a comeback after a rocky summer defined by his surge.", november2015, "summer"))
                .isEqualTo("2015-SU");
        // A season that modifies a noun, and a fall, are not.
        assertThat(tag("He took a summer job and a spring-time walk, then had a fall in prices.", november2015))
                .isEmpty();
    }

    @Test
    void theNextMorningAndThePreviousNightArePartsOfThatDay() {
        assertThat(tag("He was shot on Friday. He died the next morning; the previous night he had slept.",
                LocalDate.of(2016, 8, 11))).extracting(Timex::type, Timex::value).containsExactly(
                tuple(TimexType.DATE, "2016-08-05"), tuple(TimexType.TIME, "2016-08-06TMO"),
                tuple(TimexType.TIME, "2016-08-05TNI"));
    }

    @Test
    void aClockTimeWithADayAndItsPartIsOneTime() {
        LocalDate friday = LocalDate.of(2010, 1, 1);
        assertThat(valueOf("She was hit around 7 p.m. Wednesday night.", friday, "7 p.m. Wednesday night"))
                .isEqualTo("2009-12-30T19:00");
        assertThat(valueOf("The pool closes at 10pm tonight.", friday, "10pm tonight")).isEqualTo("2010-01-01T22:00");
        // A part of a day counted from today: the clock is on that day (it was lost when the day was a time).
        assertThat(valueOf("He was shot at 10 p.m. last night.", friday, "10 p.m. last night"))
                .isEqualTo("2009-12-31T22:00");
        assertThat(valueOf("He spoke at 9 a.m. this morning.", friday, "9 a.m. this morning"))
                .isEqualTo("2010-01-01T09:00");
        // A clock without a.m. or p.m. takes them from the part of its day.
        assertThat(valueOf("He was arrested at 9:15 Tuesday night.", friday, "9:15 Tuesday night"))
                .isEqualTo("2009-12-29T21:15");
        assertThat(valueOf("He was arrested at 9:15 Tuesday morning.", friday, "9:15 Tuesday morning"))
                .isEqualTo("2009-12-29T09:15");
    }

    @Test
    void aHalfOfARelativeYearAndTheEndOfAPeriodBeforeWhatFollows() {
        LocalDate march1990 = LocalDate.of(1990, 3, 15);
        assertThat(valueOf("Sales in the first half of next year will be flat.", march1990,
                "the first half of next year")).isEqualTo("1991-H1");
        assertThat(valueOf("Sales rose in the second half of last year.", march1990, "the second half of last year"))
                .isEqualTo("1989-H2");
        // A half of a game is no half of the year.
        assertThat(tag("He scored twice in the second half.", march1990)).isEmpty();
        assertThat(valueOf("The company has until the end of the year to comply.", march1990, "the end of the year"))
                .isEqualTo("1990");
        assertThat(valueOf("He has until the end of the month to answer.", march1990, "the end of the month"))
                .isEqualTo("1990-03");
        assertThat(tag("She was named Player of the Year in 1988.", march1990)).extracting(Timex::text)
                .containsExactly("1988");
    }

    @Test
    void aHalfBeforeResultsAndPartsOfAFiscalYear() {
        LocalDate november1989 = LocalDate.of(1989, 11, 2);
        assertThat(valueOf("First-half profit rose 12%.", november1989, "First-half")).isEqualTo("1989-H1");
        assertThat(tag("A second-half rally won the game.", november1989)).isEmpty();
        assertThat(tag("Net fell in the second half of fiscal 1989 and in fiscal 1988.", november1989))
                .extracting(Timex::text, Timex::value).containsExactly(
                        tuple("the second half of fiscal 1989", "1989-H2"), tuple("fiscal 1988", "1988"));
        assertThat(valueOf("Net rose in the fourth quarter of fiscal 1989.", november1989,
                "the fourth quarter of fiscal 1989")).isEqualTo("1989-Q4");
        assertThat(valueOf("Sales in the year to March fell 5 percent.", november1989, "the year")).isEqualTo("P1Y");
    }

    @Test
    void extentsAsTimeMlMarksThem() {
        LocalDate friday = LocalDate.of(1998, 2, 20);
        assertThat(tag("Earlier Friday he met Reno, later this week the board, and early Saturday the press.", friday))
                .extracting(Timex::text).containsExactly("Friday", "this week", "early Saturday");
        assertThat(tag("Net fell from the previous Friday and will rise in the current quarter.", friday))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the previous Friday", "1998-02-13"),
                        tuple("the current quarter", "1998-Q1"));
        assertThat(valueOf("In the latest nine months, net rose.", friday, "the latest nine months")).isEqualTo("P9M");
    }

    @Test
    void aSeasonInANameIsNoSeason() {
        LocalDate may2012 = LocalDate.of(2012, 5, 10);
        assertThat(tag("The Summer Olympics open in the Spring Valley area, at the Feast of the Winter Star.", may2012))
                .isEmpty();
        assertThat(valueOf("The Summer of 2012 was hot.", may2012, "The Summer of 2012")).isEqualTo("2012-SU");
    }

    @Test
    void aDayBeforeARelativeYearIsOfThatYear() {
        LocalDate may2016 = LocalDate.of(2016, 5, 16);
        assertThat(tag("The law took effect on March 1 last year; she would serve from January 20 next year.", may2016))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("March 1 last year", "2015-03-01"),
                        tuple("January 20 next year", "2017-01-20"));
    }

    @Test
    void herLastDayIsNoLength() {
        LocalDate february2020 = LocalDate.of(2020, 2, 24);
        assertThat(tag("Her last day is April 1.", february2020)).extracting(Timex::text).containsExactly("April 1");
        assertThat(valueOf("Prices rose in the last day.", february2020, "the last day")).isEqualTo("P1D");
        assertThat(valueOf("I saw her last week.", february2020, "last week")).isEqualTo("2020-W08");
    }

    @Test
    void aUnitLongIsOneUnitWithoutTheNounsArticle() {
        LocalDate day = LocalDate.of(1998, 1, 14);
        assertThat(tag("The year-long inquiry, a month-long strike and a weeklong festival.", day))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("year-long", "P1Y"),
                        tuple("month-long", "P1M"), tuple("weeklong", "P1W"));
        assertThat(valueOf("He broke a decade-long silence.", day, "decade-long")).isEqualTo("P10Y");
    }

    @Test
    void aCountedLengthBeforeAnEventIsASpanOfTheStoryNotDaysAway() {
        LocalDate wednesday = LocalDate.of(1998, 11, 4);
        assertThat(valueOf("The jury deliberated for three hours before returning its verdict Friday.", wednesday,
                "Friday")).isEqualTo("1998-10-30");
        assertThat(valueOf("He campaigned just days before the caucuses on Monday.", wednesday, "Monday"))
                .isEqualTo("1998-11-09");
    }

    @Test
    void mayInCapitalsWithinASentenceIsTheMonthNotAModal() {
        LocalDate november = LocalDate.of(2019, 11, 8);
        assertThat(tag("The act prohibited sowing before May 10 and planting before June 10.", november))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("May 10", "2019-05-10"),
                        tuple("June 10", "2019-06-10"));
        assertThat(valueOf("May they meet on June 10.", november, "June 10")).isEqualTo("2020-06-10");
    }

    @Test
    void aClockKeepsItsSecondsAndIsoTimesAreOneExpression() {
        LocalDate day = LocalDate.of(2019, 11, 20);
        assertThat(tag("Updated 2019-11-20 17:27:46 and 2019-08-11T14:05:09Z.", day))
                .extracting(Timex::text, Timex::value).containsExactly(
                        tuple("2019-11-20 17:27:46", "2019-11-20T17:27:46"),
                        tuple("2019-08-11T14:05:09Z", "2019-08-11T14:05:09Z"));
        assertThat(valueOf("Read Exodus 18:21 today.", day, "today")).isEqualTo("2019-11-20");
        assertThat(tag("Read Exodus 18:21 today.", day)).extracting(Timex::text).containsExactly("today");
    }

    @Test
    void aDayModifyingANounIsNearestTheMonthJustNamed() {
        LocalDate november = LocalDate.of(2019, 11, 19);
        assertThat(valueOf("He was arrested in April for a March 21 phone call.", november, "March 21"))
                .isEqualTo("2019-03-21");
        assertThat(valueOf("He spoke of a March 21 phone call.", november, "March 21")).isEqualTo("2020-03-21");
    }

    @Test
    void aRunOfUnitsIsCountedAndQuartersOfResultsAreALength() {
        LocalDate day = LocalDate.of(1989, 10, 30);
        assertThat(tag("It was profitable for five consecutive quarters and three straight years.", day))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("five consecutive quarters", "P15M"),
                        tuple("three straight years", "P3Y"));
        assertThat(valueOf("It broke even after several quarters of losses.", day, "several quarters"))
                .isEqualTo("PXM");
        assertThat(tag("Three quarters of the voters agreed; some quarters of the city flooded.", day)).isEmpty();
    }

    @Test
    void aCountEarlierThanAnotherTimeIsTheLengthBetweenThem() {
        LocalDate day = LocalDate.of(2008, 10, 14);
        assertThat(valueOf("It will report on Thursday, a week earlier than planned.", day, "a week")).isEqualTo("P1W");
        assertThat(valueOf("Prices fell 5% from a year earlier.", day, "a year earlier")).isEqualTo("2007");
    }

    @Test
    void theWeekendOfADayIsThatWeeksWeekend() {
        LocalDate day = LocalDate.of(1998, 3, 12);
        assertThat(tag("The festival runs the weekend of June 5.", day)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("the weekend of June 5", "1998-W23-WE"));
        assertThat(valueOf("We rested over the weekend.", day, "the weekend")).isEqualTo("1998-W10-WE");
    }

    @Test
    void overTheYearsIsAVagueLengthGoneBy() {
        LocalDate day = LocalDate.of(1998, 3, 12);
        assertThat(tag("Over the years the town grew, and through the decades it changed.", day))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the years", "PXY"),
                        tuple("the decades", "PXY"));
        assertThat(tag("Over the years of his career he won.", day)).isEmpty();
    }

    @Test
    void aHolidaysLastWordIsNotThatWeekday() {
        LocalDate april1998 = LocalDate.of(1998, 4, 20);
        assertThat(tag("The Good Friday Agreement holds. It was a good Friday for stocks.", april1998))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("Friday", "1998-04-17"));
    }

    @Test
    void theWeekBeforeAWeekIsTheWeekBeforeThatOne() {
        LocalDate thursday = LocalDate.of(1989, 10, 19);
        assertThat(valueOf("Program trading rose last week, up from 10.2% the week before.", thursday,
                "the week before")).isEqualTo("1989-W40");
    }

    @Test
    void mayAsTheSubjectOfWasIsTheMonth() {
        LocalDate july = LocalDate.of(2007, 7, 9);
        assertThat(tag("May was the wettest month, and June was not much drier.", july))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("May", "2007-05"), tuple("June", "2007-06"));
        assertThat(tag("Theresa May was in Brussels. May we ask? The March was peaceful.", july)).isEmpty();
    }

    @Test
    void aMonthAfterWillIsAheadHoweverFar() {
        LocalDate february = LocalDate.of(2019, 2, 15);
        assertThat(valueOf("The plant will reopen in December.", february, "December")).isEqualTo("2019-12");
        // A month that modifies a noun is the one it reports on.
        assertThat(valueOf("The department will release October employment figures today.",
                LocalDate.of(1990, 11, 2), "October")).isEqualTo("1990-10");
    }

    @Test
    void aSpelledHourWithAmOrPmIsAClockTime() {
        LocalDate tuesday = LocalDate.of(1998, 11, 17);
        assertThat(tag("Starr will testify at ten a.m. Thursday.", tuesday)).extracting(Timex::text, Timex::value)
                .containsExactly(tuple("ten a.m. Thursday", "1998-11-19T10:00"));
    }

    @Test
    void twoDigitDecadesInAWeatherSentenceAreDegrees() {
        LocalDate day = LocalDate.of(1998, 5, 1);
        assertThat(tag("Sunny skies with highs in the 70s. Temperatures will climb into the 90s.", day)).isEmpty();
        assertThat(valueOf("Disco peaked in the 70s.", day, "70s")).isEqualTo("197");
    }

    @Test
    void aYearInANamesCodeIsNoYear() {
        LocalDate day = LocalDate.of(1998, 3, 12);
        assertThat(tag("The asteroid 1997 XF11 will miss. Series 1989-B bonds were sold.", day)).isEmpty();
    }

    @Test
    void aPresentBeBeforeADayOrDateSetsItAhead() {
        LocalDate tuesday = LocalDate.of(1998, 4, 7);
        assertThat(valueOf("The deadline for an agreement is midnight Thursday.", tuesday, "midnight Thursday"))
                .isEqualTo("1998-04-09T24:00");
        assertThat(valueOf("The election is Nov. 7.", LocalDate.of(2000, 2, 7), "Nov. 7")).isEqualTo("2000-11-07");
        assertThat(valueOf("Freeman won Monday night. The Sydney Games end Sunday.", LocalDate.of(2000, 9, 27),
                "Sunday")).isEqualTo("2000-10-01");
    }

    @Test
    void thatNightAfterANamedDayIsThatDaysNight() {
        LocalDate saturday = LocalDate.of(1998, 7, 25);
        assertThat(valueOf("He opened fire at the Capitol Friday afternoon. He underwent surgery that night.",
                saturday, "that night")).isEqualTo("1998-07-24TNI");
        assertThat(valueOf("The House voted Friday, and the report was posted on the Internet that afternoon.",
                saturday, "that afternoon")).isEqualTo("1998-07-24TAF");
    }

    @Test
    void aRanksPassiveInfinitiveTellsNoPlan() {
        LocalDate friday = LocalDate.of(2018, 8, 3);
        assertThat(valueOf("Apple became the first US public company to be valued at $1 trillion on Thursday.", friday,
                "Thursday")).isEqualTo("2018-08-02");
        assertThat(valueOf("The speech, to be delivered Thursday, is ready.", friday, "Thursday"))
                .isEqualTo("2018-08-09");
    }

    @Test
    void aShowThatRunsUntilADayLooksAhead() {
        LocalDate monday = LocalDate.of(2011, 6, 20);
        assertThat(valueOf("The Paris Air Show opened today at Le Bourget and runs until Sunday.", monday, "Sunday"))
                .isEqualTo("2011-06-26");
    }

    @Test
    void aClockInANamedZoneKeepsItsDay() {
        LocalDate wednesday = LocalDate.of(2018, 8, 8);
        assertThat(tag("Musk said in a tweet at 12:48 p.m. Eastern time on Tuesday that he was considering it.",
                wednesday)).extracting(Timex::text, Timex::value).containsExactly(
                        tuple("12:48 p.m. Eastern time", "2018-08-07T12:48"), tuple("Tuesday", "2018-08-07"));
    }

    @Test
    void aPastMidnightOnTheDayOfWritingEndedTheDayBefore() {
        LocalDate october1 = LocalDate.of(2020, 10, 1);
        assertThat(valueOf("Airlines began furloughs today after federal support expired at midnight.", october1,
                "midnight")).isEqualTo("2020-09-30T24:00");
        assertThat(valueOf("The fiscal year ends at midnight.", october1, "midnight")).isEqualTo("2020-10-01T24:00");
    }

    @Test
    void theFollowingSeasonCountsFromTheDateNamedLast() {
        LocalDate day = LocalDate.of(2000, 7, 6);
        assertThat(valueOf("She entered Juilliard in the fall of 1958 and made her debut the following spring.", day,
                "the following spring")).isEqualTo("1959-SP");
        assertThat(valueOf("He did not reach the majors until 1991, and by the following spring he was a starter.",
                day, "the following spring")).isEqualTo("1992-SP");
        assertThat(valueOf("The first check was written in the spring of 1994. By that fall, the ring was gone.", day,
                "that fall")).isEqualTo("1994-FA");
    }

    @Test
    void aYearComparedWithIsAYear() {
        LocalDate day = LocalDate.of(1998, 12, 26);
        assertThat(valueOf("Album sales rose 9 percent over 1997, and prices fell.", day, "1997")).isEqualTo("1997");
        assertThat(tag("A crowd of over 1997 people came.", day)).isEmpty();
    }

    @Test
    void thatNightAfterAndIsTheNightOfTheDayNamed() {
        LocalDate day = LocalDate.of(1999, 2, 11);
        assertThat(valueOf("They argued on Jan. 23, friends said, and that night a neighbor heard a gunshot.", day,
                "that night")).isEqualTo("1999-01-23TNI");
    }

    @Test
    void earlyInAYearTheYearReportedOnIsTheOneJustEnded() {
        LocalDate january = LocalDate.of(2000, 1, 19);
        assertThat(valueOf("Growth picked up in the fourth quarter, while retail prices fell 3 percent for the year.",
                january, "the year")).isEqualTo("1999");
        assertThat(valueOf("Growth picked up in the fourth quarter and will reach 7 percent for the year.", january,
                "the year")).isEqualTo("2000");
        assertThat(valueOf("Prices hit a high for the year in the third quarter.", LocalDate.of(1989, 11, 2),
                "the year")).isEqualTo("1989");
    }

    @Test
    void theCurrentFiscalYearAndTheNewYearAreYears() {
        LocalDate february = LocalDate.of(1991, 2, 5);
        assertThat(valueOf("It projects a deficit for the current fiscal year, which ends Sept. 30.", february,
                "the current fiscal year")).isEqualTo("1991");
        assertThat(valueOf("Stocks surged in the first session of the new year.", LocalDate.of(1990, 1, 3),
                "the new year")).isEqualTo("1990");
        assertThat(valueOf("Layoffs are expected in the new year.", LocalDate.of(2015, 12, 30), "the new year"))
                .isEqualTo("2016");
    }

    @Test
    void asidesAndNounsGiveNoPastToTheirClause() {
        LocalDate monday = LocalDate.of(1990, 4, 2);
        assertThat(valueOf("Economists expect this week's employment report, due Friday, to show gains.", monday,
                "Friday")).isEqualTo("1990-04-06");
        assertThat(valueOf("The Treasury will sell notes tomorrow, followed by bonds Thursday.",
                LocalDate.of(1989, 10, 24), "Thursday")).isEqualTo("1989-10-26");
        assertThat(valueOf("He said he won't take up a capital-gains tax cut before January.",
                LocalDate.of(1991, 10, 1), "January")).isEqualTo("1992-01");
        assertThat(valueOf("Mr. Hale, who turns 65 in March, joined in 1949.", LocalDate.of(1989, 11, 13), "March"))
                .isEqualTo("1990-03");
    }

    @Test
    void aPassiveOfReportingAndACountedNounTellTheirOwnTense() {
        LocalDate wednesday = LocalDate.of(2019, 1, 16);
        assertThat(valueOf("The government was defeated by 230 votes on Tuesday evening.", wednesday,
                "Tuesday evening")).isEqualTo("2019-01-15TEV");
        assertThat(valueOf("May, who was confirmed as Conservative leader on Monday evening, will succeed him.",
                LocalDate.of(2016, 7, 13), "Monday evening")).isEqualTo("2016-07-11TEV");
    }

    @Test
    void theWeekBeginningADayIsThatDaysWeek() {
        LocalDate december = LocalDate.of(2018, 12, 18);
        assertThat(tag("MPs will vote in the week beginning 14 January.", december))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("the week beginning 14 January", "2019-W03"));
        assertThat(valueOf("The vote was due last Tuesday but was pulled the day before when defeat loomed.", december,
                "the day before")).isEqualTo("2018-12-10");
    }

    @Test
    void aPastClockIsOnNoDayStillToCome() {
        LocalDate day = LocalDate.of(2017, 3, 29);
        assertThat(valueOf("May triggered a countdown to Britain's departure on 29 March 2019. The letter was handed"
                + " over shortly after 12.20pm.", day, "12.20pm")).isEqualTo("2017-03-29T12:20");
        assertThat(valueOf("The vote is on March 31. Polls will open at 7 a.m.", day, "7 a.m."))
                .isEqualTo("2017-03-31T07:00");
    }

    @Test
    void daysAndClocksSaidInWordsAsBroadcastCopyHasThem() {
        LocalDate april = LocalDate.of(1998, 4, 10);
        assertThat(tag("King was shot on April fourth, nineteen sixty-eight.", april))
                .extracting(Timex::text, Timex::value).containsExactly(
                        tuple("April fourth, nineteen sixty-eight", "1968-04-04"));
        assertThat(valueOf("Voters decide in a referendum on May twenty-second.", april, "May twenty-second"))
                .isEqualTo("1998-05-22");
        assertThat(valueOf("The final is set for July twelfth.", april, "July twelfth")).isEqualTo("1998-07-12");
        assertThat(tag("In June first lady Hillary Clinton spoke.", april)).extracting(Timex::text)
                .containsExactly("June");
        LocalDate thursday = LocalDate.of(1998, 10, 29);
        assertThat(valueOf("Discovery lifted off at two-nineteen this afternoon.", thursday,
                "two-nineteen this afternoon")).isEqualTo("1998-10-29T14:19");
        assertThat(valueOf("The House will vote at ten thirty tomorrow morning.", thursday,
                "ten thirty tomorrow morning")).isEqualTo("1998-10-30T10:30");
        assertThat(valueOf("She arrived shortly before nine this morning.", thursday, "nine this morning"))
                .isEqualTo("1998-10-29T09:00");
        assertThat(valueOf("The countdown ends shortly after two o'clock tomorrow afternoon.", thursday,
                "two o'clock tomorrow afternoon")).isEqualTo("1998-10-30T14:00");
    }

    @Test
    void hundredsSaidInWordsAreCounted() {
        LocalDate day = LocalDate.of(1998, 12, 19);
        assertThat(tag("He is the first since Johnson, a hundred and thirty years ago.", day))
                .extracting(Timex::text, Timex::value).containsExactly(tuple("a hundred and thirty years ago", "1868"));
        assertThat(valueOf("The church has stood for two hundred fifty years.", day, "two hundred fifty years"))
                .isEqualTo("P250Y");
    }

    @Test
    void anotherUnitIsOneMore() {
        LocalDate day = LocalDate.of(1998, 1, 20);
        assertThat(valueOf("The country will need at least another year to recover.", day, "at least another year"))
                .isEqualTo("P1Y");
        assertThat(tag("It was just another day. In another year, he would have won.", day)).isEmpty();
    }

    @Test
    void resultsAndMarketsLookAheadWhereTheirWordsDo() {
        LocalDate december = LocalDate.of(1989, 12, 20);
        assertThat(valueOf("It expects to complete the sale by the end of the first quarter.", december,
                "the end of the first quarter")).isEqualTo("1990-Q1");
        assertThat(valueOf("The bank will add $300 million to reserves, resulting in a loss for the fourth quarter.",
                LocalDate.of(1990, 1, 16), "the fourth quarter")).isEqualTo("1989-Q4");
        assertThat(valueOf("It will report third-quarter results next week.", LocalDate.of(1989, 10, 20),
                "third-quarter")).isEqualTo("1989-Q3");
        assertThat(tag("The March contract gained $42, and oats for March delivery rose.", december))
                .extracting(Timex::value).containsExactly("1990-03", "1990-03");
        assertThat(valueOf("Traders were waiting for Friday's report on employment.", LocalDate.of(1989, 10, 3),
                "Friday")).isEqualTo("1989-10-06");
        assertThat(valueOf("Economists expect the government to report Friday that prices rose.",
                LocalDate.of(1990, 1, 9), "Friday")).isEqualTo("1990-01-12");
        assertThat(valueOf("The Treasury will sell $7.8 billion of three-month bills and $7.8 billion of six-month"
                + " bills at its regular weekly auction Monday.", LocalDate.of(1989, 11, 15), "Monday"))
                .isEqualTo("1989-11-20");
        assertThat(valueOf("A state appeals court in Sacramento Tuesday upheld a ruling that the insurer must pay.",
                LocalDate.of(1989, 11, 2), "Tuesday")).isEqualTo("1989-10-31");
    }

    @Test
    void aHolidaysWeekendIsTheWeekendNextToIt() {
        LocalDate day = LocalDate.of(1989, 11, 27);
        assertThat(valueOf("Sales over the Thanksgiving weekend were flat.", day, "Thanksgiving weekend"))
                .isEqualTo("1989-W47-WE");
        assertThat(valueOf("She married him on Memorial Day weekend.", LocalDate.of(2016, 7, 29),
                "Memorial Day weekend")).isEqualTo("2016-W21-WE");
    }

    @Test
    void anOlderYearAfterAPrepositionOfTimeIsAYear() {
        LocalDate day = LocalDate.of(1999, 3, 29);
        assertThat(valueOf("A Serbian army was defeated there by the Ottoman Turks in 1389.", day, "1389"))
                .isEqualTo("1389");
        assertThat(tag("They built homes in 1200 villages.", day)).isEmpty();
        assertThat(valueOf("Her party won the most votes in June's elections.", LocalDate.of(1999, 10, 20), "June"))
                .isEqualTo("1999-06");
    }

    @Test
    void broadcastFormsOfDaysPeriodsAndSets() {
        LocalDate march = LocalDate.of(1998, 3, 10);
        assertThat(valueOf("Since the first of December, it has rained twenty inches.", march, "the first of December"))
                .isEqualTo("1997-12-01");
        assertThat(valueOf("The games are every Friday night.", march, "every Friday night")).isEqualTo("XXXX-WXX-5TNI");
        assertThat(valueOf("Hearings will not begin until after the November third elections.",
                LocalDate.of(1998, 10, 8), "November third")).isEqualTo("1998-11-03");
        assertThat(valueOf("In Ohio, the polls close at seven-thirty p.m. today.", LocalDate.of(1998, 5, 5),
                "seven-thirty p.m. today")).isEqualTo("1998-05-05T19:30");
        assertThat(valueOf("The Dow fell today. For the month, the Dow lost 15 percent.", LocalDate.of(1998, 8, 31),
                "the month")).isEqualTo("1998-08");
        assertThat(valueOf("The judge sent both sides home for the weekend.", LocalDate.of(1998, 3, 13), "the weekend"))
                .isEqualTo("1998-W11-WE");
        assertThat(valueOf("Fireworks started fires over the holiday weekend.", LocalDate.of(1998, 7, 6),
                "the holiday weekend")).isEqualTo("1998-W27-WE");
        assertThat(valueOf("NASA says the landing has been pushed back to Saturday.", LocalDate.of(1998, 6, 11),
                "Saturday")).isEqualTo("1998-06-13");
        assertThat(tag("Rain on Saturday, with highs in the sixties. McGwire hit his sixty-second home run.", march))
                .extracting(Timex::text).containsExactly("Saturday");
    }

    @Test
    void namesDeadlinesAndClocksOfClausesLookingAhead() {
        LocalDate monday = LocalDate.of(2000, 11, 27);
        assertThat(valueOf("Harris certified Bush the winner of Florida's 25 electoral votes Sunday night.", monday,
                "Sunday night")).isEqualTo("2000-11-26TNI");
        assertThat(valueOf("The court ruled late Tuesday and gave the counties until 5 p.m. Sunday to finish.",
                LocalDate.of(2000, 11, 22), "5 p.m. Sunday")).isEqualTo("2000-11-26T17:00");
        assertThat(valueOf("The decision was released late Tuesday. Gore will concede at 9 p.m., his aides said.",
                LocalDate.of(2000, 12, 13), "9 p.m.")).isEqualTo("2000-12-13T21:00");
        assertThat(tag("Hillary Clinton, appearing on NBC's ''Today'' show, blamed a conspiracy.", monday)).isEmpty();
        assertThat(tag("The next Summer Games will be held in London in 2012.", monday)).extracting(Timex::text)
                .containsExactly("2012");
    }

    @Test
    void yearsEarlierCountFromAYearJustNamed() {
        LocalDate day = LocalDate.of(2011, 5, 4);
        assertThat(valueOf("When she was elected mayor in 2006, she had first run for office three years earlier.",
                day, "three years earlier")).isEqualTo("2003");
        assertThat(valueOf("She ran three years earlier.", day, "three years earlier")).isEqualTo("2008");
    }

    @Test
    void thePreviousQuarterOfAReportAndOtherWsjForms() {
        LocalDate october = LocalDate.of(1989, 10, 26);
        assertThat(valueOf("USX said third-quarter net fell to $146 million from $204 million in the previous quarter.",
                october, "the previous quarter")).isEqualTo("1989-Q2");
        assertThat(valueOf("Such a move would be the first easing since early August.", LocalDate.of(1989, 11, 2),
                "early August")).isEqualTo("1989-08");
        assertThat(tag("The carrier will fly McDonnell Douglas DC-10s. Music of the mid-90s.", october))
                .extracting(Timex::text).containsExactly("the mid-90s");
    }

    @Test
    void partsOfTheDayToldAbout() {
        LocalDate friday = LocalDate.of(1998, 9, 4);
        assertThat(valueOf("Relatives arrived in Halifax Thursday, where fishermen had pulled bodies from the water the"
                + " night before.", friday, "the night before")).isEqualTo("1998-09-02TNI");
        assertThat(valueOf("Barksdale testified Tuesday. Warden spent much of the afternoon challenging him.",
                LocalDate.of(1998, 10, 21), "the afternoon")).isEqualTo("1998-10-20TAF");
        assertThat(valueOf("South Korea's economy grew after four consecutive quarters of contraction.", friday,
                "four consecutive quarters")).isEqualTo("P12M");
    }

    @Test
    void wagesFractionsNamesAndZonesAreReadAsSuch() {
        LocalDate day = LocalDate.of(1998, 9, 22);
        assertThat(tag("Ford will offer buyouts to its hourly workers. The rate is four and three quarters percent."
                + " The next Winter Olympics will be held in Salt Lake City.", day)).isEmpty();
        assertThat(valueOf("Greenspan testifies tomorrow. His testimony begins at ten thirty eastern time.", day,
                "ten thirty eastern time")).isEqualTo("1998-09-23T10:30");
        assertThat(valueOf("Airlines are cutting capacity for the upcoming summer.", LocalDate.of(2009, 4, 16),
                "the upcoming summer")).isEqualTo("2009-SU");
        assertThat(valueOf("GM could run out of cash by the end of the year without federal help.",
                LocalDate.of(2008, 11, 19), "the end of the year")).isEqualTo("2008");
        assertThat(valueOf("The game kicks off Sunday evening in San Diego.", LocalDate.of(1998, 1, 20),
                "Sunday evening")).isEqualTo("1998-01-25TEV");
    }

    @Test
    void quartersOfAForecastAndOfRestatedResults() {
        LocalDate october = LocalDate.of(1989, 10, 19);
        assertThat(valueOf("He expects fourth-quarter results to be weaker than those of the 1988 quarter.", october,
                "the 1988 quarter")).isEqualTo("1988-Q4");
        assertThat(valueOf("It expects fourth-quarter earnings to decline from the year-earlier quarter.", october,
                "the year-earlier quarter")).isEqualTo("1988-Q4");
        assertThat(valueOf("Net income dropped to $1.3 million from $2.9 million in the year-ago quarter.",
                LocalDate.of(1989, 11, 13), "the year-ago quarter")).isEqualTo("1988-Q3");
        assertThat(valueOf("The bank said it will restate earnings for the second quarter.", LocalDate.of(1989, 11, 16),
                "the second quarter")).isEqualTo("1989-Q2");
        assertThat(valueOf("It has eliminated 340 jobs this month and will cut about 200 more by year-end.",
                LocalDate.of(1989, 11, 28), "year-end")).isEqualTo("1989-12-31");
    }

    @Test
    void titlesNamesAndKindsAreNoTimes() {
        LocalDate day = LocalDate.of(2004, 5, 27);
        assertThat(tag("\"The Day After Tomorrow,\" in which the world freezes, opens Friday.", day))
                .extracting(Timex::text).containsExactly("Friday");
        assertThat(tag("Radio stations play Prince's \"1999\" on a loop. Fans love \"3:10 to Yuma.\"", day)).isEmpty();
        assertThat(tag("He visited the \"Super Tuesday\" states. Clinton said on ABC's \"This Week\" on Sunday.", day))
                .extracting(Timex::text).containsExactly("Super Tuesday", "Sunday");
        assertThat(tag("<tweet datetime=\"2015-12-02\">", day)).extracting(Timex::value).containsExactly("2015-12-02");
        assertThat(tag("The band Midnight Oil played. A Sunday school teacher runs a day care center. Microsoft released"
                + " Windows 2000.", day)).isEmpty();
        assertThat(valueOf("The truck struck their van Easter morning.", LocalDate.of(1994, 4, 4), "Easter morning"))
                .isEqualTo("1994-04-03TMO");
        assertThat(valueOf("The network has scheduled the show at 8 p.m. Tuesdays.", day, "8 p.m. Tuesdays"))
                .isEqualTo("XXXX-WXX-2T20:00");
        assertThat(valueOf("Microsoft's Xbox 360 goes on sale at 12:01 a.m. Tuesday.", LocalDate.of(2005, 11, 21),
                "12:01 a.m. Tuesday")).isEqualTo("2005-11-22T00:01");
    }

    @Test
    void anaphoraSetsAndSpokenClocksOfBroadcastAndFeatures() {
        LocalDate day = LocalDate.of(1998, 11, 5);
        assertThat(valueOf("The convention was in 1924, and Davis carried only 12 states that November.", day,
                "November")).isEqualTo("1924-11");
        assertThat(valueOf("The party met in 1948, and Dewey lost to Truman that fall.", day, "that fall"))
                .isEqualTo("1948-FA");
        assertThat(valueOf("Serbs still commemorate the battle every June 28.", day, "every June 28"))
                .isEqualTo("XXXX-06-28");
        assertThat(valueOf("The church has held a service every Christmas Eve since 1853.", day, "every Christmas Eve"))
                .isEqualTo("XXXX-12-24");
        assertThat(valueOf("The slide happened on the thirtieth of last month.", day, "the thirtieth of last month"))
                .isEqualTo("1998-10-30");
        assertThat(valueOf("He will testify on the seventeenth.", LocalDate.of(1998, 8, 3), "the seventeenth"))
                .isEqualTo("1998-08-17");
        assertThat(valueOf("The hearing began at ten in the morning and ended after ten at night.", day,
                "ten at night")).isEqualTo("1998-11-05T22:00");
    }

    @Test
    void oddInputsFoundByThePropertiesGiveValuesNotExceptions() {
        // Found by LeadEventDaterProperties: with no anchor, "Sept quarter" is XXXX-Q3, no year to count back from.
        assertThat(tag("Sept quarter year-earlier", null)).extracting(Timex::value).contains("XXXX-Q3");
        // Found by RuleTemporalTaggerProperties: an anchor on the calendar's last day has no day after it.
        assertThat(tag("Sales fell in the third quarter of 2018.", LocalDate.MAX)).extracting(Timex::value)
                .contains("2018-Q3");
    }
}
