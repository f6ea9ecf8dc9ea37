package dev.mirsad.extract.languages;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordTokensTest {

    private static List<String> tokens(String text) {
        WordTokens tokens = WordTokens.of(text, 16, NameWords.NONE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(text.substring(tokens.start(i), tokens.end(i)));
        }
        return out;
    }

    @Test
    void keepsHyphensApostrophesAndInitialsInsideAWordButNotThePossessive() {
        assertThat(tokens("Russia's envoy met O'Brien in Нью-Йорк, then John F. Kennedy's U.S. aides."))
                .containsExactly("Russia", "'", "s", "envoy", "met", "O'Brien", "in", "Нью-Йорк", ",", "then", "John", "F.",
                        "Kennedy", "'", "s", "U.S.", "aides", ".");
    }

    @Test
    void aPersianWordKeepsItsZeroWidthNonJoiner() {
        assertThat(tokens("وی می\u200cگوید: «تهران»")).containsExactly("وی", "می\u200cگوید", ":", "«", "تهران", "»");
    }

    @Test
    void foldsCaseTheArabicKeyboardsLettersAndDigitsOfAnyScript() {
        WordTokens tokens = WordTokens.of("Москва كيهان ۱۴۰۱ .", 16, NameWords.NONE);

        assertThat(tokens.word(0)).isEqualTo("москва");
        assertThat(tokens.word(1)).isEqualTo("کیهان");
        assertThat(tokens.word(2)).isEqualTo("1401");
        assertThat(tokens.word(3)).as("a mark is no word").isNull();
        assertThat(tokens.isWord(3)).isFalse();
    }

    @Test
    void aSentencesFirstWordHasTheSameFeaturesAfterAFullStopAsAtTheStartOfAText() {
        // Corpora train on a sentence at a time; an article's sentences follow one another.
        WordTokens alone = WordTokens.of("Obama spoke .", 16, NameWords.NONE);
        WordTokens afterAnother = WordTokens.of("Talks ended . Obama spoke .", 16, NameWords.NONE);
        int[] first = new int[alone.maxFeatures()];
        int[] later = new int[afterAnother.maxFeatures()];

        int count = alone.features(0, first);

        assertThat(afterAnother.features(3, later)).isEqualTo(count);
        assertThat(Arrays.copyOf(later, count)).containsExactly(Arrays.copyOf(first, count));
    }
}
