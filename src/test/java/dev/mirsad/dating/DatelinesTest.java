package dev.mirsad.dating;

import dev.mirsad.dating.Datelines.DatelineDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "بغداد - 24 شباط 2022 (رويترز) قال مسؤولون إن الوفد وصل.|2022-02-24",
            "بغداد – الخميس 24 شباط (فبراير) 2022: أعلنت الحكومة|2022-02-24",
            "دمشق ـ ٣ آذار/مارس ٢٠٢١ - أكدت الوزارة|2021-03-03",
            "الرياض، 12 كانون الثاني 2016 — أعلنت الوزارة|2016-01-12",
            "WASHINGTON, March 3, 2022 (AP) — The talks resumed.|2022-03-03",
            "MOSCOW, Sept. 9, 2019 /TASS/. The ministry said|2019-09-09",
            "МОСКВА, 24 февраля 2022 г. — РИА Новости. Министр заявил|2022-02-24"})
    void aDatelineWithAYearDatesTheArticle(String head, LocalDate date) {
        assertThat(Datelines.of(head + "\nثم جاء النص.")).map(dateline -> dateline.in(null).orElseThrow()).contains(date);
    }

    @Test
    void aDatelineWithoutAYearGivesTheDayAndTakesAYearFromElsewhere() {
        DatelineDate dateline = Datelines.of("BAGHDAD, Feb 24 (Reuters) - Iraq's prime minister said...").orElseThrow();
        assertThat(dateline.day()).isEqualTo(MonthDay.of(2, 24));
        assertThat(dateline.in(null)).isEmpty();
        assertThat(dateline.in(2022)).contains(LocalDate.of(2022, 2, 24));
        assertThat(Datelines.of("МОСКВА, 24 фев — РИА Новости. Министр заявил").orElseThrow().day())
                .isEqualTo(MonthDay.of(2, 24));
    }

    @Test
    void theDatelineMayFollowTheHeadline() {
        assertThat(Datelines.of("وزير الخارجية يزور موسكو\n\nبغداد - 5 حزيران 2023: غادر الوزير...")
                .flatMap(dateline -> dateline.in(null))).contains(LocalDate.of(2023, 6, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "الرياض - واس: أعلنت الوزارة اليوم",
            "في 24 شباط 2022 اندلعت الحرب في أوكرانيا",
            "بغداد - 30 شباط 2022 أعلنت الحكومة",
            "BAGHDAD (Reuters) - Iraq's prime minister said on Feb 24, 2022",
            "The talks began on March 3, 2022 in Vienna.",
            "عنوان أول\nعنوان ثان\nفقرة ثالثة\nبغداد - 24 شباط 2022: متأخر جداً"})
    void noDatelineDatesNothing(String text) {
        assertThat(Datelines.of(text)).isEmpty();
    }
}
