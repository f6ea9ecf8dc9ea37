package dev.mirsad.extract;

import dev.mirsad.extract.tagger.FeatureHash;
import dev.mirsad.extract.tagger.TokenizedText;

import java.util.function.IntFunction;

/**
 * An article's tokens with the features the name tagger reads: what each word says wherever it stands
 * ({@link TaggerWord}), and what depends on the place: word pairs, and whether a gazetteer name covers a
 * token or starts there.
 */
public final class TaggerTokens implements TokenizedText {

    private static final int WINDOW = TaggerWord.WINDOW;
    /** Where the gazetteer's class bits start, above the lexicon's in TaggerWord, and how many there are. */
    static final int FIRST_TERM_CLASS = 9, TERM_CLASS_BITS = 3;
    private static final int PLACE_TERM = 1 << FIRST_TERM_CLASS, ORG_TERM = PLACE_TERM << 1, TERM_START = PLACE_TERM << 2;
    static final int PAIR_FEATURES = 2;

    private final Article article;
    private final int bits;
    private final TaggerWord[] words;
    private final int[] termClasses;

    /** @param wordAt the tagger's view of token i's word */
    TaggerTokens(Article article, IntFunction<TaggerWord> wordAt, int bits) {
        this.article = article;
        this.bits = bits;
        int n = article.tokens.size();
        this.words = new TaggerWord[n];
        this.termClasses = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = wordAt.apply(i);
            termClasses[i] = article.tokens.isWord(i) ? termClasses(article, i) : 0;
        }
    }

    private static int termClasses(Article article, int i) {
        GazetteerMatch term = article.termAt(i);
        if (term == null) {
            return 0;
        }
        int c = term.entry().category() == GazetteerEntry.Category.PLACE ? PLACE_TERM
                : term.entry().category() == GazetteerEntry.Category.ORGANIZATION ? ORG_TERM : 0;
        return c | (article.termAt(i - 1) != term ? TERM_START : 0);
    }

    @Override
    public int size() {
        return words.length;
    }

    @Override
    public boolean isWord(int i) {
        return article.tokens.isWord(i);
    }

    @Override
    public long wordHash(int i) {
        return words[i].hash();
    }

    /** The word at i, or null beyond either end of the text. */
    TaggerWord wordAt(int i) {
        return i >= 0 && i < words.length ? words[i] : null;
    }

    @Override
    public int maxFeatures() {
        return (2 * WINDOW + 1) * TaggerWord.MAX_FEATURES + placeFeatureCount();
    }

    /** The most rows {@link #placeFeatures} writes. */
    private static int placeFeatureCount() {
        return PAIR_FEATURES + (2 * WINDOW + 1) * TaggerWord.CLASSES;
    }

    @Override
    public int features(int i, int[] rows) {
        int n = placeFeatures(i, rows, 0);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            n = TaggerWord.features(wordAt(i + d), d, bits, rows, n);
        }
        return n;
    }

    /**
     * Writes from index n the rows of token i's features that depend on where it stands: its word pairs
     * ({@link #pairFeatures}) and the gazetteer's classes of the tokens around it. Returns the index after
     * the last row written.
     */
    int placeFeatures(int i, int[] rows, int n) {
        n = pairFeatures(i, rows, n);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            int j = i + d;
            if (j >= 0 && j < words.length) {
                n = TaggerWord.classFeatures(termClasses[j], d, bits, rows, n);
            }
        }
        return n;
    }

    /**
     * Writes from index n the rows of the pairs (previous word, this word) and (this word, next word) in
     * their forms without proclitics. Returns the index after the last row written.
     */
    int pairFeatures(int i, int[] rows, int n) {
        long before = i > 0 ? words[i - 1].stemHash() : -1;
        long after = i + 1 < words.length ? words[i + 1].stemHash() : -1;
        long stem = words[i].stemHash();
        rows[n++] = FeatureHash.row(60, FeatureHash.combine(before, stem), bits);
        rows[n++] = FeatureHash.row(61, FeatureHash.combine(stem, after), bits);
        return n;
    }

    /** The gazetteer's class bits of token i (0 beyond either end): {@link #TERM_CLASS_BITS} bits from {@link #FIRST_TERM_CLASS}. */
    int termClassesAt(int i) {
        return i >= 0 && i < termClasses.length ? termClasses[i] : 0;
    }

    /** Where token i starts in the cleaned text. */
    @Override
    public int start(int i) {
        return article.start(i);
    }

    /** Where token i ends in the cleaned text (exclusive). */
    public int end(int i) {
        return article.end(i + 1);
    }

    /** The folded word of token i, or null for a punctuation mark. */
    @Override
    public String word(int i) {
        return article.word(i);
    }
}
