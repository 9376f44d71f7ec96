package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "26 Jun, 2019 10:31 | 2019-06-26T10:31",
            "June 26, 2019 | 2019-06-26",
            "Wednesday, June 26th, 2019 at 7:05 pm | 2019-06-26T19:05",
            "Updated 7:45 PM GMT, June 2, 2025 | 2025-06-02T19:45Z",
            "2019-06-26T10:31:00Z | 2019-06-26T10:31Z",
            "2019-06-26T10:31:15+0300 | 2019-06-26T10:31:15+03:00",
            "2025-03-05T06:42:00-05:00 | 2025-03-05T06:42-05:00",
            "Wed, 26 Jun 2019 10:31:00 GMT | 2019-06-26T10:31Z",
            "14 August 2024, 09:30 | 2024-08-14T09:30",
            "Sept. 3, 2018 | 2018-09-03",
            "2018/09/03 | 2018-09-03",
            "03.09.2018 | 2018-09-03",
            "March 5, 2025, 6:42 a.m. ET | 2025-03-05T06:42",
            "Dienstag, 29. Oktober 2021 | 2021-10-29",
            "29. Okt. 2021 | 2021-10-29",
            "am 3. März 2020 | 2020-03-03",
            "le 1er février 2019 | 2019-02-01",
            "29 de octubre de 2021 | 2021-10-29",
            "14 Gennaio 2020 | 2020-01-14",
            "5 de março de 2020 | 2020-03-05",
            "12 mei 2022 | 2022-05-12",
            "2020年7月12日 | 2020-07-12",
            "2023.11.02. 14:05 | 2023-11-02T14:05",
            "17/03/2020 | 2020-03-17",
            "3/17/2020 2:05 pm | 2020-03-17T14:05",
    })
    void readsCommonFormatsAtTheStatedPrecision(String stated, String iso) {
        assertThat(DateParser.normalize(stated)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no date here", "31 February 2019", "2019-13-01", "10:31", "June 2019", "1/2/2019",
            "03/04/2020", "13/13/2020", "29. Foobar 2021", "2023.11.02.5"})
    void rejectsWhatIsNotAFullValidDate(String text) {
        assertThat(DateParser.normalize(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Published 14 August 2024, 09:30 • Last updated 15 August 2024 | 2",
            "From 1 May 2020 to 3 May 2020 | 2",
            "Nothing | 0",
    })
    void findsEveryDateInALine(String line, int count) {
        assertThat(DateParser.findAll(line)).hasSize(count);
    }

    @Test
    void datesDeepInALongTextAreFoundWithTheirTimes() {
        String filler = "Words without any year in them. ".repeat(300);
        String text = filler + "Posted Wednesday, 26th of September, 2019 at 10:31 " + filler + "2020-01-02T03:04:05+01:00";

        assertThat(DateParser.findAll(text)).extracting(DateParser.Found::iso)
                .containsExactly("2019-09-26T10:31", "2020-01-02T03:04:05+01:00");
    }
}
