package dev.mirsad.extract;

import dev.mirsad.extract.facts.Quotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who said what: subjects named in quote marks, anonymous sources, verbs without a subject. */
class QuotationFinderTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<Quotation> quotations(String text) {
        return EXTRACTOR.extract(text, "ar", null).quotations();
    }

    @Test
    void aNameInQuoteMarksAfterTheVerbIsTheSpeakerNotAQuotation() {
        List<Quotation> found = quotations("وقال \"كورتز كوبر\" نائب المتحدث باسم البعثة (السفيرة سامنثا باور) إن المجلس "
                + "\"سيعقد جلسة خاصة للتصويت على مشروع القرار\". وأضاف \"كورتز\" في تغريدة أن المسودة "
                + "\"دخلت مرحلة الصمت حتى صباح يوم الجمعة\".");

        assertThat(found).extracting(Quotation::text).containsExactly(
                "سيعقد جلسة خاصة للتصويت على مشروع القرار", "دخلت مرحلة الصمت حتى صباح يوم الجمعة");
        assertThat(found).extracting(Quotation::speakerName).allSatisfy(name -> assertThat(name).contains("كورتز"));
    }

    @Test
    void anIndefiniteSourceLeavesTheSpeakerAnonymous() {
        List<Quotation> found = quotations("قال وزير الخارجية سامح شكري إن \"مصر تدعم الحل السياسي في ليبيا\". "
                + "وقالت مصادر مطلعة لـ\"الشرق الأوسط\" إن \"الاجتماع المقبل سيعقد في القاهرة بعد أيام\".");

        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isNull();
        assertThat(found.get(1).speakerName()).isEqualTo("مصادر مطلعة");
    }

    @Test
    void aVerbWithoutASubjectContinuesTheLastNamedSpeaker() {
        List<Quotation> found = quotations("وقال وزير الخارجية سامح شكري في المؤتمر الصحافي إن \"مصر تدعم الحل السياسي في ليبيا\". "
                + "وقال دبلوماسي غربي إن المحادثات صعبة. "
                + "وقال الوزير شكري إن الحكومة تتابع الأمر عن كثب مع نظيره الليبي محمد الدايري. وأكد المسؤول المصري أن \"القاهرة لن تقبل بتقسيم ليبيا\".");

        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker()).isNotNull();
        assertThat(found.get(1).speaker().canonicalName()).contains("شكري");
    }
}
