package dev.mirsad.extract.tagger;

import java.util.Arrays;

/**
 * Labels tokens left to right, each from its own features and the two labels before it: one pass and no
 * search, as the model was trained (the trainer decodes the same way, so it learns from its own history).
 */
public final class GreedyTagger {

    /** How many features the label history adds to a token's own. */
    public static final int HISTORY_FEATURES = 3;
    private static final int PREVIOUS = 1001;
    private static final int PREVIOUS_TWO = 1002;
    private static final int PREVIOUS_AND_WORD = 1003;

    private GreedyTagger() {
    }

    /** The label-history features of a token: the previous label, the last two, and the previous with the word. */
    public static int history(NameLabel previous, NameLabel beforePrevious, long wordHash, int bits, int[] rows, int at) {
        at = labelHistory(previous, beforePrevious, bits, rows, at);
        rows[at] = previousAndWord(previous, wordHash, bits);
        return at + 1;
    }

    /** The two history features that do not depend on the word: the previous label and the last two. */
    public static int labelHistory(NameLabel previous, NameLabel beforePrevious, int bits, int[] rows, int at) {
        rows[at] = FeatureHash.row(PREVIOUS, previous.ordinal(), bits);
        rows[at + 1] = FeatureHash.row(PREVIOUS_TWO, previous.ordinal() * 16L + beforePrevious.ordinal(), bits);
        return at + 2;
    }

    /** The row of the history feature that pairs the previous label with the token's word. */
    public static int previousAndWord(NameLabel previous, long wordHash, int bits) {
        return FeatureHash.row(PREVIOUS_AND_WORD, FeatureHash.combine(previous.ordinal(), wordHash), bits);
    }

    /** Scores one word token of a text given the two labels before it, as the perceptron does. */
    public interface TokenScorer {

        void score(int i, NameLabel previous, NameLabel beforePrevious, float[] scores);
    }

    /** Labels the tokens from their features. */
    public static NameLabel[] tag(TokenFeatures tokens, Perceptron model) {
        int[] rows = new int[tokens.maxFeatures() + HISTORY_FEATURES];
        int[] sums = new int[model.labels()];
        return tag(tokens, model.labels(), (i, previous, beforePrevious, scores) -> {
            int count = tokens.features(i, rows);
            count = history(previous, beforePrevious, tokens.wordHash(i), model.featureBits(), rows, count);
            Arrays.fill(sums, 0);
            model.add(rows, count, sums, 0);
            model.scores(sums, 0, scores);
        });
    }

    /** Labels the tokens with scores from the scorer, which must add up the same weights as the features would. */
    public static NameLabel[] tag(TokenFeatures tokens, int labels, TokenScorer scorer) {
        NameLabel[] out = new NameLabel[tokens.size()];
        float[] scores = new float[labels];
        for (int i = 0; i < out.length; i++) {
            if (!tokens.isWord(i)) {
                out[i] = NameLabel.O;
                continue;
            }
            NameLabel previous = i > 0 ? out[i - 1] : NameLabel.O;
            NameLabel beforePrevious = i > 1 ? out[i - 2] : NameLabel.O;
            scorer.score(i, previous, beforePrevious, scores);
            out[i] = best(scores, previous);
        }
        return out;
    }

    /** The highest-scoring label that may follow the previous one; any label when previous is null. */
    public static NameLabel best(float[] scores, NameLabel previous) {
        NameLabel best = NameLabel.O;
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int label = 0; label < scores.length; label++) {
            NameLabel candidate = NameLabel.of(label);
            if (scores[label] > bestScore && (previous == null || candidate.canFollow(previous))) {
                best = candidate;
                bestScore = scores[label];
            }
        }
        return best;
    }
}
