package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.tagger.FeatureHash;
import dev.mirsad.extract.tagger.TokenFeatures;

import java.util.HashMap;
import java.util.Map;

/**
 * An article's tokens with the features the name tagger reads: the word, its form without proclitics,
 * its first and last letters, its neighbours, its shape, and what Mirsad's lexicons and gazetteer say
 * of it and of its neighbours. Each token's hashes are computed once and shared by the features of its
 * neighbours.
 */
public final class TaggerTokens implements TokenFeatures {

    private static final int WINDOW = 2;
    private static final int AFFIXES = 3;
    /** The lexicon classes a word can have, one bit each. */
    private static final int GIVEN_NAME = 1, FAMILY_NAME = 2, NAME_PARTICLE = 4, TITLE = 8, ORG_HEAD = 16,
            DEMONYM = 32, REPORTING_VERB = 64, NAME_ENDING = 128, EVENT_TRIGGER = 256, PLACE_TERM = 512,
            ORG_TERM = 1024, TERM_START = 2048;
    private static final int CLASSES = 12;

    private final Article article;
    private final int bits;
    private final long[] word;
    private final long[] stem;
    private final long[] shape;
    private final int[] classes;

    TaggerTokens(Article article, Lexicon lexicon, int bits) {
        this.article = article;
        this.bits = bits;
        int n = article.tokens.size();
        this.word = new long[n];
        this.stem = new long[n];
        this.shape = new long[n];
        this.classes = new int[n];
        // A word's lexicon classes are the same wherever it stands; most words of an article recur.
        Map<String, Integer> classesOfWord = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Token t = article.tokens.get(i);
            word[i] = FeatureHash.of(t.text());
            stem[i] = FeatureHash.of(strippedForm(t.text()));
            shape[i] = shapeOf(t);
            if (t.word()) {
                classes[i] = classesOfWord.computeIfAbsent(t.text(), w -> lexiconClasses(lexicon, w)) | termClasses(article, i);
            }
        }
    }

    /** The word without a leading conjunction and preposition (وبالعراق → العراق), as Clitics strips them. */
    private static String strippedForm(String word) {
        var stems = Clitics.stems(word);
        return stems.get(stems.size() - 1);
    }

    private static long shapeOf(Token t) {
        String s = t.text();
        if (!t.word()) {
            return FeatureHash.of(s);
        }
        char c = s.charAt(0);
        int kind = Character.isDigit(c) ? 1 : c < 0x250 ? 2 : 3;
        return kind * 64L + Math.min(s.length(), 12) * 2 + (s.startsWith("ال") || s.startsWith("وال") ? 1 : 0);
    }

    private static int lexiconClasses(Lexicon lexicon, String w) {
        int c = 0;
        c |= lexicon.isGivenName(w) ? GIVEN_NAME : 0;
        c |= lexicon.isKnownFamilyName(w) ? FAMILY_NAME : 0;
        c |= lexicon.isNameParticle(w) ? NAME_PARTICLE : 0;
        c |= lexicon.titleKind(w) != null ? TITLE : 0;
        c |= lexicon.orgHead(w) != null ? ORG_HEAD : 0;
        c |= lexicon.demonymCode(w) != null ? DEMONYM : 0;
        c |= lexicon.isReportingVerb(w) ? REPORTING_VERB : 0;
        c |= lexicon.isStopword(w) ? NAME_ENDING : 0;
        c |= lexicon.trigger(w) != null ? EVENT_TRIGGER : 0;
        return c;
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
        return word.length;
    }

    @Override
    public boolean isWord(int i) {
        return article.tokens.isWord(i);
    }

    @Override
    public long wordHash(int i) {
        return word[i];
    }

    @Override
    public int maxFeatures() {
        return 8 + 2 * AFFIXES + 3 * (2 * WINDOW + 1) + 2 + (2 * WINDOW + 1) * CLASSES;
    }

    @Override
    public int features(int i, int[] rows) {
        int n = 0;
        rows[n++] = FeatureHash.row(1, 0, bits);
        rows[n++] = FeatureHash.row(2, word[i], bits);
        rows[n++] = FeatureHash.row(3, stem[i], bits);
        Token t = article.tokens.get(i);
        String text = t.text();
        for (int k = 1; k <= AFFIXES && k < text.length(); k++) {
            rows[n++] = FeatureHash.row(10 + k, FeatureHash.of(text, 0, k), bits);
            rows[n++] = FeatureHash.row(20 + k, FeatureHash.of(text, text.length() - k, text.length()), bits);
        }
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d == 0) {
                continue;
            }
            int j = i + d;
            boolean inside = j >= 0 && j < word.length;
            rows[n++] = FeatureHash.row(30 + d, inside ? word[j] : d, bits);
            rows[n++] = FeatureHash.row(40 + d, inside ? stem[j] : d, bits);
        }
        for (int d = -1; d <= 1; d++) {
            int j = i + d;
            rows[n++] = FeatureHash.row(50 + d, j >= 0 && j < word.length ? shape[j] : d, bits);
        }
        long before = i > 0 ? stem[i - 1] : -1;
        long after = i + 1 < word.length ? stem[i + 1] : -1;
        rows[n++] = FeatureHash.row(60, FeatureHash.combine(before, stem[i]), bits);
        rows[n++] = FeatureHash.row(61, FeatureHash.combine(stem[i], after), bits);
        for (int d = -WINDOW; d <= WINDOW; d++) {
            int j = i + d;
            int c = j >= 0 && j < word.length ? classes[j] : 0;
            for (int b = 0; c != 0; b++, c >>>= 1) {
                if ((c & 1) != 0) {
                    rows[n++] = FeatureHash.row(100 + (d + WINDOW) * 16 + b, 0, bits);
                }
            }
        }
        return n;
    }

    /** Where token i starts in the cleaned text. */
    public int start(int i) {
        return article.start(i);
    }

    /** Where token i ends in the cleaned text (exclusive). */
    public int end(int i) {
        return article.end(i + 1);
    }

    /** The folded word of token i, or null for a punctuation mark. */
    public String word(int i) {
        return article.word(i);
    }
}
