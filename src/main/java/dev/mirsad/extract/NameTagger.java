package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.tagger.LabelledRun;
import dev.mirsad.extract.tagger.NameLabel;
import dev.mirsad.extract.tagger.TaggerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained tagger's names in an article (see docs/models.md): person, organization and place spans,
 * each with the form of its first word that begins the name, proclitics removed.
 */
final class NameTagger {

    static final String MODEL = "name-tagger.model.gz";

    /** A name the tagger found; firstWord is its first word as the name begins (بغداد in وبغداد). */
    /**
     * @param knownAlone whether the training data had this word as a whole name (for names of one word)
     */
    record TaggedName(EntityType type, Span span, String firstWord, boolean knownAlone) {

        boolean oneWord() {
            return span.to() - span.from() == 1;
        }
    }

    private final TaggerModel model;
    private final WordScores wordScores;

    NameTagger(TaggerInputs inputs, TaggerModel model) {
        this.model = model;
        this.wordScores = new WordScores(inputs, model.perceptron());
    }

    static TaggerModel shippedModel() {
        try (InputStream in = NameTagger.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The name tagger model " + MODEL + " is missing from the jar; rebuild it");
            }
            return TaggerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The name tagger model " + MODEL + " cannot be read", e);
        }
    }

    List<TaggedName> tag(Article article) {
        NameLabel[] labels = wordScores.tag(article);
        List<TaggedName> out = new ArrayList<>();
        for (LabelledRun name : LabelledRun.of(labels)) {
            String first = nameStart(article.word(name.from()));
            out.add(new TaggedName(name.type(), new Span(name.from(), name.to()), first, model.singleWordNameCount(first) > 0));
        }
        return out;
    }

    /**
     * The word, or the word without its proclitics, whichever began names most often in training;
     * بالعراق gives العراق even unseen, since a name keeps its article.
     */
    private String nameStart(String word) {
        List<String> forms = Clitics.stems(word);
        String best = word;
        int bestCount = model.nameStartCount(word);
        for (String form : forms) {
            int count = model.nameStartCount(form);
            if (count > bestCount) {
                best = form;
                bestCount = count;
            }
        }
        if (bestCount == 0 && !word.startsWith("ال")) {
            return forms.stream().filter(f -> f.startsWith("ال")).findFirst().orElse(word);
        }
        return best;
    }
}
