package dev.mirsad.extract.calendar;

import dev.mirsad.extract.facts.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MonthNameDatesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 3, 15);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | The ministers met in Amman on 14 March 2023 to discuss Syria.   | 14 March 2023       | 2023-03-14
            en | WASHINGTON, March 3, 2022 - The talks resumed.                  | March 3, 2022       | 2022-03-03
            en | The centre opened in October 2015.                              | October 2015        | 2015-10
            en | The next round is due on Feb 24.                                | Feb 24              | 2023-02-24
            ru | Консультации прошли 5 октября 2022 года в Москве.               | 5 октября 2022      | 2022-10-05
            ru | Следующий раунд намечен на март 2023 года.                      | март 2023           | 2023-03
            fa | نشست روز 14 اسفند 1401 در تهران برگزار شد.                      | 14 اسفند 1401       | 2023-03-05
            fa | این توافق در 5 مارس 2023 امضا شد.                                | 5 مارس 2023         | 2023-03-05
            tr | Toplantı 14 Mart 2023 tarihinde Ankara'da yapıldı.              | 14 Mart 2023        | 2023-03-14
            de | Die Gespräche begannen am 3. März 2022 in Berlin.               | 3. März 2022        | 2022-03-03
            """)
    void readsMonthNameDatesInTheLanguage(String language, String text, String surface, String value) {
        List<TimeExpression> found = MonthNameDates.forLanguage(language).orElseThrow().find(text, PUBLISHED);

        assertThat(found).singleElement().satisfies(date -> {
            assertThat(date.surface()).isEqualTo(surface);
            assertThat(date.value()).isEqualTo(value);
            assertThat(text.substring(date.start(), date.end())).isEqualTo(surface);
        });
    }

    @Test
    void relativeDaysResolveOnlyAgainstTheArticlesDate() {
        MonthNameDates english = MonthNameDates.forLanguage("en").orElseThrow();

        assertThat(english.find("The minister said yesterday that talks go on.", PUBLISHED))
                .extracting(TimeExpression::value).containsExactly("2023-03-14");
        assertThat(MonthNameDates.forLanguage("ru").orElseThrow().find("Сегодня министр прибыл в Дамаск.", PUBLISHED))
                .extracting(TimeExpression::value).containsExactly("2023-03-15");
        assertThat(english.find("The minister said yesterday that talks go on.", null)).isEmpty();
    }

    @Test
    void aDayAndMonthWithoutYearTakeTheArticlesYearOrNone() {
        MonthNameDates english = MonthNameDates.forLanguage("en").orElseThrow();

        assertThat(english.find("They meet on 14 March.", null)).extracting(TimeExpression::value)
                .containsExactly("XXXX-03-14");
        assertThat(english.find("They meet on 14 March.", PUBLISHED)).extracting(TimeExpression::value)
                .containsExactly("2023-03-14");
    }

    @Test
    void aMonthNameAloneOrAnImpossibleDayIsNoDate() {
        MonthNameDates english = MonthNameDates.forLanguage("en").orElseThrow();

        assertThat(english.find("The talks may resume; March is likely. He was 30 in 31 February.", null)).isEmpty();
        assertThat(english.find("14 March was stored as an amount of 14 with the unit March.", null))
                .extracting(TimeExpression::value).containsExactly("XXXX-03-14");
    }

    @Test
    void aLanguageWithoutCalendarDataGetsNoReader() {
        assertThat(MonthNameDates.forLanguage("und")).isEmpty();
    }
}
