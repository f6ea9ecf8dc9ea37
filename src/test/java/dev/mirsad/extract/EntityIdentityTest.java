package dev.mirsad.extract;

import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EntityIdentityTest {

    private static String person(String name) {
        return EntityIdentity.key(new EntityRef(EntityType.PERSON, name, null, null));
    }

    @Test
    void aPersonSpelledWithOrWithoutALongVowelAlefIsOneEntity() {
        assertThat(person("ماكسيم ماكسيموف")).isEqualTo(person("مكسيم ماكسيموف")).isEqualTo(person("مكسيم مكسيموف"));
        assertThat(person("دونالد ترامب")).isEqualTo(person("دونالد ترمب"));
        assertThat(person("مصطفى مراديان")).isEqualTo(person("مصطفي مراديان"));
    }

    @Test
    void abdIsJoinedToTheNameItCompounds() {
        assertThat(person("عبد الله الثاني")).isEqualTo(person("عبدالله الثاني"));
    }

    @Test
    void theFirstLetterAndTheOneAfterTheArticleAreKept() {
        assertThat(person("أحمد الأعرجي")).isEqualTo("احمد الاعرجي");
        assertThat(person("أحمد الأعرجي")).isNotEqualTo(person("حمد العرجي"));
    }

    @Test
    void namesThatDifferInOtherLettersStayApart() {
        assertThat(person("محمد عباس")).isNotEqualTo(person("محمود عباس"));
        assertThat(person("حسن علي")).isNotEqualTo(person("حسين علي"));
    }

    @Test
    void onlyPersonsAreMatchedLoosely() {
        EntityRef place = new EntityRef(EntityType.LOCATION, "الشام", "REGION", null);
        assertThat(EntityIdentity.key(place)).isEqualTo("الشام");
    }
}
