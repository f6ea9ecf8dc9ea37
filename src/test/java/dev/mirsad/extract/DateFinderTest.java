package dev.mirsad.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Month names written in pairs are one date. */
class DateFinderTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    @Test
    void monthNamesSideBySideAreOneMonth() {
        assertThat(EXTRACTOR.extract("توصلت الدول إلى الاتفاق يوم 14 يوليو تموز الجاري، بعد جولة بدأت في مارس آذار.",
                "ar", null).times()).extracting(TimeExpression::value).containsExactly("XXXX-07-14", "XXXX-03");
    }

    @Test
    void aPairedMonthResolvesAgainstTheArticleDate() {
        assertThat(EXTRACTOR.extract("وقع الاتفاق في 14 يوليو تموز الجاري.", "ar", LocalDate.of(2015, 7, 21)).times())
                .extracting(TimeExpression::value).containsExactly("2015-07-14");
    }

    @Test
    void anImpossibleDayIsNoDateAndDoesNotFailTheArticle() {
        assertThat(EXTRACTOR.extract("وصل الوفد في 34 شباط 2015 وغادر في 29 شباط.", "ar", null).times())
                .extracting(TimeExpression::value).containsExactly("2015", "XXXX-02-29");
    }
}
