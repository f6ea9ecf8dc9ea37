package dev.mirsad.language;

import java.util.List;
import java.util.Map;

/**
 * The languages written in one script and the letters and words that tell them apart. Evidence is
 * kept as one array of scores per item, indexed like {@link #languages}, with an item's weight
 * already split among the languages that share it. Immutable.
 */
record ScriptProfile(List<String> languages, Map<Integer, double[]> letterEvidence,
                     Map<String, double[]> wordEvidence) {

    ScriptProfile {
        languages = List.copyOf(languages);
        letterEvidence = Map.copyOf(letterEvidence);
        wordEvidence = Map.copyOf(wordEvidence);
    }

    boolean hasSingleLanguage() {
        return languages.size() == 1;
    }

    /** Adds a letter's evidence to {@code scores}; upper case counts like lower case. */
    void scoreLetter(int codePoint, double[] scores) {
        double[] evidence = letterEvidence.get(codePoint);
        if (evidence == null) {
            evidence = letterEvidence.get(Character.toLowerCase(codePoint));
        }
        addTo(scores, evidence);
    }

    /** @param word lower-cased, without diacritics */
    void scoreWord(String word, double[] scores) {
        addTo(scores, wordEvidence.get(word));
    }

    private static void addTo(double[] scores, double[] evidence) {
        if (evidence != null) {
            for (int i = 0; i < scores.length; i++) {
                scores[i] += evidence[i];
            }
        }
    }
}
