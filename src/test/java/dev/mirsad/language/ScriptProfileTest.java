package dev.mirsad.language;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptProfileTest {

    private final ScriptProfile profile = new ScriptProfile(List.of("de", "tr"), List.of(), Map.of(),
            Map.of((int) 'ä', new double[]{1, 0}, (int) 'ş', new double[]{0, 1}), Map.of());

    @Test
    void listedLettersAddTheirEvidenceAndUpperCaseCountsLikeLowerCase() {
        double[] scores = new double[2];
        profile.scoreLetter('ä', 'ä', scores);
        profile.scoreLetter('Ş', 'ş', scores);
        profile.scoreLetter('Ä', 'ä', scores);
        assertThat(scores).containsExactly(2, 1);
    }

    @Test
    void lettersOutsideTheListedOnesAddNothing() {
        double[] scores = new double[2];
        for (int codePoint : new int[]{'a', 'ã', 'ő', 'ب', 0x1F600}) {
            profile.scoreLetter(codePoint, Character.toLowerCase(codePoint), scores);
        }
        assertThat(scores).containsExactly(0, 0);
    }
}
