package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.tagger.FeatureHash;
import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.Perceptron;

/**
 * Tags an article with the name tagger's weights added up ahead, per word and distance. A token's features
 * are, but for word pairs, gazetteer classes and the label history, what each of the five words around it
 * gives it at its distance ({@link TaggerWord}); those sums are kept per word. The gazetteer classes and the
 * two history features that do not name the word take few values, so their sums are tables made at start.
 * A token then costs five kept sums, a few table entries and three weight rows instead of about thirty
 * rows, most of them cache misses. The sums are whole weight steps, so the labels are exactly those of
 * {@link GreedyTagger#tag(dev.mirsad.extract.tagger.TokenFeatures, Perceptron)} on the same features
 * (WordScoresTest), as long as no two words share a 64-bit hash ({@link HashKeyedTable}).
 */
final class WordScores {

    /**
     * The most words whose sums are kept (about 23 MB of heap when full): the first distinct words seen. News
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
    private final HashKeyedTable<ScoredWord> words = new HashKeyedTable<>(MAX_WORDS);
    /** The sums of a place beyond either end of the text (at every distance but 0, where a token is). */
    private final int[] beyondEnds;
    /** The sums of each combination of gazetteer classes at each distance, per label. */
    private final int[] termClassSums;
    /** The sums of the two label-history features that do not depend on the word, per pair of labels before. */
    private final int[] labelHistorySums;

    WordScores(TaggerInputs inputs, Perceptron model) {
        this.inputs = inputs;
        this.model = model;
        this.labels = model.labels();
        this.bits = model.featureBits();
        this.beyondEnds = sums(null);
        this.termClassSums = termClassSums();
        this.labelHistorySums = labelHistorySums();
    }

    NameLabel[] tag(Article article) {
        ScoredWord[] scored = new ScoredWord[article.tokens.size()];
        for (int i = 0; i < scored.length; i++) {
            scored[i] = scored(article.tokens.get(i));
        }
        TaggerTokens tokens = new TaggerTokens(article, i -> scored[i].word(), bits);
        int[] rows = new int[TaggerTokens.PAIR_FEATURES + 1];
        int[] sums = new int[labels];
        return GreedyTagger.tag(tokens, labels, (i, previous, beforePrevious, scores) -> {
            int history = (previous.ordinal() * labels + beforePrevious.ordinal()) * labels;
            System.arraycopy(labelHistorySums, history, sums, 0, labels);
            for (int d = -WINDOW; d <= WINDOW; d++) {
                int j = i + d;
                int[] part = j >= 0 && j < scored.length ? scored[j].sums() : beyondEnds;
                add(part, (d + WINDOW) * labels, sums);
                int classes = tokens.termClassesAt(j) >>> TaggerTokens.FIRST_TERM_CLASS;
                if (classes != 0) {
                    add(termClassSums, ((d + WINDOW) << TaggerTokens.TERM_CLASS_BITS | classes) * labels, sums);
                }
            }
            int count = tokens.pairFeatures(i, rows, 0);
            rows[count++] = GreedyTagger.previousAndWord(previous, tokens.wordHash(i), bits);
            model.add(rows, count, sums, 0);
            model.scores(sums, 0, scores);
        });
    }

    private void add(int[] part, int at, int[] sums) {
        for (int label = 0; label < labels; label++) {
            sums[label] += part[at + label];
        }
    }

    private ScoredWord scored(Token token) {
        long hash = FeatureHash.of(token.text());
        ScoredWord known = words.get(hash);
        if (known != null) {
            return known;
        }
        TaggerWord word = inputs.word(token);
        ScoredWord scored = new ScoredWord(word, sums(word));
        words.putIfAbsent(hash, scored);
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

    private int[] termClassSums() {
        int combinations = 1 << TaggerTokens.TERM_CLASS_BITS;
        int[] sums = new int[(2 * WINDOW + 1) * combinations * labels];
        int[] rows = new int[TaggerTokens.TERM_CLASS_BITS];
        for (int d = -WINDOW; d <= WINDOW; d++) {
            for (int classes = 1; classes < combinations; classes++) {
                int count = TaggerWord.classFeatures(classes << TaggerTokens.FIRST_TERM_CLASS, d, bits, rows, 0);
                model.add(rows, count, sums, ((d + WINDOW) * combinations + classes) * labels);
            }
        }
        return sums;
    }

    private int[] labelHistorySums() {
        int[] sums = new int[labels * labels * labels];
        int[] rows = new int[2];
        for (NameLabel previous : NameLabel.values()) {
            for (NameLabel beforePrevious : NameLabel.values()) {
                int count = GreedyTagger.labelHistory(previous, beforePrevious, bits, rows, 0);
                model.add(rows, count, sums, (previous.ordinal() * labels + beforePrevious.ordinal()) * labels);
            }
        }
        return sums;
    }
}
