package dev.mirsad.extract;

import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped tagger model beside the rules: what it adds, and what it may not add. */
class NameTaggerTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    private static List<EntityRef> entities(String text, EntityType type) {
        return EXTRACTOR.extract(text, "ar", null).mentions().stream().map(Mention::entity)
                .filter(e -> e.type() == type).distinct().toList();
    }

    @Test
    void theShippedModelWasTrainedWithTheLexiconsShippedBesideIt() {
        assertThat(NameTagger.shippedModel().lexiconDigest()).as("a lexicon changed since the model was trained: "
                        + "retrain it as docs/models.md says").isEqualTo(TaggerInputs.lexiconDigest());
    }

    @Test
    void aPlaceNoListNamesIsFoundAndGeoNamesGivesItsCountryAndPoint() {
        List<EntityRef> places = entities("وصل وفد شركة أرامكو إلى مدينة الظهران صباح اليوم.", EntityType.LOCATION);

        assertThat(places).extracting(EntityRef::canonicalName).containsExactly("مدينة الظهران");
        assertThat(places.get(0).countryCode()).isEqualTo("SA");
        assertThat(new PlaceCoordinates().of(places.get(0))).get()
                .satisfies(p -> assertThat(p.latitude()).isBetween(26.0, 26.5));
    }

    @Test
    void aCompanyNamedOnceWithoutAListEntryIsAnOrganization() {
        assertThat(entities("وأعلنت شركة سابك عن أرباحها في الربع الثاني.", EntityType.ORGANIZATION))
                .extracting(EntityRef::canonicalName).containsExactly("سابك");
    }

    @Test
    void anOrdinaryNounAloneIsNoPlaceEvenWhereTheModelWouldTakeIt() {
        assertThat(entities("وتجول الزوار في السوق القديم ثم عادوا إلى المحافظة مساء.", EntityType.LOCATION)).isEmpty();
    }

    @Test
    void textInAnotherLanguageGoesThroughNoArabicLexicon() {
        // دوشنبه is Monday in Persian, and also the Arabic name of the city Dushanbe.
        ArticleFacts facts = EXTRACTOR.extract("روز دوشنبه وزیر امور خارجه ایران در تهران با سفیر روسیه دیدار کرد.", "fa", null);

        assertThat(facts.mentions()).as("the Persian tagger's places, and no Dushanbe").extracting(m -> m.surface())
                .containsExactly("ایران", "تهران", "روسیه");
        assertThat(facts.events()).isEmpty();
    }
}
