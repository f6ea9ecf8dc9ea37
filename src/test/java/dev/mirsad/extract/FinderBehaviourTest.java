package dev.mirsad.extract;

import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Event;
import dev.mirsad.extract.facts.PersonTitle;
import dev.mirsad.extract.facts.TimeExpression;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finer behaviours of the finders, each on a short invented sentence. */
class FinderBehaviourTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static ArticleFacts extract(String text) {
        return EXTRACTOR.extract(text, "ar", null);
    }

    private static List<String> entities(ArticleFacts facts, EntityType type) {
        return facts.mentions().stream().filter(m -> m.entity().type() == type)
                .map(m -> m.entity().canonicalName()).distinct().toList();
    }

    @Test
    void hijriDateBecomesGregorian() {
        TimeExpression date = extract("صدر القرار في 1 رمضان 1445 هـ بعد مشاورات.").times().get(0);

        assertThat(date.value()).isEqualTo("2024-03-11");
        assertThat(date.resolvedOn()).hasToString("2024-03-11");
    }

    @Test
    void transliteratedAndLevantineMonthWithYearAndQualifier() {
        ArticleFacts facts = extract("اتفقت الدول في أواخر أيلول عام 2015 ثم التقت في منتصف آذار ونيسان الماضيين.");

        assertThat(facts.times()).extracting(TimeExpression::value).containsExactly("2015-09", "XXXX-03", "XXXX-04");
        assertThat(facts.times()).extracting(TimeExpression::mod).containsExactly("END", "MID", null);
    }

    @Test
    void quotedNameInsideQuotationDoesNotCutIt() {
        ArticleFacts facts = extract("وقال مدير المرصد رامي عبدالرحمن إن \"الطائرات قصفت مواقع لتنظيم \"داعش\" في ريف حلب\".");

        assertThat(facts.quotations()).hasSize(1);
        assertThat(facts.quotations().get(0).text()).endsWith("في ريف حلب");
        assertThat(facts.quotations().get(0).speaker().canonicalName()).isEqualTo("رامي عبدالرحمن");
    }

    @Test
    void bracketedAbbreviationIsAnAliasOfTheOrganization() {
        ArticleFacts facts = extract("رفضت وزارة الدفاع الأمريكية (البنتاغون) التعليق. وقال البنتاغون لاحقا إنه يدرس الأمر.");

        assertThat(entities(facts, EntityType.ORGANIZATION)).containsExactly("وزارة الدفاع الأمريكية");
    }

    @Test
    void shorterFormOfAnOrganizationJoinsTheLongerOne() {
        ArticleFacts facts = extract("أعلنت وزارة الدفاع العراقية أمس أن وزارة الدفاع ستواصل العمليات.");

        assertThat(entities(facts, EntityType.ORGANIZATION)).containsExactly("وزارة الدفاع العراقية");
    }

    @Test
    void titleWithRankAndNameAfterComma() {
        ArticleFacts facts = extract("وأكد المتحدث باسم قيادة العمليات المشتركة، اللواء تحسين الخفاجي، أن العمل مستمر.");

        assertThat(facts.titles()).extracting(PersonTitle::title)
                .containsExactly("المتحدث باسم قيادة العمليات المشتركة", "اللواء");
        assertThat(entities(facts, EntityType.PERSON)).containsExactly("تحسين الخفاجي");
        assertThat(entities(facts, EntityType.ORGANIZATION)).contains("قيادة العمليات المشتركة");
    }

    @Test
    void roleAfterACommaDescribesTheNameBeforeItUnlessANameFollowsTheRole() {
        ArticleFacts facts = extract("وأظهرت الدراسة التي أعدها الدكتور عمر الحسن، رئيس مركز الخليج للدراسات الاستراتيجية، "
                + "أن التحديات كبيرة. وحضر اللقاء جمال الغيطاني، وزير الثقافة خالد العبيدي، ثم شكر الأمير محمد بن نايف، للرئيس السيسي، جهوده.");

        assertThat(facts.titles()).extracting(t -> t.person().canonicalName() + " / " + t.title()).containsExactly(
                "عمر الحسن / الدكتور", "عمر الحسن / رئيس مركز الخليج للدراسات الاستراتيجية",
                "خالد العبيدي / وزير الثقافة", "محمد بن نايف / الأمير", "السيسي / رئيس");
    }

    @Test
    void aRoleRightAfterANameIsItsUnlessANameFollowsTheRole() {
        ArticleFacts facts = extract("وقال سيرجي لافروف وزير الخارجية الروسي إن المحادثات مفيدة. "
                + "والتقى الرئيس محمد مرسي وزير الخارجية جون كيري في القاهرة.");

        assertThat(facts.titles()).extracting(t -> t.person().canonicalName() + " / " + t.title()).containsExactly(
                "سيرجي لافروف / وزير الخارجية الروسي", "محمد مرسي / الرئيس", "جون كيري / وزير الخارجية");
    }

    @Test
    void aKnownNameTheRulesWouldNotReadWholeTakesTheRoleBeforeIt() {
        // رجب is also a month.
        ArticleFacts facts = extract("وقال الرئيس التركي رجب طيب أردوغان إن الهجوم إرهابي.");

        assertThat(facts.titles()).extracting(t -> t.person().canonicalName() + " / " + t.title())
                .containsExactly("رجب طيب أردوغان / الرئيس التركي");
    }

    @Test
    void aRoleThatRanOnIntoANameOnlyTheTaggerKnowsStopsWhereTheNameStarts() {
        ArticleFacts facts = extract("وقال محافظ ديالى فرحان الكرخي إن الطرق مفتوحة.");

        assertThat(facts.titles()).extracting(t -> t.person().canonicalName() + " / " + t.title())
                .containsExactly("فرحان الكرخي / محافظ ديالى");
    }

    @Test
    void aPrepositionComesOffANameOnlyBeforeAKnownNameWord() {
        ArticleFacts facts = extract("ونقل الوفد رسالة لأحمد الجبوري، ثم تحدث عن بصدام حسين وعهده. وقال بشار الأسد إن الحرب مستمرة.");

        assertThat(entities(facts, EntityType.PERSON)).containsExactly("أحمد الجبوري", "صدام حسين", "بشار الأسد");
    }

    @Test
    void aTitleAfterLilIsTheSameTitleAsWithTheArticle() {
        ArticleFacts facts = extract("نقل الوفد رسالة للرئيس السيسي، ثم التقى الرئيس السيسي الوفد.");

        assertThat(facts.titles()).extracting(PersonTitle::title).containsExactly("الرئيس");
    }

    @Test
    void nameBeforeItsRoleAndLaterVariantSpelling() {
        ArticleFacts facts = extract("قال ماكسيم ماكسيموف السفير الروسي في بغداد إن التعاون مستمر. وأضاف مكسيم ماكسيموف أن اللقاء مثمر.");

        assertThat(entities(facts, EntityType.PERSON)).containsExactly("ماكسيم ماكسيموف");
        assertThat(facts.titles().get(0).title()).isEqualTo("السفير الروسي في بغداد");
        assertThat(facts.titles().get(0).affiliationCountry()).isEqualTo("RU");
    }

    @Test
    void patronymicNameAndItsGivenNameAreOnePerson() {
        ArticleFacts facts = extract("وقال الملك سلمان بن عبدالعزيز إن المملكة تدعم الحوار. وأكد الملك سلمان أن الدعم مستمر.");

        assertThat(entities(facts, EntityType.PERSON)).containsExactly("سلمان بن عبدالعزيز");
    }

    @Test
    void numberWordsScalesAndNounBefore() {
        ArticleFacts facts = extract("قتل نحو ألفين من المسلحين وتبلغ الصفقة 5.2 مليار يورو بعد يوم واحد.");

        assertThat(facts.amounts()).extracting(a -> a.value().toPlainString() + " " + a.unit())
                .containsExactly("2000 المسلحين", "5200000000 يورو", "1 يوم");
    }

    @Test
    void attackNeedsAPlace() {
        assertThat(extract("وقالت الحكومة العراقية إن داعش ما زال يشن هجمات.").events()).isEmpty();
        assertThat(extract("شنت الطائرات التركية غارات على مواقع داعش في الرقة.").events())
                .extracting(Event::type, e -> e.location().canonicalName()).containsExactly(org.assertj.core.groups.Tuple.tuple("ATTACK", "الرقة"));
    }
}
