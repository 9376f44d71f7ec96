package org.dateline.extract;

import static org.assertj.core.api.Assertions.assertThat;

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
    })
    void readsCommonFormatsAtTheStatedPrecision(String stated, String iso) {
        assertThat(DateParser.normalize(stated)).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "no date here", "31 February 2019", "2019-13-01", "10:31", "June 2019", "1/2/2019"})
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
}
