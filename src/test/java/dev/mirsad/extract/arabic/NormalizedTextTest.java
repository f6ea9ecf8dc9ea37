package dev.mirsad.extract.arabic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizedTextTest {

    @Test
    void foldsLettersDropsDiacriticsAndExpandsCompatibilityForms() {
        // أ folds to ا, the fatha goes, the lam-alef ligature ﻻ expands to two letters, ٣ becomes 3.
        NormalizedText text = new NormalizedText("أَﻻ ٣");
        assertThat(text.folded()).isEqualTo("الا 3");
    }

    @Test
    void everyFoldedPositionMapsBackToTheCharacterItCameFrom() {
        NormalizedText text = new NormalizedText("أَﻻ ٣");
        assertThat(text.originalStart(1)).isEqualTo(2);
        assertThat(text.originalStart(2)).isEqualTo(2);
        assertThat(text.originalEnd(3)).isEqualTo(3);
        assertThat(text.originalSpan(1, 5)).isEqualTo("ﻻ ٣");
    }
}
