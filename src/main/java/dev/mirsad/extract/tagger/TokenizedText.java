package dev.mirsad.extract.tagger;

/** A text cut into tokens with the tagger's features, and where each token stands, so labels can be mapped to it. */
public interface TokenizedText extends TokenFeatures {

    /** Where token i starts in the text. */
    int start(int i);

    /** The word of token i as the tagger folds it, or null for a punctuation mark. */
    String word(int i);
}
