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
            ps  | د عراق د بهرنیو چارو وزیر په بغداد کې د روسیې له سفیر سره ولیدل. هغه وویل چې د دواړو هېوادونو ترمنځ همکاري ډېره مهمه ده.
            ku  | Wezîrê derve yê Iraqê bi balyozê Rûsyayê re li Bexdayê civiya û got ku hevkarî dê berdewam bike.
            az  | İraqın xarici işlər naziri Bağdadda Rusiya səfiri ilə görüşüb. O bildirib ki, iki ölkə arasında əməkdaşlıq çox vacibdir.
            it  | Il ministro degli Esteri iracheno ha incontrato a Baghdad l'ambasciatore russo. Ha detto che la cooperazione tra i due paesi è molto importante.
            de  | Der irakische Außenminister hat sich in Bagdad mit dem russischen Botschafter getroffen und sagte, die Zusammenarbeit sei wichtig.
            kk  | Ирак сыртқы істер министрі Бағдатта Ресей елшісімен кездесті. Ол екі ел арасындағы ынтымақтастық өте маңызды екенін айтты.
            hy  | Իրաքի արտաքին գործերի նախարարը Բաղդադում հանդիպել է Ռուսաստանի դեսպանին։
            ka  | ერაყის საგარეო საქმეთა მინისტრი ბაღდადში რუსეთის ელჩს შეხვდა.
            """)
    void detectsEachLanguageOnAShortParagraph(String expected, String paragraph) {
        DetectedLanguage detected = detector.detect(paragraph);

        assertThat(detected.code()).isEqualTo(expected);
        assertThat(detected.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345 !!!", "UN", "نعم"})
    void isUndeterminedWithoutEnoughLetters(String text) {
        assertThat(detector.detect(text)).isEqualTo(new DetectedLanguage("und", 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ar | قال الوزير إن المحادثات مستمرة.
            ru | Переговоры продолжаются.
            uk | Переговори тривають.
            """)
    void detectsOneShortSentence(String expected, String sentence) {
        assertThat(detector.detect(sentence).code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // half English, half Russian: no script dominates
            "The minister arrived in Baghdad today. Министр прибыл сегодня в Багдад.",
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
            fa | سخنگوی وزارت امور خارجه گفت مذاکرات ادامه دارد.
            ur | وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے۔
            """)
    void doesNotMistakeNeighbouringLanguages(String expected, String paragraph) {
        assertThat(detector.detect(paragraph).code()).isEqualTo(expected);
    }

    @Test
    void arabicTextWithSomeLatinNamesStaysArabic() {
        // Latin letters lower the script share; the Arabic text must still carry it.
        DetectedLanguage detected = detector.detect(
                "قال المتحدث باسم شركة Lukoil الروسية إن الشركة التي تعمل في حقل غرب القرنة 2 ستواصل الإنتاج.");
        assertThat(detected.code()).isEqualTo("ar");
        assertThat(detected.confidence()).isGreaterThan(0.6);
    }
}
