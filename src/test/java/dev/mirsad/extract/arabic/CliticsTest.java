package dev.mirsad.extract.arabic;

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
    void firstStemFindsTheFirstStemOfTheListThatHasAValue() {
        Map<String, String> byStem = new HashMap<>();
        STEMS.forEach(stem -> byStem.put(stem, stem));
        for (String word : WORDS) {
            String expected = Clitics.stems(word).stream().filter(byStem::containsKey).findFirst().orElse(null);
            assertThat(Clitics.firstStem(word, byStem::get)).as(word).isEqualTo(expected);
        }
        assertThat(Clitics.firstStem("بالعراق", byStem::get)).as("the word itself before its stems").isEqualTo("بالعراق");
        assertThat(Clitics.firstStem("وللأمم", Map.of("الأمم", "ال restored")::get)).isEqualTo("ال restored");
    }

    @Test
    void stemsStripAConjunctionThenAPrepositionAndRestoreAlBehindLamLam() {
        assertThat(Clitics.stems("وللأمم")).containsExactly("وللأمم", "للأمم", "الأمم", "لأمم");
        assertThat(Clitics.stems("بالعراق")).containsExactly("بالعراق", "العراق");
        assertThat(Clitics.stems("وزير")).containsExactly("وزير", "زير");
        assertThat(Clitics.stems("وب")).containsExactly("وب");
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
