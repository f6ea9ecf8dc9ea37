package dev.mirsad.extract;

import dev.mirsad.extract.PlaceCoordinates.LatLon;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PlaceCoordinatesTest {

    private static final PlaceCoordinates COORDINATES = new PlaceCoordinates();

    private static LatLon city(String name) {
        return COORDINATES.of(new EntityRef(EntityType.LOCATION, name, "CITY", null)).orElseThrow();
    }

    @Test
    void citiesThatNameATimeZoneHaveTheirCoordinatesWhateverTheSpellingOfAlef() {
        assertThat(city("بغداد").latitude()).isCloseTo(33.35, within(0.01));
        assertThat(city("بغداد").longitude()).isCloseTo(44.42, within(0.01));
        assertThat(city("دمشق").latitude()).isCloseTo(33.5, within(0.01));
        assertThat(city("طهران").longitude()).isCloseTo(51.43, within(0.01));
    }

    @Test
    void citiesOfNoTimeZoneHaveTheirGeoNamesCoordinates() {
        assertThat(city("الموصل").latitude()).isCloseTo(36.34, within(0.01));
        assertThat(city("دير الزور").longitude()).isCloseTo(40.14, within(0.01));
        assertThat(city("تكريت").latitude()).isCloseTo(34.62, within(0.01));
    }

    @Test
    void countriesAndUnknownCitiesHaveNone() {
        assertThat(COORDINATES.of(new EntityRef(EntityType.LOCATION, "العراق", "COUNTRY", "IQ"))).isEmpty();
        assertThat(COORDINATES.of(new EntityRef(EntityType.LOCATION, "قرية لا وجود لها", "CITY", null))).isEmpty();
        assertThat(COORDINATES.of(new EntityRef(EntityType.PERSON, "بغداد", null, null))).isEmpty();
    }

    @Test
    void readsBothPrecisionsOfIso6709AndTheSouthAndWest() {
        LatLon minutes = PlaceCoordinates.parse("-3352+15113");
        assertThat(minutes.latitude()).isCloseTo(-33.8667, within(0.0001));
        assertThat(minutes.longitude()).isCloseTo(151.2167, within(0.0001));
        LatLon seconds = PlaceCoordinates.parse("+404251-0740023");
        assertThat(seconds.latitude()).isCloseTo(40.7142, within(0.0001));
        assertThat(seconds.longitude()).isCloseTo(-74.0064, within(0.0001));
        assertThatThrownBy(() -> PlaceCoordinates.parse("33N44E")).isInstanceOf(IllegalArgumentException.class);
    }
}
