package dev.mirsad.extract;

/**
 * Turns cleaned texts into the tokens and features the name tagger reads, with Mirsad's own lexicons:
 * the one way in for whoever trains a tagger model, so that training and extraction see the same features.
 * Built once (the lexicons load here), then thread-safe.
 */
public final class TaggerInputs {

    private final Lexicon lexicon;

    public TaggerInputs() {
        this(new Lexicon());
    }

    TaggerInputs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public TaggerTokens tokens(String cleanedText, int featureBits) {
        return new TaggerTokens(new Article(cleanedText, lexicon), lexicon, featureBits);
    }

    TaggerTokens tokens(Article article, int featureBits) {
        return new TaggerTokens(article, lexicon, featureBits);
    }
}
