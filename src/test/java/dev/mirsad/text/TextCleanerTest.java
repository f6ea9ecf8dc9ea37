package dev.mirsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void foldsArabicPresentationFormsToBaseLetters() {
        // "لا" ligature and "العراق" typed in isolated/initial/final presentation forms
        String raw = "\uFEFB \uFE8D\uFEDF\uFECB\uFEAE\uFE8D\uFED6";
        assertThat(cleaner.clean(raw)).isEqualTo("لا العراق");
    }

    @Test
    void keepsArabicSpellingAsWritten() {
        String raw = "إلى مستشفى المدينة، أُعلن";
        assertThat(cleaner.clean(raw)).isEqualTo(raw);
    }

    @Test
    void convertsArabicIndicAndPersianDigitsAndSeparators() {
        assertThat(cleaner.clean("في ٢٤ شباط ٢٠١٥ و۱۴۰۲ نحو ١٢٬٥٠٠ بنسبة ٣٫٥٪"))
                .isEqualTo("في 24 شباط 2015 و1402 نحو 12,500 بنسبة 3.5%");
    }

    @Test
    void removesBidiMarksZeroWidthCharactersAndTatweelButKeepsZwnj() {
        String raw = "\uFEFF\u200Fبغداد\u200E \u202Bموسكو\u202C \u2067طهران\u2069\u061C د\u200Bمشق"
                + " الـــعراق soft\u00ADhyphen می\u200Cشود";
        assertThat(cleaner.clean(raw)).isEqualTo("بغداد موسكو طهران دمشق العراق softhyphen می\u200Cشود");
    }

    @Test
    void readsADecimalWrittenInDisplayOrderAroundARightToLeftMarkInItsLogicalOrder() {
        assertThat(cleaner.clean("ارتفع السعر 38.\u200F57 دولار بنسبة 5.\u200F0 في المائة، وبقي عند 12.5 في\u200F 2015"))
                .isEqualTo("ارتفع السعر 57.38 دولار بنسبة 0.5 في المائة، وبقي عند 12.5 في 2015");
    }

    @Test
    void removesControlCharactersButKeepsLineBreaks() {
        assertThat(cleaner.clean("سطر\u0001 أول\u001A\r\nسطر ثان\rسطر ثالث"))
                .isEqualTo("سطر أول\nسطر ثان\nسطر ثالث");
    }

    @Test
    void normalizesQuoteMarksButKeepsGuillemetsAndCurlyDoubleQuotes() {
        assertThat(cleaner.clean("قال «نعم» و“لا” و„ربما‟ و‘هنا’ في “بوينج 777″"))
                .isEqualTo("قال «نعم» و“لا” و“ربما“ و'هنا' في “بوينج 777”");
    }

    @Test
    void normalizesWhiteSpaceAndBlankLines() {
        String raw = "  العنوان\u00A0\u00A0الأول \t \n\n\n\n  الفقرة\u2003الأولى  \n \nالفقرة الثانية\n\n";
        assertThat(cleaner.clean(raw)).isEqualTo("العنوان الأول\n\nالفقرة الأولى\n\nالفقرة الثانية");
    }

    @Test
    void removesRelatedArticleLinesButKeepsBodyLines() {
        String raw = """
                وصل الوزير إلى بغداد أمس.
                مقالات قد تهمك/ي: زيارة سابقة للوزير إلى دمشق.. ما الجديد؟
                اقرأ أيضاً: الحكومة تعلن خطة جديدة
                Read more: Minister visits Baghdad
                وقال الوزير إن المحادثات اقرأ أيضا كانت مثمرة.
                Related to this, the minister said talks went well.
                مواضيع ذات صلة""";
        assertThat(cleaner.clean(raw)).isEqualTo("""
                وصل الوزير إلى بغداد أمس.
                وقال الوزير إن المحادثات اقرأ أيضا كانت مثمرة.
                Related to this, the minister said talks went well.""");
    }

    @Test
    void removesNewsletterAndShareFooters() {
        String raw = """
                انتهى الاجتماع مساء الأحد.

                هل أعجبك المقال وتريد المزيد منه يصل إلى بريدك كل أسبوع؟
                انضم إلى قرّائنا واشترك بنشرتنا البريدية.
                شارك هذا الخبر
                تابعونا على تويتر وفيسبوك
                Subscribe to our newsletter for daily updates
                Facebook | Twitter | WhatsApp
                تابعنا في الأسبوع الماضي سيرة الملك.""";
        assertThat(cleaner.clean(raw)).isEqualTo("انتهى الاجتماع مساء الأحد.\n\nتابعنا في الأسبوع الماضي سيرة الملك.");
    }

    @Test
    void removesByLinesButNotSentencesThatStartAlike() {
        String raw = """
                كتب: وكالات
                بقلم: سامي العلي
                By Reuters
                By Jane Doe, Reuters
                By then the talks had ended.
                كتب الرئيس رسالة إلى نظيره الروسي يدعوه فيها إلى زيارة بغداد.""";
        assertThat(cleaner.clean(raw)).isEqualTo(
                "By then the talks had ended.\nكتب الرئيس رسالة إلى نظيره الروسي يدعوه فيها إلى زيارة بغداد.");
    }

    @Test
    void keepsOnlyTheFirstOfARepeatedHeadline() {
        String raw = """
                "التحالف" يجتمع في بغداد

                كتب: وكالات

                "التحالف" يجتمع في بغداد

                "التحالف"  يجتمع في بغداد\u00A0

                عقد الاجتماع في وزارة الدفاع.""";
        assertThat(cleaner.clean(raw)).isEqualTo("\"التحالف\" يجتمع في بغداد\n\nعقد الاجتماع في وزارة الدفاع.");
    }

    @Test
    void cleansEmptyAndBlankInput() {
        assertThat(cleaner.clean("")).isEmpty();
        assertThat(cleaner.clean(" \n\u200F\n ")).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> cleaner.clean(null));
    }

    @Test
    void isIdempotent() {
        String raw = "العنوان\n\nكتب: وكالات\n\nفي ٢٤ شباط قال «نعم»\u200F\n\nالعنوان";
        String once = cleaner.clean(raw);
        assertThat(cleaner.clean(once)).isEqualTo(once);
    }
}
