package dev.mirsad.extract;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CliticsTest {

    /** Words with every proclitic shape, and stems that are and are not among their stems. */
    private static final List<String> WORDS = List.of("وإيران", "بالعراق", "للأمم", "وللأمم", "لداعش", "فبوتين",
            "كالعادة", "وبو", "لل", "ولل", "العراق", "بوتين", "وزير", "لبنان", "فلسطين", "بغداد", "ولد", "وب");
    private static final List<String> STEMS = List.of("إيران", "العراق", "الأمم", "داعش", "بوتين", "العادة",
            "بالعراق", "للأمم", "لأمم", "ل", "لبنان", "بنان", "زير", "وزير", "لسطين", "غداد", "لد", "ب", "وب");

    @Test
    void hasStemAgreesWithTheListOfStems() {
        for (String word : WORDS) {
            for (String stem : STEMS) {
                assertThat(Clitics.hasStem(word, stem)).as("%s in %s", stem, word)
                        .isEqualTo(Clitics.stems(word).contains(stem));
            }
            for (String stem : Clitics.stems(word)) {
                assertThat(Clitics.hasStem(word, stem)).as("%s in %s", stem, word).isTrue();
            }
        }
    }

    /** Each stem maps to itself, so the look-up tells which stem it found first. */
    @Test
    void firstStemInFindsTheFirstStemOfTheListThatTheMapHolds() {
        Map<String, String> byStem = new HashMap<>();
        STEMS.forEach(stem -> byStem.put(stem, stem));
        for (String word : WORDS) {
            String expected = Clitics.stems(word).stream().filter(byStem::containsKey).findFirst().orElse(null);
            assertThat(Clitics.firstStemIn(word, byStem)).as(word).isEqualTo(expected);
        }
        assertThat(Clitics.firstStemIn("بالعراق", byStem)).as("the word itself before its stems").isEqualTo("بالعراق");
        assertThat(Clitics.firstStemIn("وللأمم", Map.of("الأمم", "ال restored"))).isEqualTo("ال restored");
    }

    @Test
    void conjunctionStemInStripsOnlyAConjunction() {
        Set<String> names = Set.of("صالح", "قاسم");
        assertThat(Clitics.conjunctionStemIn("وقاسم", names)).isTrue();
        assertThat(Clitics.conjunctionStemIn("قاسم", names)).isTrue();
        assertThat(Clitics.conjunctionStemIn("لصالح", names)).isFalse();
        for (String word : WORDS) {
            assertThat(Clitics.conjunctionStemIn(word, Set.copyOf(STEMS)))
                    .isEqualTo(Clitics.conjunctionStems(word).stream().anyMatch(STEMS::contains));
        }
    }
}
