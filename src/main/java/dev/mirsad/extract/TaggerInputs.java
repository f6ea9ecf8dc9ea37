package dev.mirsad.extract;

import com.ibm.icu.util.VersionInfo;

import dev.mirsad.extract.arabic.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Turns cleaned texts into the tokens and features the name tagger reads, with Mirsad's own lexicons:
 * the one way in for whoever trains a tagger model, so that training and extraction see the same features.
 * Built once (the lexicons load here), then thread-safe.
 */
public final class TaggerInputs {

    /** The lexicon files whose words become features: a model trained with other lists reads other features. */
    private static final List<String> LEXICONS = List.of("role_phrase_heads.txt", "organization_heads.txt",
            "event_triggers.txt", "demonyms.txt", "organizations.txt", "country_variants.txt", "regions.txt", "sites.txt",
            "cities.txt", "given_names.txt", "given_names_also_words.txt", "known_persons.txt", "public_figures.txt",
            "name_ending_words.txt", "reporting_verbs.txt", "anonymous_sources.txt");

    private final Lexicon lexicon;

    public TaggerInputs() {
        this(new Lexicon());
    }

    TaggerInputs(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    public TaggerTokens tokens(String cleanedText, int featureBits) {
        Article article = new Article(cleanedText, lexicon);
        // Most words of an article recur: each is read once.
        Map<String, TaggerWord> words = new HashMap<>();
        return new TaggerTokens(article, i -> {
            Token token = article.tokens.get(i);
            return words.computeIfAbsent(token.text(), text -> word(token));
        }, featureBits);
    }

    TaggerWord word(Token token) {
        return TaggerWord.of(token, lexicon);
    }

    /**
     * A SHA-256 of the lexicon files and of the ICU version (whose CLDR data names countries and cities): a
     * model records the digest it was trained under, and a test fails when the lists change under it.
     */
    public static String lexiconDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String name : LEXICONS) {
                try (InputStream in = TaggerInputs.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("missing lexicon " + name);
                    }
                    digest.update(in.readAllBytes());
                }
            }
            digest.update(VersionInfo.ICU_VERSION.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lexicons", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
