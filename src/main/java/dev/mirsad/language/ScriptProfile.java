package dev.mirsad.language;

import java.util.List;
import java.util.Map;

/**
 * The languages written in one script and the letters and words that tell them apart. Evidence is
 * kept as one array of scores per item, indexed like {@link #languages}, with an item's weight
 * already split among the languages that share it. Immutable.
 */
final class ScriptProfile {

    private final List<String> languages;
    /**
     * Letter evidence as an array over the code points from the smallest listed letter to the
     * largest: it is asked for every letter of a document, where a map would box each code point.
     */
    private final double[][] letterEvidence;
    private final int firstLetter;
    private final Map<String, double[]> wordEvidence;

    ScriptProfile(List<String> languages, Map<Integer, double[]> letterEvidence, Map<String, double[]> wordEvidence) {
        this.languages = List.copyOf(languages);
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
