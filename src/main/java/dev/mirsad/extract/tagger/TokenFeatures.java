package dev.mirsad.extract.tagger;

/** One text's tokens as the tagger sees them: the features of each that do not depend on the labels. */
public interface TokenFeatures {

    int size();

    /** Whether token i is a word: a punctuation mark is never part of a name, so it is not scored. */
    boolean isWord(int i);

    /** Writes the weight rows of token i's label-free features into rows from index 0; returns how many. */
    int features(int i, int[] rows);

    /** The hash of token i's word, which the label-history features pair with the previous label. */
    long wordHash(int i);

    /** The most features {@link #features} writes for one token. */
    int maxFeatures();
}
