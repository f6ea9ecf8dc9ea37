package dev.mirsad.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ar  | عقد مستشار الأمن القومي العراقي اجتماعا مع سفراء روسيا وإيران وسوريا في بغداد. وقال إن المركز الذي تأسس عام 2015 يعمل على تبادل المعلومات بين الدول الأربع.
            fa  | وزیر امور خارجه ایران روز دوشنبه با سفیر روسیه در تهران دیدار کرد. او گفت که همکاری دو کشور برای مبارزه با تروریسم ادامه خواهد داشت و این نشست بسیار مهم است.
            ur  | عراق کے وزیر خارجہ نے بغداد میں روسی سفیر سے ملاقات کی۔ انہوں نے کہا کہ دونوں ممالک کے درمیان تعاون بہت اہم ہے اور یہ سلسلہ جاری رہے گا۔
            ckb | وەزیری دەرەوەی عێراق لەگەڵ باڵیۆزی ڕووسیا لە بەغدا کۆبووەوە. ئەو وتی کە هاوکاری نێوان هەردوو وڵات زۆر گرنگە بۆ ئاسایشی ناوچەکە.
            en  | The Iraqi national security adviser met the ambassadors of Russia, Iran and Syria in Baghdad on Monday. He said that the centre was set up in 2015 to share intelligence.
            ru  | Посол России в Багдаде встретился с советником по национальной безопасности Ирака. Он заявил, что центр был создан в 2015 году для обмена разведывательной информацией.
            tr  | Irak Ulusal Güvenlik Danışmanı, Bağdat'ta Rusya, İran ve Suriye büyükelçileriyle bir araya geldi. Danışman, merkezin 2015 yılında bilgi paylaşımı için kurulduğunu söyledi.
            fr  | Le conseiller irakien à la sécurité nationale a rencontré les ambassadeurs de Russie, d'Iran et de Syrie à Bagdad. Il a déclaré que le centre a été créé en 2015 pour échanger des renseignements.
            he  | היועץ לביטחון לאומי של עיראק נפגש עם שגרירי רוסיה, איראן וסוריה בבגדד. הוא אמר שהמרכז הוקם בשנת 2015 כדי לשתף מידע מודיעיני.
            """)
    void detectsEachLanguageOnAShortParagraph(String expected, String paragraph) {
        DetectedLanguage detected = detector.detect(paragraph);

        assertThat(detected.code()).isEqualTo(expected);
        assertThat(detected.confidence()).isBetween(LanguageDetector.MIN_CONFIDENCE, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345 !!!", "بغداد وموسكو", "Baghdad, Moscow"})
    void isUndeterminedWithoutEnoughLetters(String text) {
        assertThat(detector.detect(text)).isEqualTo(new DetectedLanguage("und", 0.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // half English, half Russian: no script dominates
            "The minister arrived in Baghdad today. Министр прибыл сегодня в Багдад.",
            // Latin script, but none of the profiled languages' words
            "Menteri luar negeri tiba di Bagdad hari ini untuk bertemu duta besar Rusia.",
            // Kurmanji Kurdish: French-looking accents (ê î û) but no function word of any profile
            "Wezîrê derve yê Iraqê bi balyozê Rûsyayê re li Bexdayê civiya û axivî.",
            // a script without a profile
            "Ο υπουργός Εξωτερικών έφτασε σήμερα στη Βαγδάτη για συνομιλίες."})
    void isUndeterminedWhenMixedOrUnknown(String text) {
        assertThat(detector.detect(text).code()).isEqualTo("und");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            es | El ministro de Asuntos Exteriores llegó a Bagdad para reunirse con los embajadores de Rusia y de Irán.
            uk | Посол Росії в Багдаді зустрівся з радником з питань національної безпеки Іраку і заявив, що центр працює.
            ru | Министр обороны России прибыл в Дамаск для переговоров.
            """)
    void doesNotMistakeNeighbouringLanguages(String expected, String paragraph) {
        assertThat(detector.detect(paragraph).code()).isEqualTo(expected);
    }

    @Test
    void arabicTextWithSomeLatinNamesStaysArabic() {
        // Latin letters lower the script share; the Arabic evidence must still carry it.
        DetectedLanguage detected = detector.detect(
                "قال المتحدث باسم شركة Lukoil الروسية إن الشركة التي تعمل في حقل غرب القرنة 2 ستواصل الإنتاج.");
        assertThat(detected.code()).isEqualTo("ar");
        assertThat(detected.confidence()).isGreaterThan(0.7);
    }
}
