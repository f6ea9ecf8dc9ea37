package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written name lists stay free of entries that matching, which is on folded text, cannot tell apart. */
class LexiconListsTest {

    @ParameterizedTest
    @ValueSource(strings = {"given_names.txt", "given_names_also_words.txt", "public_figures.txt"})
    void noEntryRepeatsAnotherOnceFolded(String file) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = Resources.lines(file).stream().filter(line -> !seen.add(ArabicFold.fold(line))).toList();

        assertThat(repeated).isEmpty();
    }

    @Test
    void everyGivenNameThatIsAlsoAWordIsAGivenName() {
        Set<String> givenNames = new HashSet<>(Resources.lines("given_names.txt").stream().map(ArabicFold::fold).toList());

        assertThat(Resources.lines("given_names_also_words.txt")).allSatisfy(
                name -> assertThat(givenNames).contains(ArabicFold.fold(name)));
    }
}
