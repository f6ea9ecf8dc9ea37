package dev.mirsad.extract.languages;

import dev.mirsad.extract.tagger.GreedyTagger;
import dev.mirsad.extract.tagger.LabelledRun;
import dev.mirsad.extract.tagger.TaggerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The trained tagger of persons, organizations and places for a language other than Arabic. Adding a
 * language is adding its word lists ({@code languages/<code>/words.tsv} beside this class) and its model
 * ({@code languages/<code>/name-tagger.model.gz}, trained by the lab's {@code train-tagger --language} with
 * those lists); see docs/models.md. Immutable and thread-safe.
 */
public final class LanguageNameTagger {

    private static final Map<String, Optional<LanguageNameTagger>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final TaggerModel model;
    private final NameWords words;

    /** @throws IllegalArgumentException when the model was trained with other word lists */
    public LanguageNameTagger(TaggerModel model, NameWords words) {
        if (!model.lexiconDigest().equals(words.digest())) {
            throw new IllegalArgumentException("The name tagger model (" + model.description() + ") was trained with word lists "
                    + model.lexiconDigest() + ", not these (" + words.digest() + "): retrain it with mirsad-lab train-tagger");
        }
        this.model = model;
        this.words = words;
    }

    /** The language's tagger, empty where none ships; a model is read on its language's first article. */
    public static Optional<LanguageNameTagger> forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, LanguageNameTagger::shipped);
    }

    private static Optional<LanguageNameTagger> shipped(String language) {
        String resource = language + "/name-tagger.model.gz";
        try (InputStream in = LanguageNameTagger.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new LanguageNameTagger(TaggerModel.read(in), shippedWords(language)));
        } catch (IOException e) {
            throw new UncheckedIOException("The name tagger model " + resource + " cannot be read; rebuild the jar", e);
        }
    }

    /** The language's word lists as shipped, or none. */
    public static NameWords shippedWords(String language) {
        String resource = language + "/words.tsv";
        try (InputStream in = LanguageNameTagger.class.getResourceAsStream(resource)) {
            return in == null ? NameWords.NONE : NameWords.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The word lists " + resource + " cannot be read; rebuild the jar", e);
        }
    }

    public TaggerModel model() {
        return model;
    }

    NameWords words() {
        return words;
    }

    /** The names in the text, in order. */
    public List<TaggedName> names(String text) {
        WordTokens tokens = WordTokens.of(text, model.perceptron().featureBits(), words);
        return LabelledRun.of(GreedyTagger.tag(tokens, model.perceptron())).stream()
                .map(name -> new TaggedName(name.type(), tokens.start(name.from()), tokens.end(name.to() - 1))).toList();
    }
}
