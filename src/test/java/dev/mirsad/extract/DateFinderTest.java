package dev.mirsad.extract;

import dev.mirsad.extract.facts.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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

    @Test
    void aDateStartsAtItsQualifierSeveralWordsBeforeTheMonth() {
        assertThat(EXTRACTOR.extract("قال إن العمل يبدأ في أواخر 5 من شهر أيار/مايو من العام الماضي حسب الخطة.", "ar",
                LocalDate.of(2015, 7, 21)).times()).singleElement().satisfies(t -> {
                    assertThat(t.surface()).isEqualTo("أواخر 5 من شهر أيار/مايو من العام الماضي");
                    assertThat(t.value()).isEqualTo("2014-05-05");
                    assertThat(t.mod()).isEqualTo("END");
                });
    }

    @Test
    void aYearKeepsAThreeWordQualifier() {
        assertThat(EXTRACTOR.extract("وجرى ذلك في النصف الثاني من العام 2014 م وسط توتر.", "ar", null).times())
                .extracting(TimeExpression::surface, TimeExpression::mod)
                .containsExactly(tuple("النصف الثاني من العام 2014 م", "END"));
    }

    @Test
    void monthNamesGluedToDaysYearsAndWaAreFound() {
        assertThat(EXTRACTOR.extract("ولد في 3 ايلول1990 وفي مايو2015 انتقل، وفي 12يونيو عاد.", "ar", LocalDate.of(2015, 7, 21))
                .times()).extracting(TimeExpression::value).containsExactly("1990-09-03", "2015-05", "2015-06-12");
    }

    @Test
    void relativeWordsBehindWaResolveAgainstTheArticleDate() {
        assertThat(EXTRACTOR.extract("وصل الوفد وأمس غادر، ويعود الشهر المقبل.", "ar", LocalDate.of(2015, 7, 21)).times())
                .extracting(TimeExpression::surface, TimeExpression::value).containsExactly(
                        tuple("وأمس", "2015-07-20"),
                        tuple("الشهر المقبل", "2015-08"));
    }
}
