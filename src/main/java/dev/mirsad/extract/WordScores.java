package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.Perceptron;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tags an article with the name tagger's weights added up ahead, per word and distance. A token's features
 * are, but for word pairs, gazetteer classes and the label history, what each of the five words around it
 * gives it at its distance ({@link TaggerWord}); those sums are kept per word, so a token costs five sums
 * and a few rows instead of about thirty weight rows, most of them cache misses. The sums are whole weight
 * steps, so the labels are exactly those of {@link GreedyTagger#tag(dev.mirsad.extract.tagger.TokenFeatures,
 * Perceptron)} on the same features (WordScoresTest).
 */
final class WordScores {

    /**
     * The most words whose sums are kept (23 MB of heap when full): the first distinct words seen. News
     * repeats its words, so these soon hold most of any article's; a word beyond them is added up each
     * time it is met.
     */
    private static final int MAX_WORDS = 65_536;
    private static final int WINDOW = TaggerWord.WINDOW;

    /** A word and the sums of its weights at each distance from -WINDOW to WINDOW, labels side by side. */
    private record ScoredWord(TaggerWord word, int[] sums) {
    }

    private final TaggerInputs inputs;
    private final Perceptron model;
    private final int labels;
    private final int bits;
    private final ConcurrentHashMap<String, ScoredWord> words = new ConcurrentHashMap<>();
    /** The sums of a place beyond either end of the text (at every distance but 0, where a token is). */
    private final int[] beyondEnds;

    WordScores(TaggerInputs inputs, Perceptron model) {
        this.inputs = inputs;
        this.model = model;
        this.labels = model.labels();
        this.bits = model.featureBits();
        this.beyondEnds = sums(null);
    }

    NameLabel[] tag(Article article) {
        ScoredWord[] scored = new ScoredWord[article.tokens.size()];
        for (int i = 0; i < scored.length; i++) {
            scored[i] = scored(article.tokens.get(i));
        }
        TaggerTokens tokens = new TaggerTokens(article, i -> scored[i].word(), bits);
        int[] rows = new int[TaggerTokens.placeFeatureCount() + GreedyTagger.HISTORY_FEATURES];
        int[] sums = new int[labels];
        return GreedyTagger.tag(tokens, labels, (i, previous, beforePrevious, scores) -> {
            Arrays.fill(sums, 0);
            for (int d = -WINDOW; d <= WINDOW; d++) {
                int j = i + d;
                int[] part = j >= 0 && j < scored.length ? scored[j].sums() : beyondEnds;
                int at = (d + WINDOW) * labels;
                for (int label = 0; label < labels; label++) {
                    sums[label] += part[at + label];
                }
            }
            int count = tokens.placeFeatures(i, rows, 0);
            count = GreedyTagger.history(previous, beforePrevious, tokens.wordHash(i), bits, rows, count);
            model.add(rows, count, sums, 0);
            model.scores(sums, 0, scores);
        });
    }

    private ScoredWord scored(Token token) {
        ScoredWord known = words.get(token.text());
        if (known != null) {
            return known;
        }
        TaggerWord word = inputs.word(token);
        ScoredWord scored = new ScoredWord(word, sums(word));
        if (words.size() < MAX_WORDS) {
            words.putIfAbsent(token.text(), scored);
        }
        return scored;
    }

    private int[] sums(TaggerWord word) {
        int[] sums = new int[(2 * WINDOW + 1) * labels];
        int[] rows = new int[TaggerWord.MAX_FEATURES];
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (word == null && d == 0) {
                continue;
            }
            int count = TaggerWord.features(word, d, bits, rows, 0);
            model.add(rows, count, sums, (d + WINDOW) * labels);
        }
        return sums;
    }
}
