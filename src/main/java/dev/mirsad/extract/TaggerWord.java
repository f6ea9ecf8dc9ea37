package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.tagger.FeatureHash;

/**
 * What the name tagger reads of one token that is the same wherever the token stands: its word, its form
 * without proclitics, its shape and its lexicon classes. The features a word gives the tokens around it
 * therefore depend on the word and the distance alone, which lets the tagger add up their weights once
 * per word (see {@link WordScores}).
 *
 * @param hash           the word's hash
 * @param stemHash       the hash of the word without a leading conjunction and preposition (وبالعراق → العراق)
 * @param lexiconClasses one bit per lexicon that lists the word (0 for a punctuation mark)
 */
record TaggerWord(String text, long hash, long stemHash, long shape, int lexiconClasses) {

    /** How far the tagger looks on each side of a token. */
    static final int WINDOW = 2;
    static final int AFFIXES = 3;
    /** The lexicon classes a word can have, one bit each; bits 9 and up are the gazetteer's (TaggerTokens). */
    private static final int GIVEN_NAME = 1, FAMILY_NAME = 2, NAME_PARTICLE = 4, TITLE = 8, ORG_HEAD = 16,
            DEMONYM = 32, REPORTING_VERB = 64, NAME_ENDING = 128, EVENT_TRIGGER = 256;
    /** How many class bits a position can have, lexicon and gazetteer together. */
    static final int CLASSES = 12;
    /** The most rows {@link #features} writes for one distance. */
    static final int MAX_FEATURES = 4 + 2 * AFFIXES + CLASSES;

    static TaggerWord of(Token t, Lexicon lexicon) {
        String text = t.text();
        return new TaggerWord(text, FeatureHash.of(text), FeatureHash.of(strippedForm(text)), shapeOf(t),
                t.word() ? lexiconClasses(lexicon, text) : 0);
    }

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

    /**
     * Writes from index n the rows of the features this word gives the token at distance d before it (d = 0:
     * the token's own word, with a bias, its first and last letters); a null word stands for a place beyond
     * either end of the text. Returns the index after the last row written.
     */
    static int features(TaggerWord w, int d, int bits, int[] rows, int n) {
        if (d == 0) {
            rows[n++] = FeatureHash.row(1, 0, bits);
            rows[n++] = FeatureHash.row(2, w.hash, bits);
            rows[n++] = FeatureHash.row(3, w.stemHash, bits);
            String text = w.text;
            for (int k = 1; k <= AFFIXES && k < text.length(); k++) {
                rows[n++] = FeatureHash.row(10 + k, FeatureHash.of(text, 0, k), bits);
                rows[n++] = FeatureHash.row(20 + k, FeatureHash.of(text, text.length() - k, text.length()), bits);
            }
        } else {
            rows[n++] = FeatureHash.row(30 + d, w != null ? w.hash : d, bits);
            rows[n++] = FeatureHash.row(40 + d, w != null ? w.stemHash : d, bits);
        }
        if (Math.abs(d) <= 1) {
            rows[n++] = FeatureHash.row(50 + d, w != null ? w.shape : d, bits);
        }
        return classFeatures(w != null ? w.lexiconClasses : 0, d, bits, rows, n);
    }

    /** The rows of a position's class bits, d tokens from the token scored. */
    static int classFeatures(int classes, int d, int bits, int[] rows, int n) {
        for (int b = 0; classes != 0; b++, classes >>>= 1) {
            if ((classes & 1) != 0) {
                rows[n++] = FeatureHash.row(100 + (d + WINDOW) * 16 + b, 0, bits);
            }
        }
        return n;
    }
}
