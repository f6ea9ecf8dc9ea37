package dev.mirsad.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Attacks reported with a verb, with their CAMEO code and parties. */
class EventFinderTest {

    private static final FactExtractor EXTRACTOR = new FactExtractor();

    @Test
    void aBombingVerbReportsAnAttackWithItsPartiesAndPlace() {
        List<Event> events = EXTRACTOR.extract("قصفت طائرات حربية تركية أمس مواقع لتنظيم داعش في سوريا.", "ar", null).events();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ATTACK");
            assertThat(event.cameoCode()).isEqualTo("195");
            assertThat(event.location().countryCode()).isEqualTo("SY");
            assertThat(event.participants()).extracting(EntityRef::countryCode).contains("TR");
        });
    }
}
