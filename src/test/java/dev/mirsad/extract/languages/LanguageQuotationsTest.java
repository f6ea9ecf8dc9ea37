package dev.mirsad.extract.languages;

import dev.mirsad.extract.FactExtractor;
import dev.mirsad.extract.facts.Quotation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotations and their speakers in English and Russian, on sentences written for the project. */
class LanguageQuotationsTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<String> quotations(String text, String language) {
        return EXTRACTOR.extract(text, language, null).quotations().stream()
                .map(q -> (q.speaker() == null ? null : q.speaker().canonicalName()) + " | " + q.cue() + " | " + q.text())
                .toList();
    }

    @Test
    void aSpeakerNamedAfterTheQuotationOrBeforeAColonIsThePersonNamedInFullEarlier() {
        String english = "Sergei Lavrov met his Iraqi counterpart in Moscow on Monday. "
                + "\"We will work together against terrorism,\" Lavrov told reporters.\n"
                + "Lavrov said: \"The talks were useful and we agreed on a plan.\"";

        assertThat(quotations(english, "en")).containsExactly(
                "Sergei Lavrov | told | We will work together against terrorism",
                "Sergei Lavrov | said | The talks were useful and we agreed on a plan.");
    }

    @Test
    void aRussianQuotationAfterADashAndAnInflectedSurname() {
        String russian = "Министр иностранных дел России Сергей Лавров провёл переговоры в Москве. "
                + "«Мы будем вместе бороться с терроризмом», — заявил Лавров журналистам.";

        assertThat(quotations(russian, "ru")).containsExactly("Сергей Лавров | заявил | Мы будем вместе бороться с терроризмом");
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamedInTheParagraph() {
        assertThat(quotations("John Smith arrived in Baghdad. \"This is a good day for both countries,\" he said.", "en"))
                .containsExactly("John Smith | said | This is a good day for both countries");
    }

    @Test
    void aQuotedNameOrAQuotationWithoutAReportingVerbIsNone() {
        assertThat(quotations("John Smith called the plan \"Operation Dawn\" on Monday, he said.", "en")).isEmpty();
        assertThat(quotations("The banner read \"we want peace now\" in large letters.", "en")).isEmpty();
    }

    @Test
    void aLanguageWithoutReportingVerbsHasNoQuotations() {
        List<Quotation> persian = EXTRACTOR.extract("ظریف گفت: «ما با همسایگان خود همکاری خواهیم کرد».", "fa", null).quotations();

        assertThat(persian).isEmpty();
    }
}
