package dev.mirsad.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lingua's n-gram detectors, one per set of candidate languages (those of a script that it knows), so
 * that its answer is always one of them. Lingua keeps its models in static maps, so the detectors
 * share them.
 *
 * <p>Low accuracy mode (trigram models only) on purpose: on Lingua's own held-out sentences in the
 * sixteen languages it shares with our list, it was right on 98.5% of sentences and 99.8% of
 * three-sentence paragraphs, in about 30 MB of heap; high accuracy mode gained 0.8 points on
 * sentences and nothing on paragraphs for 387 MB and 11 s of loading, more than the job's heap
 * allows (docs/languages.md).
 */
final class LinguaDetectors {

    /** One language, and how far ahead of the runner-up it is (0.5 tied, 1 alone). */
    record Ranked(String language, double margin) {
    }

    /** What low accuracy mode reads: trigrams, and for a trigram a model lacks, bigrams and unigrams. */
    private static final List<String> LOW_ACCURACY_MODELS = List.of("trigrams.json", "bigrams.json", "unigrams.json");

    private final Map<List<String>, com.github.pemistahl.lingua.api.LanguageDetector> byLanguages =
            new ConcurrentHashMap<>();

    /** The most likely of {@code languages}, or null if Lingua finds none. */
    Ranked rank(List<String> languages, String text) {
        SortedMap<Language, Double> relative = byLanguages.computeIfAbsent(languages, LinguaDetectors::detector)
                .computeLanguageConfidenceValues(text);
        if (relative.isEmpty()) {
            return null;
        }
        // Lingua gives the best language 1.0 and each other the ratio of the two log-likelihoods.
        Iterator<Double> values = relative.values().iterator();
        values.next();
        double runnerUp = values.hasNext() ? values.next() : 0.0;
        String best = relative.firstKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
        return new Ranked(best, 1.0 - runnerUp / 2);
    }

    /** A detector over these languages; the models, kept by Lingua in static maps, load only once. */
    private static com.github.pemistahl.lingua.api.LanguageDetector detector(List<String> languages) {
        Language[] known = languages.stream().map(LinguaDetectors::linguaLanguage).toArray(Language[]::new);
        return LanguageDetectorBuilder.fromLanguages(known).withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    private static Language linguaLanguage(String code) {
        // Lingua quietly takes a missing model for an empty one, and then answers that language less often.
        for (String model : LOW_ACCURACY_MODELS) {
            if (Language.class.getResource("/language-models/" + code + "/" + model) == null) {
                throw new IllegalStateException("Lingua's " + model + " for '" + code + "' is not on the class path:"
                        + " add the language to the lingua-trigrams list in pom.xml");
            }
        }
        return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
    }
}
