package dev.mirsad.extract.tagger;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerceptronTest {

    private static final int BITS = 8;
    /** The one feature row that the models below give weights. */
    private static final int ROW = 5;

    /** A model whose one row scores I_PERSON highest and B_PERSON next. */
    private static Perceptron continuingPersonModel() {
        float[] weights = new float[(1 << BITS) * NameLabel.count()];
        weights[ROW * NameLabel.count() + NameLabel.I_PERSON.ordinal()] = 10;
        weights[ROW * NameLabel.count() + NameLabel.B_PERSON.ordinal()] = 5;
        return Perceptron.of(BITS, NameLabel.count(), weights);
    }

    /** Each label's score of one feature row. */
    private static float[] scoresOf(Perceptron model, int row) {
        int[] sums = new int[model.labels()];
        model.add(new int[]{row}, 1, sums, 0);
        float[] scores = new float[model.labels()];
        model.scores(sums, 0, scores);
        return scores;
    }

    /** A text of n tokens whose every token has the same single feature row; token mark is punctuation. */
    private record SameFeature(int size, int row, int mark) implements TokenFeatures {
        @Override
        public int features(int i, int[] rows) {
            rows[0] = row;
            return 1;
        }

        @Override
        public boolean isWord(int i) {
            return i != mark;
        }

        @Override
        public long wordHash(int i) {
            return 7;
        }

        @Override
        public int maxFeatures() {
            return 1;
        }
    }

    @Test
    void steppedWeightsScoreWithinAStepOfTheTrainedOnesAndAWrittenModelAsTheOneWritten() throws IOException {
        float[] weights = new float[(1 << BITS) * NameLabel.count()];
        Random random = new Random(3);
        float max = 0;
        for (int k = 0; k < weights.length; k += 3) {
            weights[k] = (float) random.nextGaussian() * 10;
            max = Math.max(max, Math.abs(weights[k]));
        }
        Perceptron model = Perceptron.of(BITS, NameLabel.count(), weights);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(new DataOutputStream(bytes));
        Perceptron read = Perceptron.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        for (int row = 0; row < 1 << BITS; row++) {
            float[] stepped = scoresOf(model, row);
            float[] written = scoresOf(read, row);
            for (int label = 0; label < stepped.length; label++) {
                assertThat(stepped[label]).isCloseTo(weights[row * NameLabel.count() + label], within(max / Short.MAX_VALUE));
                assertThat(written[label]).isEqualTo(stepped[label]);
            }
        }
    }

    @Test
    void aModelFileKeepsItsNameCounts() throws IOException {
        TaggerModel model = new TaggerModel("test", "digest", Perceptron.of(BITS, NameLabel.count(), new float[(1 << BITS) * NameLabel.count()]),
                Map.of("بغداد", 12), Map.of("بغداد", 9));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(read.description()).isEqualTo("test");
        assertThat(read.nameStartCount("بغداد")).isEqualTo(12);
        assertThat(read.singleWordNameCount("بغداد")).isEqualTo(9);
        assertThat(read.nameStartCount("وبغداد")).isZero();
    }

    @Test
    void aNameNeverContinuesWhereNoneBegan() {
        // Every token scores I_PERSON highest; only the first may not take it, and then B_PERSON's
        // runner-up score makes the sequence a name that begins and continues.
        NameLabel[] labels = GreedyTagger.tag(new SameFeature(3, ROW, -1), continuingPersonModel());

        assertThat(labels).containsExactly(NameLabel.B_PERSON, NameLabel.I_PERSON, NameLabel.I_PERSON);
    }

    @Test
    void aPunctuationMarkIsNoPartOfANameWhateverTheWeightsSay() {
        // A night once failed on a tagged name whose second token was a comma: a mark never gets a label.
        NameLabel[] labels = GreedyTagger.tag(new SameFeature(4, ROW, 1), continuingPersonModel());

        assertThat(labels).containsExactly(NameLabel.B_PERSON, NameLabel.O, NameLabel.B_PERSON, NameLabel.I_PERSON);
    }
}
