package dev.mirsad.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The languages written in one script, which of them the library does not know, and the letters
 * and words that tell those apart from the rest. Evidence is
 * kept as one array of scores per item, indexed like {@link #languages}, with an item's weight
 * already split among the languages that share it. Immutable.
 */
final class ScriptProfile {

    private final List<String> languages;
    private final List<String> ruleOnlyLanguages;
    private final List<String> libraryLanguages;
    /** Per library language that needs one, the letters of which a text must hold one. */
    private final Map<String, String> requiredLetters;
    private final boolean anyRequiresLetters;
    /**
     * Letter evidence as an array over the code points from the smallest listed letter to the
     * largest: it is asked for every letter of a document, where a map would box each code point.
     */
    private final double[][] letterEvidence;
    private final int firstLetter;
    private final Map<String, double[]> wordEvidence;

    ScriptProfile(List<String> languages, List<String> ruleOnlyLanguages, Map<String, String> requiredLetters,
            Map<Integer, double[]> letterEvidence, Map<String, double[]> wordEvidence) {
        this.languages = List.copyOf(languages);
        this.ruleOnlyLanguages = List.copyOf(ruleOnlyLanguages);
        this.libraryLanguages = languages.stream().filter(language -> !ruleOnlyLanguages.contains(language)).toList();
        this.requiredLetters = Map.copyOf(requiredLetters);
        this.anyRequiresLetters = libraryLanguages.stream().anyMatch(requiredLetters::containsKey);
        this.firstLetter = letterEvidence.keySet().stream().mapToInt(Integer::intValue).min().orElse(0);
        int lastLetter = letterEvidence.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        this.letterEvidence = new double[lastLetter - firstLetter + 1][];
        letterEvidence.forEach((codePoint, evidence) -> this.letterEvidence[codePoint - firstLetter] = evidence);
        this.wordEvidence = Map.copyOf(wordEvidence);
    }

    List<String> languages() {
        return languages;
    }

    boolean hasSingleLanguage() {
        return languages.size() == 1;
    }

    /** The languages of this script that only its letters and words tell, in no particular order. */
    List<String> ruleOnlyLanguages() {
        return ruleOnlyLanguages;
    }

    /** The languages of this script that the library tells apart. */
    List<String> libraryLanguages() {
        return libraryLanguages;
    }

    /** The library languages a text may be in: those that require letters only if it holds one. */
    List<String> libraryLanguagesFor(String text) {
        if (!anyRequiresLetters) {
            return libraryLanguages;
        }
        return libraryLanguages.stream().filter(language -> holdsRequiredLetter(language, text)).toList();
    }

    private boolean holdsRequiredLetter(String language, String text) {
        String letters = requiredLetters.get(language);
        if (letters == null) {
            return true;
        }
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return letters.codePoints().anyMatch(letter -> lowerCase.indexOf(letter) >= 0);
    }

    /** Adds a letter's evidence to {@code scores}; upper case without evidence of its own counts like lower case. */
    void scoreLetter(int codePoint, int lowerCase, double[] scores) {
        double[] evidence = letterEvidence(codePoint);
        if (evidence == null && lowerCase != codePoint) {
            evidence = letterEvidence(lowerCase);
        }
        addTo(scores, evidence);
    }

    /** @param word lower-cased, without diacritics */
    void scoreWord(String word, double[] scores) {
        addTo(scores, wordEvidence.get(word));
    }

    private double[] letterEvidence(int codePoint) {
        int index = codePoint - firstLetter;
        return index >= 0 && index < letterEvidence.length ? letterEvidence[index] : null;
    }

    private static void addTo(double[] scores, double[] evidence) {
        if (evidence != null) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] += evidence[i];
            }
        }
    }
}
