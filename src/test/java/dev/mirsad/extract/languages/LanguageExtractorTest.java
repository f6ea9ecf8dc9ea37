package dev.mirsad.extract.languages;

import dev.mirsad.extract.EntityIdentity;
import dev.mirsad.extract.FactExtractor;
import dev.mirsad.extract.PlaceCoordinates;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.Event;
import dev.mirsad.extract.facts.Mention;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageExtractorTest {

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
    void aCityCldrDoesNotNameIsLinkedByItsGeoNamesIdWithItsPoint() {
        EntityRef mosul = place("ru", "Переговоры прошли в Мосуле в понедельник.", "Мосуле");
        EntityRef invercargill = place("en", "Talks were held in Invercargill on Monday.", "Invercargill");

        assertThat(mosul).isEqualTo(place("ar", "وصل الوفد إلى الموصل أمس.", "الموصل"));
        assertThat(invercargill).isEqualTo(new EntityRef(invercargill.type(), "إنفركارجل", "CITY", "NZ"));
        assertThat(new PlaceCoordinates().of(invercargill)).hasValueSatisfying(point -> assertThat(point.latitude()).isNegative());
    }

    @Test
    void aPlaceNoDataLinksKeepsItsOwnName() {
        EntityRef kharbinsk = place("en", "Fighting was reported in Kharbinsk on Tuesday.", "Kharbinsk");

        assertThat(kharbinsk).isEqualTo(new EntityRef(kharbinsk.type(), "Kharbinsk", null, null));
    }

    @Test
    void titlesBeforeANameWithTheCountryTheyNameOrExtend() {
        List<String> russian = EXTRACTOR.extract("Министр обороны России Сергей Шойгу встретился в Дамаске с президентом Сирии "
                + "Башаром Асадом 5 октября 2022 года.", "ru", null).titles().stream()
                .map(t -> t.person().canonicalName() + " | " + t.title() + " | " + t.affiliationCountry()).toList();
        List<String> english = EXTRACTOR.extract("Talks in Moscow were hosted by Russian Foreign Minister Sergei Lavrov.", "en", null)
                .titles().stream().map(t -> t.person().canonicalName() + " | " + t.title() + " | " + t.affiliationCountry()).toList();

        assertThat(russian).containsExactly("Сергей Шойгу | Министр обороны России | RU", "Башаром Асадом | президентом Сирии | SY");
        assertThat(english).containsExactly("Sergei Lavrov | Russian Foreign Minister | RU");
    }

    @Test
    void anEventTakesItsSentencesCountriesPersonsCityAndDate() {
        List<Event> events = EXTRACTOR.extract("Министр обороны России Сергей Шойгу встретился в Дамаске с президентом Сирии "
                + "Башаром Асадом 5 октября 2022 года.", "ru", null).events();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("MEETING");
            assertThat(event.cameoCode()).isEqualTo("040");
            assertThat(event.eventOn()).isEqualTo(LocalDate.of(2022, 10, 5));
            assertThat(event.location().canonicalName()).isEqualTo("دمشق");
            assertThat(event.participants()).extracting(EntityRef::canonicalName)
                    .containsExactly("روسيا", "سوريا", "Сергей Шойгу", "Башаром Асадом");
        });
    }

    @Test
    void anAttackWithoutAPlaceIsNone() {
        assertThat(EXTRACTOR.extract("Sergei Lavrov said militants attacked a checkpoint on Monday.", "en", null).events()).isEmpty();
    }
}
