package dev.mirsad.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Map;

/**
 * Tells the language of a cleaned text. Deterministic, thread-safe.
 *
 * <p>Why not a library: the good JVM detectors cost about 100 MB of heap, and none knows Sorani
 * Kurdish (they call it Arabic with full confidence). Our inputs need only a few languages, and
 * their scripts and a few letters and function words separate them well. So detection runs in
 * two steps:
 * <ol>
 *   <li>Script: count letters per Unicode script (ICU {@link UScript}); the dominant script narrows
 *       the choice (Hebrew script means Hebrew; Arabic script means ar, fa, ur or ckb).</li>
 *   <li>Language within the script: score the letters and function words listed in
 *       {@code profiles.txt} (Sorani ڕ ڵ ۆ ێ ە, Urdu ے ں ٹ and ہے کے, Persian است را می, Arabic
 *       ة ى and في التي; en/fr/tr/es/de stopwords; ru/uk letters).</li>
 * </ol>
 * Confidence is the dominant script's share of the letters times the winner's share of the
 * evidence. Below {@value #MIN_CONFIDENCE}, with fewer than {@value #MIN_LETTERS} letters, in an
 * unprofiled script, or with no evidence at all, the answer is {@code und} with confidence 0.
 */
public final class LanguageDetector {

    static final String UNDETERMINED = "und";
    static final int MIN_LETTERS = 20;
    /** Half English, half Russian scores at most 0.5: such a text gets no language. */
    static final double MIN_CONFIDENCE = 0.6;
    /** Enough to decide; looking further into a long document changes nothing but the cost. */
    private static final int MAX_LETTERS = 10_000;

    private final Map<Integer, ScriptProfile> profilesByScript;

    public LanguageDetector() {
        this(LanguageProfiles.load(LanguageProfiles.DEFAULT_RESOURCE));
    }

    LanguageDetector(Map<Integer, ScriptProfile> profilesByScript) {
        this.profilesByScript = profilesByScript;
    }

    public DetectedLanguage detect(String text) {
        ScriptCount scripts = countScripts(text);
        ScriptProfile profile = profilesByScript.get(scripts.dominant());
        if (scripts.letters() < MIN_LETTERS || profile == null) {
            return undetermined();
        }
        double scriptShare = (double) scripts.dominantLetters() / scripts.letters();
        if (profile.hasSingleLanguage()) {
            return decide(profile.languages().get(0), scriptShare);
        }
        double[] scores = score(text, scripts.dominant(), profile);
        int winner = 0;
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            total += scores[i];
            if (scores[i] > scores[winner]) {
                winner = i;
            }
        }
        return total == 0 ? undetermined() : decide(profile.languages().get(winner), scriptShare * scores[winner] / total);
    }

    private record ScriptCount(int dominant, int dominantLetters, int letters) {
    }

    private static ScriptCount countScripts(String text) {
        int[] lettersPerScript = new int[UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1];
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MAX_LETTERS; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (UCharacter.isLetter(codePoint)) {
                lettersPerScript[UScript.getScript(codePoint)]++;
                letters++;
            }
        }
        int dominant = UScript.COMMON;
        for (int script = 0; script < lettersPerScript.length; script++) {
            if (lettersPerScript[script] > lettersPerScript[dominant]) {
                dominant = script;
            }
        }
        return new ScriptCount(dominant, lettersPerScript[dominant], letters);
    }

    /** Scores letters and words of the given script; other scripts' letters end a word. */
    private static double[] score(String text, int script, ScriptProfile profile) {
        double[] scores = new double[profile.languages().size()];
        StringBuilder word = new StringBuilder();
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MAX_LETTERS; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean letter = UCharacter.isLetter(codePoint);
            if (letter && UScript.getScript(codePoint) == script) {
                profile.scoreLetter(codePoint, scores);
                word.appendCodePoint(Character.toLowerCase(codePoint));
            } else if (UCharacter.getType(codePoint) != UCharacter.NON_SPACING_MARK) {
                // Diacritics (non-spacing marks) sit inside a word; anything else ends it,
                // including ZWNJ, which splits the Persian prefix می from its verb.
                endWord(word, profile, scores);
            }
            if (letter) {
                letters++;
            }
        }
        endWord(word, profile, scores);
        return scores;
    }

    private static void endWord(StringBuilder word, ScriptProfile profile, double[] scores) {
        if (word.length() > 0) {
            profile.scoreWord(word.toString(), scores);
            word.setLength(0);
        }
    }

    private static DetectedLanguage decide(String language, double confidence) {
        return confidence < MIN_CONFIDENCE ? undetermined() : new DetectedLanguage(language, confidence);
    }

    private static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0.0);
    }
}
