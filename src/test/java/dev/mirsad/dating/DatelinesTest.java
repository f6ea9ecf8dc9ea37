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
        assertThat(Datelines.of(head + "\nثم جاء النص.", "ar")).map(dateline -> dateline.in(null).orElseThrow()).contains(date);
    }

    @Test
    void aDatelineWithoutAYearGivesTheDayAndTakesAYearFromElsewhere() {
        DatelineDate dateline = Datelines.of("BAGHDAD, Feb 24 (Reuters) - Iraq's prime minister said...", "en").orElseThrow();
        assertThat(dateline.day()).isEqualTo(MonthDay.of(2, 24));
        assertThat(dateline.in(null)).isEmpty();
        assertThat(dateline.in(2022)).contains(LocalDate.of(2022, 2, 24));
        assertThat(Datelines.of("МОСКВА, 24 фев — РИА Новости. Министр заявил", "ru").orElseThrow().day())
                .isEqualTo(MonthDay.of(2, 24));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|AMMAN, 14 March 2023 - The foreign ministers met.|2023-03-14",
            "en|Amman, March 14, 2023: The ministers met.|2023-03-14",
            "ru|МОСКВА, 5 октября 2022 года. Заместитель министра провёл консультации.|2022-10-05",
            "fa|تهران، 14 اسفند 1401 - وزیر امور خارجه دیدار کرد.|2023-03-05",
            "de|BERLIN, 3. März 2022 (dpa) - Die Gespräche begannen.|2022-03-03",
            "tr|ANKARA, 14 Mart 2023 - Bakanlar bir araya geldi.|2023-03-14"})
    void aDatelineInAnotherLanguageIsReadWithItsMonthNames(String language, String head, LocalDate date) {
        assertThat(Datelines.of("A headline\n" + head, language).flatMap(dateline -> dateline.in(null))).contains(date);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|The talks began on 14 March 2023 - in Vienna.",
            "en|In Vienna, talks began on 14 March 2023 - officials said.",
            "en|AMMAN, 14 March 2023 was the day the talks began.",
            "ru|Переговоры начались 5 октября 2022 года.",
            "fa|نشست روز 14 اسفند 1401 در تهران برگزار شد."})
    void aDateInASentenceIsNoDatelineInAnyLanguage(String language, String text) {
        assertThat(Datelines.of(text, language)).isEmpty();
    }

    @Test
    void theDatelineMayFollowTheHeadline() {
        assertThat(Datelines.of("وزير الخارجية يزور موسكو\n\nبغداد - 5 حزيران 2023: غادر الوزير...", "ar")
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
        assertThat(Datelines.of(text, "ar")).isEmpty();
    }
}
