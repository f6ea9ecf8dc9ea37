package dev.mirsad.dating;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PathDatesTest {

    @ParameterizedTest
    @CsvSource({
            "snn_20150721_aawsat_00015.txt, 2015-07-21",
            "2015-07-21-talks.html, 2015-07-21",
            "news/2015_07_21_talks.html, 2015-07-21",
            "archive/2015/07/21/story.txt, 2015-07-21",
            "archive/2015/7/1/story.txt, 2015-07-01",
            "2015-07-21/iraq/story.txt, 2015-07-21",
            "2014/01/02/snn_20150721_x.txt, 2015-07-21"})
    void aDateInTheNameOrTheFoldersDatesTheArticle(String underRoot, LocalDate date) {
        assertThat(PathDates.of(underRoot)).contains(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_9503a997efecff43.txt", "120150721.txt", "snn_20150231_x.txt", "2015-07_21.txt",
            "archive/2015/07/story.txt", "archive/2015/13/01/story.txt", "report-1999.pdf"})
    void noWholeCalendarDateDatesNothing(String underRoot) {
        assertThat(PathDates.of(underRoot)).isEmpty();
    }
}
