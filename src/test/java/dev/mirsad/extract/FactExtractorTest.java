package dev.mirsad.extract;

import dev.mirsad.extract.facts.Amount;
import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Event;
import dev.mirsad.extract.facts.Mention;
import dev.mirsad.extract.facts.PersonTitle;
import dev.mirsad.extract.facts.Quotation;
import dev.mirsad.extract.facts.TimeExpression;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FactExtractorTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static ArticleFacts extract(String text) {
        return EXTRACTOR.extract(text, "ar", null);
    }

    private static List<String> names(ArticleFacts facts, EntityType type) {
        return facts.mentions().stream().filter(m -> m.entity().type() == type)
                .map(m -> m.entity().canonicalName()).distinct().toList();
    }

    @Test
    void anotherLanguageGetsItsDatesAndTheNamesOfItsOwnTaggerAndNoArabicFact() {
        ArticleFacts facts = EXTRACTOR.extract(
                "Foreign ministers met in Amman on 14 March 2023. The 14 ministers will meet again in May 2024.",
                "en", LocalDate.of(2023, 3, 15));

        assertThat(facts.times()).extracting(TimeExpression::value).containsExactly("2023-03-14", "2024-05");
        assertThat(facts.amounts()).as("a day before a month is no amount").extracting(a -> a.surface()).containsExactly("14 ministers");
        assertThat(facts.mentions()).extracting(m -> m.entity().type() + " " + m.surface() + " " + m.start())
                .containsExactly("LOCATION Amman 25");
        assertThat(EXTRACTOR.extract("On 14 March 2023 the talks began.", "und", null).times()).isEmpty();
    }

    @Test
    void findsNamesBehindClitics() {
        ArticleFacts facts = extract("تحدث الوزير عن العلاقات بين روسيا وإيران والتعاون بالعراق ودعم للأمم المتحدة ضد لداعش.");

        assertThat(names(facts, EntityType.LOCATION)).contains("إيران", "العراق", "روسيا");
        assertThat(names(facts, EntityType.ORGANIZATION)).contains("الأمم المتحدة", "داعش");
        Mention iran = facts.mentions().stream().filter(m -> m.entity().canonicalName().equals("إيران")).findFirst().orElseThrow();
        assertThat(iran.surface()).contains("إيران");
    }

    @Test
    void givesCountriesTheirIsoCodes() {
        ArticleFacts facts = extract("اتفقت العراق وروسيا وإيران وسورية على التنسيق.");

        assertThat(facts.mentions()).extracting(m -> m.entity().countryCode())
                .contains("IQ", "RU", "IR", "SY");
        assertThat(facts.mentions()).allMatch(m -> "COUNTRY".equals(m.entity().subtype()));
    }

    @Test
    void readsPersonWithTitleAndCountryAndResolvesFamilyName() {
        String text = "عقد مستشار الأمن القومي العراقي، قاسم الأعرجي، لقاء مع الوفد. وقال الأعرجي إن العمل مستمر.";
        ArticleFacts facts = extract(text);

        List<Mention> persons = facts.mentions().stream().filter(m -> m.entity().type() == EntityType.PERSON).toList();
        assertThat(persons).hasSize(2);
        assertThat(persons).extracting(m -> m.entity()).containsOnly(persons.get(0).entity());
        assertThat(persons.get(0).entity().canonicalName()).isEqualTo("قاسم الأعرجي");
        assertThat(persons.get(0).entity().countryCode()).isEqualTo("IQ");
        assertThat(persons.get(1).surface()).isEqualTo("الأعرجي");
        assertThat(facts.titles()).extracting(PersonTitle::title).containsExactly("مستشار الأمن القومي العراقي");
        assertThat(facts.titles().get(0).affiliationCountry()).isEqualTo("IQ");
        assertThat(text.substring(persons.get(1).start(), persons.get(1).end())).isEqualTo("الأعرجي");
    }

    @Test
    void demonymIsNotALocation() {
        ArticleFacts facts = extract("قال وزير الدفاع الروسي سيرغي شويغو إن التعاون مستمر.");

        assertThat(names(facts, EntityType.LOCATION)).isEmpty();
        assertThat(names(facts, EntityType.PERSON)).containsExactly("سيرغي شويغو");
        assertThat(facts.mentions().get(0).entity().countryCode()).isEqualTo("RU");
    }

    @Test
    void dayAndMonthWithoutYearOrPublicationDate() {
        ArticleFacts facts = extract("عقد الاجتماع في 24 شباط/فبراير الجاري.");

        assertThat(facts.times()).extracting(TimeExpression::value).containsExactly("XXXX-02-24");
    }

    @Test
    void qualifiedYear() {
        TimeExpression date = extract("تأسس المركز في أواخر العام 2015 بالاتفاق.").times().get(0);

        assertThat(date.value()).isEqualTo("2015");
        assertThat(date.mod()).isEqualTo("END");
        assertThat(date.surface()).isEqualTo("أواخر العام 2015");
    }

    @Test
    void relativeDateResolvesOnlyAgainstPublicationDate() {
        String text = "وصل الوفد أمس إلى العاصمة.";

        assertThat(extract(text).times()).isEmpty();
        assertThat(EXTRACTOR.extract(text, "ar", java.time.LocalDate.of(2024, 3, 5)).times())
                .extracting(TimeExpression::value).containsExactly("2024-03-04");
    }

    @Test
    void percentageAndCountedNoun() {
        ArticleFacts facts = extract("تمتلك الشركة 75 بالمئة من المشروع لمدة ثلاثة أشهر منذ عام 2015.");

        assertThat(facts.amounts()).extracting(Amount::unit).containsExactly("percent", "أشهر");
        assertThat(facts.amounts().get(0).value()).isEqualByComparingTo(BigDecimal.valueOf(75));
        assertThat(facts.amounts().get(1).value()).isEqualByComparingTo(BigDecimal.valueOf(3));
    }

    @Test
    void quotationWithSpeakerAndContinuation() {
        String text = "قال وزير الدفاع العراقي عرفان الحيالي إن \"النصر على الإرهاب هو نصر للعالم كله\".\n"
                + "وأضاف أن «العمل مستمر مع الحلفاء في كل المجالات».";
        ArticleFacts facts = extract(text);

        assertThat(facts.quotations()).hasSize(2);
        Quotation first = facts.quotations().get(0);
        assertThat(first.speaker().canonicalName()).isEqualTo("عرفان الحيالي");
        assertThat(first.cue()).isEqualTo("قال");
        assertThat(first.text()).isEqualTo("النصر على الإرهاب هو نصر للعالم كله");
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(facts.quotations().get(1).speaker()).isEqualTo(first.speaker());
    }

    @Test
    void quotedCompanyNameIsNotAQuotation() {
        ArticleFacts facts = extract("تعمل شركة “لوك أويل” في حقول النفط.");

        assertThat(facts.quotations()).isEmpty();
        assertThat(names(facts, EntityType.ORGANIZATION)).containsExactly("لوك أويل");
    }

    @Test
    void meetingInBaghdadWithParticipants() {
        ArticleFacts facts = extract("عقد مستشار الأمن القومي العراقي قاسم الأعرجي اجتماعا مع سفراء روسيا وإيران في بغداد.");

        Event meeting = facts.events().stream().filter(e -> e.type().equals("MEETING")).findFirst().orElseThrow();
        assertThat(meeting.location().canonicalName()).isEqualTo("بغداد");
        assertThat(meeting.participants()).extracting(EntityRef::countryCode).contains("IQ", "RU", "IR");
        assertThat(meeting.participants()).extracting(EntityRef::canonicalName).contains("قاسم الأعرجي");
        assertThat(meeting.cameoCode()).isEqualTo("040");
    }

    @Test
    void citedMediaOutlet() {
        ArticleFacts facts = extract("وذلك وفقا لما ذكرته وكالة \"رووداو\" الكردية.");

        assertThat(facts.citedMedia()).extracting(c -> c.outlet().canonicalName()).containsExactly("رووداو");
    }
}
