package dev.mirsad.extract;

import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events reported with a verb: attacks with their CAMEO code, meetings told by a dual verb. */
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

    @Test
    void aDualVerbIsAMeetingOfItsTwoParties() {
        List<Event> events = EXTRACTOR.extract("فرنسا وبريطانيا تناقشان إمكانية إنزال عسكري.", "ar", null).events();

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("MEETING");
            assertThat(event.participants()).extracting(EntityRef::countryCode).containsExactlyInAnyOrder("FR", "GB");
        });
    }

    @Test
    void inSearchOfIsNoMeeting() {
        assertThat(EXTRACTOR.extract("جاب الصحافيون شوارع بغداد والقاهرة بحثًا عن شهود.", "ar", null).events()).isEmpty();
    }
}
