package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class WireDatelineTest {

    @Test
    void aPlaceWithADateAndAnAgencyNamesTheDayWithoutAYear() {
        WireDateline dateline = WireDateline.opening("NEW YORK, Dec. 11 (UPI) \u2014 NBA on TNT has a crew.").orElseThrow();

        assertThat(dateline.named()).isEqualTo("NEW YORK, Dec. 11");
        assertThat(dateline.agency()).isEqualTo("UPI");
        assertThat(dateline.day()).isEqualTo(MonthDay.of(12, 11));
        assertThat(dateline.year()).isNull();
        assertThat("NEW YORK, Dec. 11 (UPI) \u2014 NBA on TNT has a crew.".substring(dateline.end())).startsWith("NBA on");
    }

    @Test
    void aDatelineWithItsYearOrDayFirstNamesTheWholeDate() {
        WireDateline full = WireDateline.opening("JERUSALEM, March 21, 2013 (Reuters) - Obama spoke.").orElseThrow();
        assertThat(full.day()).isEqualTo(MonthDay.of(3, 21));
        assertThat(full.year()).isEqualTo(2013);

        WireDateline british = WireDateline.opening("LONDON, 11 December (Reuters) - Shares fell.").orElseThrow();
        assertThat(british.day()).isEqualTo(MonthDay.of(12, 11));
        assertThat(WireDateline.named("WASHINGTON, DEC 5").day()).isEqualTo(MonthDay.of(12, 5));
    }

    @Test
    void aPlaceAloneIsADatelineWithAnAgencyOrAnUpperCasePlaceAndADash() {
        assertThat(WireDateline.opening("SEOUL/WASHINGTON (Reuters) - Talks resumed.")).get()
                .satisfies(d -> assertThat(d.named()).isEqualTo("SEOUL/WASHINGTON"))
                .satisfies(d -> assertThat(d.day()).isNull());
        assertThat(WireDateline.opening("RIVERTON, Ohio \u2014 A fire broke out.")).get()
                .satisfies(d -> assertThat(d.named()).isEqualTo("RIVERTON, Ohio"))
                .satisfies(d -> assertThat(d.agency()).isNull());
    }

    @Test
    void aDatedDatelineNeedsNoUpperCasePlaceAndNoPlaceAtAllWithAnAgency() {
        WireDateline titleCase = WireDateline.opening("Cambridge, Mass., Dec. 11 -- Harvard said so.").orElseThrow();
        assertThat(titleCase.named()).isEqualTo("Cambridge, Mass., Dec. 11");
        assertThat(titleCase.day()).isEqualTo(MonthDay.of(12, 11));

        WireDateline placeless = WireDateline.opening("Dec 29 (Reuters) - Hillary Clinton said so.").orElseThrow();
        assertThat(placeless.named()).isEqualTo("Dec 29");
        assertThat(placeless.agency()).isEqualTo("Reuters");
    }

    @Test
    void runningTextAListedDateAndANameWithItsPartyAreNoDatelines() {
        assertThat(WireDateline.opening("Barkley said on Dec. 11 that it was over.")).isEmpty();
        assertThat(WireDateline.opening("March 3 - Election day in the county.")).isEmpty();
        assertThat(WireDateline.opening("Jane Smith (Labour) said the plan would fail.")).isEmpty();
        // A dateline with nothing after it opens no story.
        assertThat(WireDateline.opening("WASHINGTON (AP) -")).isEmpty();
    }

    @Test
    void aSplitOffDatelineStillNamesItsDayAndNoSuchDayIsNone() {
        assertThat(WireDateline.named("PASADENA, Calif., Jan. 1").day()).isEqualTo(MonthDay.of(1, 1));
        assertThat(WireDateline.named("PARIS").day()).isNull();
        assertThat(WireDateline.named("PARIS, Feb. 30").day()).isNull();
    }

    @Property(tries = 500)
    void anyLineIsReadWithoutExceptionAndTheStoryStartsWithinIt(@ForAll @Size(max = 300) String line) {
        WireDateline.opening(line).ifPresent(d -> {
            assertThat(d.end()).isBetween(1, line.length());
            assertThat(line).startsWith(d.named());
        });
        WireDateline.named(line);
    }
}
