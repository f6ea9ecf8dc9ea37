package dev.mirsad.extract.names;

import dev.mirsad.extract.EntityIdentity;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageEntitiesTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static EntityRef place(String language, String text, String surface) {
        return EXTRACTOR.extract(text, language, null).mentions().stream().filter(m -> m.surface().equals(surface))
                .map(Mention::entity).findFirst().orElseThrow(() -> new AssertionError("no mention " + surface + " in " + text));
    }

    @Test
    void aCityInEnglishRussianPersianAndArabicIsOneEntity() {
        List<EntityRef> moscow = List.of(
                place("en", "Foreign Minister Sergei Lavrov met his Iraqi counterpart in Moscow on Monday.", "Moscow"),
                place("ru", "Министр иностранных дел России Сергей Лавров провёл переговоры в Москве.", "Москве"),
                place("fa", "وزیر امور خارجه ایران روز دوشنبه در مسکو با لاوروف دیدار کرد.", "مسکو"),
                place("ar", "وصل وزير الخارجية العراقي إلى موسكو أمس.", "موسكو"));

        assertThat(moscow).extracting(EntityIdentity::key).containsOnly("موسكو");
        assertThat(moscow.get(0)).isEqualTo(new EntityRef(moscow.get(0).type(), "موسكو", "CITY", "RU"));
    }

    @Test
    void aCountryIsNamedByItsCodeAsInArabic() {
        EntityRef russia = place("ru", "Министр иностранных дел России Сергей Лавров провёл переговоры в Москве.", "России");

        assertThat(russia).isEqualTo(place("ar", "وصل الوفد إلى روسيا أمس.", "روسيا"));
        assertThat(russia.countryCode()).isEqualTo("RU");
    }

    @Test
    void aPlaceCldrDoesNotLinkKeepsItsOwnName() {
        EntityRef invercargill = place("en", "Talks were held in Invercargill on Monday.", "Invercargill");

        assertThat(invercargill.canonicalName()).isEqualTo("Invercargill");
        assertThat(invercargill.countryCode()).isNull();
    }
}
