package dev.mirsad.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counted quantities written with a proclitic, and a part counted out of a whole. */
class AmountFinderTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<String> amounts(String text) {
        return EXTRACTOR.extract(text, "ar", null).amounts().stream()
                .map(a -> a.value().toPlainString() + " " + a.unit()).toList();
    }

    @Test
    void aNumberWithAProcliticStillCounts() {
        assertThat(amounts("رصدت الدراسة 16 موقفا و14 تصريحا، إضافة إلى 8 تصريحات لوزير الخارجية، لستة مجالات رئيسة."))
                .containsExactly("16 موقفا", "14 تصريحا", "8 تصريحات", "6 مجالات");
    }

    @Test
    void aPartOfAWholeTakesTheNounAfterTheWhole() {
        assertThat(amounts("وقال البيان إن ستا من ثماني غارات جرت في سورية."))
                .containsExactly("6 غارات", "8 غارات");
    }

    @Test
    void aYearOrAWordThatOnlyLooksLikeANumberIsNotAnAmount() {
        assertThat(amounts("لست متأكدا من ذلك، وقال إن الاتفاق الموقع في 2013 وانتهى و2015 شهد تغيرات لواحدة من الدول."))
                .isEmpty();
    }

    @Test
    void aDefiniteNumberIsTheArticleBeforeDigitsOnly() {
        assertThat(AmountFinder.isDefiniteNumber("ال3")).isTrue();
        assertThat(AmountFinder.isDefiniteNumber("ال15")).isTrue();
        assertThat(AmountFinder.isDefiniteNumber("ال")).isFalse();
        assertThat(AmountFinder.isDefiniteNumber("الثلاث")).isFalse();
        assertThat(AmountFinder.isDefiniteNumber("ال3ب")).isFalse();
        assertThat(AmountFinder.isDefiniteNumber("و15")).isFalse();
    }

    @Test
    void compoundNumberWordsAddUp() {
        assertThat(amounts("وأنجزت الوزارة خمسة عشر مشروعا ونقلت مئتين وثلاثة وأربعين مسافرا."))
                .containsExactly("15 مشروعا", "243 مسافرا");
        assertThat(amounts("وسلمت الشركة اثني عشر قطارا.")).containsExactly("12 قطارا");
    }

    @Test
    void aScaleWithItsAccusativeEndingAndTheRestBelowIt() {
        assertThat(amounts("وتلقى المركز 53 ألفاً و894 بلاغاً، وخصصت الحكومة ملياري يورو للمشروع."))
                .containsExactly("53894 بلاغا", "2000000000 يورو");
    }

    @Test
    void mondayIsNoPairButTwoFollowsADualOrPlural() {
        assertThat(amounts("وصل الوفد إلى أنقرة يوم الاثنين.")).isEmpty();
        assertThat(amounts("واعتقلت الشرطة مسلحين اثنين في المدينة.")).containsExactly("2 مسلحين");
    }
}
