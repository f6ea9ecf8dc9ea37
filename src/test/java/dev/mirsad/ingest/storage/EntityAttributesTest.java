package dev.mirsad.ingest.storage;

import dev.mirsad.extract.PlaceCoordinates.LatLon;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EntityAttributesTest {

    private static final EntityAttributes PUTIN = new EntityAttributes("بوتين", null, null, null);
    private static final EntityAttributes PUTIN_RU = new EntityAttributes("بوتين", "PRESIDENT", "RU", null);
    private static final EntityAttributes MAXIMOV = new EntityAttributes("ماكسيم ماكسيموف", null, "RU", null);
    private static final EntityAttributes MAXIMOV_SHORT = new EntityAttributes("مكسيم ماكسيموف", null, null, null);

    @Test
    void eachAttributeTakesTheSmallestValueOfferedAndAValueBeforeNone() {
        assertThat(PUTIN.merge(PUTIN_RU)).isEqualTo(PUTIN_RU);
        assertThat(PUTIN_RU.merge(PUTIN)).isEqualTo(PUTIN_RU);
        assertThat(MAXIMOV.merge(MAXIMOV_SHORT)).isEqualTo(new EntityAttributes("ماكسيم ماكسيموف", null, "RU", null));
        assertThat(PUTIN_RU.improvedBy(PUTIN)).isFalse();
        assertThat(PUTIN.improvedBy(PUTIN_RU)).isTrue();
    }

    @Test
    void namesAreOrderedByCodePointAsTheTablesBinaryCollationOrdersThem() {
        EntityAttributes beyondTheBmp = new EntityAttributes("\uD835\uDC00", null, null, null); // U+1D400
        EntityAttributes halfwidth = new EntityAttributes("\uFF71", null, null, null);

        assertThat(beyondTheBmp.merge(halfwidth)).isEqualTo(halfwidth);
        assertThat(halfwidth.merge(beyondTheBmp)).isEqualTo(halfwidth);
    }

    @Test
    void aPointIsTakenWhole() {
        EntityAttributes north = new EntityAttributes("x", null, null, new LatLon(36.0, 43.0));
        EntityAttributes south = new EntityAttributes("x", null, null, new LatLon(33.3, 44.4));

        assertThat(north.merge(south).point()).isEqualTo(new LatLon(33.3, 44.4));
        assertThat(south.merge(north).point()).isEqualTo(new LatLon(33.3, 44.4));
    }

    @Test
    void theOrderOfTheVersionsChangesNothing() {
        List<EntityAttributes> versions = new ArrayList<>(List.of(PUTIN, PUTIN_RU, MAXIMOV, MAXIMOV_SHORT,
                new EntityAttributes("بوتين", "LEADER", "RU", new LatLon(55.75, 37.62)),
                new EntityAttributes("بوتين", null, "BY", new LatLon(53.9, 27.56))));
        EntityAttributes first = fold(versions);
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(versions, random);
            assertThat(fold(versions)).isEqualTo(first);
        }
        assertThat(first).isEqualTo(new EntityAttributes("بوتين", "LEADER", "BY", new LatLon(53.9, 27.56)));
    }

    private static EntityAttributes fold(List<EntityAttributes> versions) {
        return versions.stream().reduce(EntityAttributes::merge).orElseThrow();
    }
}
