package dev.mirsad.extract;

import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.Perceptron;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The product's fast path labels every token exactly as the features the model was trained on do. */
class WordScoresTest {

    private static final Lexicon LEXICON = new Lexicon();
    private static final TaggerInputs INPUTS = new TaggerInputs(LEXICON);
    private static final Perceptron MODEL = NameTagger.shippedModel().perceptron();

    @ParameterizedTest
    @ValueSource(strings = {
            "قال وزير الخارجية العراقي فؤاد حسين إن الوفد وصل إلى بغداد قادما من طهران.",
            "وأعلنت شركة سابك، ومقرها الرياض، عن أرباحها. وقالت سابك إن الأرباح زادت 12%.",
            "بغداد",
            "«التقى» الرئيس",
            "، . ؛"})
    void sumsKeptPerWordGiveTheLabelsOfTheFullFeatures(String text) {
        WordScores fast = new WordScores(INPUTS, MODEL);
        NameLabel[] expected = GreedyTagger.tag(INPUTS.tokens(text, MODEL.featureBits()), MODEL);

        NameLabel[] first = fast.tag(new Article(text, LEXICON));
        NameLabel[] again = fast.tag(new Article(text, LEXICON));

        assertThat(first).containsExactly(expected);
        assertThat(again).as("with every word's sums already kept").containsExactly(expected);
    }

    @Test
    void theComparisonAboveSeesNames() {
        String text = "قال وزير الخارجية العراقي فؤاد حسين إن الوفد وصل إلى بغداد قادما من طهران.";
        NameLabel[] labels = new WordScores(INPUTS, MODEL).tag(new Article(text, LEXICON));

        assertThat(Arrays.stream(labels).filter(NameLabel::begins)).hasSizeGreaterThanOrEqualTo(2);
    }
}
