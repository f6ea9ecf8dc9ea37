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
 * unprofiled script, or without a single function word of the script, the answer is {@code und}
 * with confidence 0.
 */
public final class LanguageDetector {

    static final String UNDETERMINED = "und";
    static final int MIN_LETTERS = 20;
    /** Half English, half Russian scores at most 0.5: such a text gets no language. */
    static final double MIN_CONFIDENCE = 0.6;
    /** Enough to decide; looking further into a long document changes nothing but the cost. */
    private static final int MAX_LETTERS = 10_000;

    private static final short NOT_A_LETTER = -1;
    /**
     * ICU's script of each letter of the Basic Multilingual Plane, NOT_A_LETTER for other
     * characters: looked up per character of every document, so asked of ICU once, at class load.
     */
    private static final short[] BMP_LETTER_SCRIPT = bmpLetterScripts();

    /** Loaded once per class, so creating a detector per document costs nothing. */
    private static final Map<Integer, ScriptProfile> PROFILES_BY_SCRIPT =
            LanguageProfiles.load(LanguageProfiles.DEFAULT_RESOURCE);

    public DetectedLanguage detect(String text) {
        ScriptCount scripts = countScripts(text);
        ScriptProfile profile = PROFILES_BY_SCRIPT.get(scripts.dominant());
        if (scripts.letters() < MIN_LETTERS || profile == null) {
            return undetermined();
        }
        double scriptShare = (double) scripts.dominantLetters() / scripts.letters();
        if (profile.hasSingleLanguage()) {
            return decide(profile.languages().get(0), scriptShare);
        }
        Evidence evidence = score(text, scripts.dominant(), profile);
        // Letters alone are not enough: accents (î ê û) also fill languages we have no profile for,
        // such as Kurmanji Kurdish, while any real paragraph holds a few function words.
        if (evidence.wordTotal() == 0) {
            return undetermined();
        }
        int winner = 0;
        double total = 0;
        for (int i = 0; i < evidence.languages(); i++) {
            total += evidence.of(i);
            if (evidence.of(i) > evidence.of(winner)) {
                winner = i;
            }
        }
        return decide(profile.languages().get(winner), scriptShare * evidence.of(winner) / total);
    }

    /** Scores per language of a script, indexed like {@link ScriptProfile#languages()}. */
    private record Evidence(double[] letters, double[] words) {

        int languages() {
            return letters.length;
        }

        double of(int language) {
            return letters[language] + words[language];
        }

        double wordTotal() {
            double total = 0;
            for (double score : words) {
                total += score;
            }
            return total;
        }
    }

    private record ScriptCount(int dominant, int dominantLetters, int letters) {
    }

    private static ScriptCount countScripts(String text) {
        int[] lettersPerScript = new int[UCharacter.getIntPropertyMaxValue(UProperty.SCRIPT) + 1];
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MAX_LETTERS; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int script = letterScript(codePoint);
            if (script != NOT_A_LETTER) {
                lettersPerScript[script]++;
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
    private static Evidence score(String text, int script, ScriptProfile profile) {
        int languages = profile.languages().size();
        Evidence evidence = new Evidence(new double[languages], new double[languages]);
        StringBuilder word = new StringBuilder();
        // Arabic letters have no case: asking for each one's lower case took over half of this method's samples
        // in a profile of the nightly job.
        boolean cased = UScript.isCased(script);
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MAX_LETTERS; ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            int letterScript = letterScript(codePoint);
            boolean letter = letterScript != NOT_A_LETTER;
            if (letterScript == script) {
                int lowerCase = cased ? Character.toLowerCase(codePoint) : codePoint;
                profile.scoreLetter(codePoint, lowerCase, evidence.letters());
                word.appendCodePoint(lowerCase);
            } else if (UCharacter.getType(codePoint) != UCharacter.NON_SPACING_MARK) {
                // Diacritics (non-spacing marks) sit inside a word; anything else ends it,
                // including ZWNJ, which splits the Persian prefix می from its verb.
                endWord(word, profile, evidence.words());
            }
            if (letter) {
                letters++;
            }
        }
        endWord(word, profile, evidence.words());
        return evidence;
    }

    /** The script of a letter, or NOT_A_LETTER. */
    private static int letterScript(int codePoint) {
        if (codePoint < BMP_LETTER_SCRIPT.length) {
            return BMP_LETTER_SCRIPT[codePoint];
        }
        return UCharacter.isLetter(codePoint) ? UScript.getScript(codePoint) : NOT_A_LETTER;
    }

    private static short[] bmpLetterScripts() {
        short[] scripts = new short[Character.MAX_VALUE + 1];
        for (int codePoint = 0; codePoint < scripts.length; codePoint++) {
            scripts[codePoint] = UCharacter.isLetter(codePoint) ? (short) UScript.getScript(codePoint) : NOT_A_LETTER;
        }
        return scripts;
    }

    private static void endWord(StringBuilder word, ScriptProfile profile, double[] wordScores) {
        if (word.length() > 0) {
            profile.scoreWord(word.toString(), wordScores);
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
