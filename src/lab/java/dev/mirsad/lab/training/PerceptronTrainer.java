package dev.mirsad.lab.training;

import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.Perceptron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the name tagger's perceptron as it will decode: greedy, left to right, each token from its
 * features and the labels the model itself gave the tokens before it; a wrong label moves the weights
 * toward the right one. The weights returned are the average over every step (Collins 2002), kept
 * lazily: each weight's running total is brought up to date only when it changes.
 */
public final class PerceptronTrainer {

    private final int bits;
    private final boolean constrained;
    private final int labels = NameLabel.count();
    private final float[] weights;
    private final double[] totals;
    private final int[] updatedAt;
    private int step;

    public PerceptronTrainer(int bits) {
        this(bits, true);
    }

    /**
     * @param constrained whether training, like the tagger, never predicts an I label that cannot follow the
     *                    one before. Unconstrained, a wrong I after O is corrected like any other mistake;
     *                    constrained, nothing holds the I labels' weights on common features down, and they
     *                    grow into the hundreds until they drown a word's own evidence once a name has begun
     *                    ("Al-Rubaie said Baghdad" as one place). The Arabic model was trained constrained.
     */
    public PerceptronTrainer(int bits, boolean constrained) {
        this.bits = bits;
        this.constrained = constrained;
        int size = (1 << bits) * labels;
        this.weights = new float[size];
        this.totals = new double[size];
        this.updatedAt = new int[size];
    }

    /** @return the share of tokens labelled right in each epoch, before its updates */
    public List<Double> train(List<LabelledText> texts, int epochs, long seed) {
        List<LabelledText> order = new ArrayList<>(texts);
        Random random = new Random(seed);
        List<Double> accuracy = new ArrayList<>();
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            long right = 0;
            long all = 0;
            for (LabelledText text : order) {
                right += trainOn(text);
                all += text.labels().length;
            }
            accuracy.add(all == 0 ? 0 : (double) right / all);
        }
        return accuracy;
    }

    private int trainOn(LabelledText text) {
        int[] rows = new int[text.tokens().maxFeatures() + GreedyTagger.HISTORY_FEATURES];
        float[] scores = new float[labels];
        NameLabel[] given = new NameLabel[text.labels().length];
        int right = 0;
        for (int i = 0; i < given.length; i++) {
            if (!text.tokens().isWord(i)) {
                given[i] = NameLabel.O; // decoded as the tagger decodes: a mark is no name, and not scored
                right += text.labels()[i] == NameLabel.O ? 1 : 0;
                continue;
            }
            step++;
            NameLabel previous = i > 0 ? given[i - 1] : NameLabel.O;
            NameLabel beforePrevious = i > 1 ? given[i - 2] : NameLabel.O;
            int count = text.tokens().features(i, rows);
            count = GreedyTagger.history(previous, beforePrevious, text.tokens().wordHash(i), bits, rows, count);
            score(rows, count, scores);
            NameLabel predicted = GreedyTagger.best(scores, constrained ? previous : null);
            NameLabel gold = text.labels()[i];
            if (predicted == gold) {
                right++;
            } else {
                for (int f = 0; f < count; f++) {
                    update(rows[f] * labels + gold.ordinal(), 1);
                    update(rows[f] * labels + predicted.ordinal(), -1);
                }
            }
            given[i] = predicted;
        }
        return right;
    }

    /** The current (not averaged) weights' scores: training decodes as it goes, with what it has learned so far. */
    private void score(int[] rows, int count, float[] scores) {
        Arrays.fill(scores, 0);
        for (int f = 0; f < count; f++) {
            int base = rows[f] * labels;
            for (int label = 0; label < labels; label++) {
                scores[label] += weights[base + label];
            }
        }
    }

    private void update(int index, float delta) {
        totals[index] += (double) weights[index] * (step - updatedAt[index]);
        updatedAt[index] = step;
        weights[index] += delta;
    }

    /** The averaged weights, as a model (in the steps it is stored in). */
    public Perceptron averaged() {
        float[] averaged = new float[weights.length];
        for (int k = 0; k < weights.length; k++) {
            double total = totals[k] + (double) weights[k] * (step - updatedAt[k]);
            averaged[k] = step == 0 ? 0 : (float) (total / step);
        }
        return Perceptron.of(bits, labels, averaged);
    }
}
