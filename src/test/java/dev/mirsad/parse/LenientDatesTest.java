package dev.mirsad.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-02-26                    | 2023-02-26",
        "2023-02-26T10:00:00Z          | 2023-02-26",
        "2023-02-26T23:30:00-05:00     | 2023-02-26",
        "2023-02-26 10:00:00           | 2023-02-26",
        "2023-2-6                      | 2023-02-06",
        "2023/02/26                    | 2023-02-26",
        "2023.02.26                    | 2023-02-26",
        "20230226                      | 2023-02-26",
        "26/02/2023                    | 2023-02-26",
        "26-02-2023 10:00              | 2023-02-26",
        "Sun, 26 Feb 2023 10:00:00 GMT | 2023-02-26",
        "'  2023-02-26  '              | 2023-02-26"})
    void readsTheDateAsWritten(String raw, LocalDate expected) {
        assertThat(LenientDates.parse(raw)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "yesterday", "2023-02-30", "2023-13-01", "02/30/2023", "1066-10-14", "Feb 2023", "12345"})
    void rejectsWhatIsNotACalendarDate(String raw) {
        assertThat(LenientDates.parse(raw)).isEmpty();
    }
}
