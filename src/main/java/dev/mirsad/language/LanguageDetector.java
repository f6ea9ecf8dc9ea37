package dev.mirsad.language;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Map;

/**
 * Tells the language of a cleaned text. Deterministic, thread-safe.
 *
 * <p>Detection runs in three steps:
 * <ol>
 *   <li>Script: count letters per Unicode script (ICU {@link UScript}). A text whose dominant script
 *       holds less than {@value #MIN_SCRIPT_SHARE} of its letters (half English, half Russian) gets
 *       no language; a script with one language in {@code profiles.txt} (Hebrew, Armenian,
 *       Georgian) decides alone.</li>
 *   <li>Languages no library knows (Sorani and Pashto in Arabic script, Kurmanji in Latin script):
 *       their letters and function words in {@code profiles.txt} compete with the script's other
 *       languages; if one of them wins, it is the answer. Lingua calls Sorani Arabic with full
 *       confidence. Where another language wins overwhelmingly (an Arabic article), it is the answer
 *       too, and Lingua is not asked.</li>
 *   <li>Otherwise Lingua ({@link LinguaDetectors}) chooses among the script's other languages, on
 *       the first {@value #SAMPLE_CHARS} characters: further text changes its answer rarely and
 *       costs time in proportion.</li>
 * </ol>
 * Confidence is the dominant script's share of the letters times the winner's margin: its share of
 * the evidence in step 2, Lingua's margin over the runner-up in step 3. With fewer than
 * {@value #MIN_LETTERS} letters or in a script without a profile, the answer is {@code und} with
 * confidence 0.
 */
public final class LanguageDetector {

    static final String UNDETERMINED = "und";
    static final int MIN_LETTERS = 5;
    static final double MIN_SCRIPT_SHARE = 0.6;
    /** About four sentences: on Lingua's test paragraphs of three it was right 99.8% of the time. */
    static final int SAMPLE_CHARS = 400;
    /**
     * When a library language's listed letters and words make this share of the evidence, and its
     * words score this much (five function words), the profile decides and Lingua is not asked.
     * Why: Lingua costs an Arabic article about 0.3 ms, which made the nightly job about 20% slower;
     * this way every one of 2,236 SaudiNewsNet articles is decided without it, and no answer got
     * worse on the evaluation sentences (docs/languages.md).
     */
    static final double OVERWHELMING_SHARE = 0.9;
    static final double OVERWHELMING_WORDS = 15;
    /**
     * A short text with one function word and letters of its own, and not a single letter or word
     * of the script's other languages, is decided too: 30 of 10,000 generated Arabic articles were
     * that short, and asking Lingua for them loaded its Arabic-script models in the middle of an
     * Arabic night. Without letters of its own (Italian, English) a word list is too thin a sign.
     */
    static final double UNCONTESTED_WORDS = 3;
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
    private static final LinguaDetectors LINGUA = new LinguaDetectors();

    public DetectedLanguage detect(String text) {
        ScriptCount scripts = countScripts(text);
        ScriptProfile profile = PROFILES_BY_SCRIPT.get(scripts.dominant());
        double scriptShare = scripts.letters() == 0 ? 0 : (double) scripts.dominantLetters() / scripts.letters();
        if (scripts.letters() < MIN_LETTERS || profile == null || scriptShare < MIN_SCRIPT_SHARE) {
            return undetermined();
        }
        if (profile.hasSingleLanguage()) {
            return new DetectedLanguage(profile.languages().get(0), scriptShare);
        }
        if (!profile.ruleOnlyLanguages().isEmpty()) {
            DetectedLanguage byProfile = byProfile(text, scripts.dominant(), profile, scriptShare);
            if (byProfile != null) {
                return byProfile;
            }
        }
        String sample = sample(text);
        LinguaDetectors.Ranked ranked = LINGUA.rank(profile.libraryLanguagesFor(sample), sample);
        return ranked == null ? undetermined() : new DetectedLanguage(ranked.language(), scriptShare * ranked.margin());
    }

    /**
     * The language whose letters and words win, if it is a rule-only one or wins overwhelmingly;
     * otherwise null, and Lingua decides.
     */
    private static DetectedLanguage byProfile(String text, int script, ScriptProfile profile, double scriptShare) {
        Evidence evidence = score(text, script, profile);
        // Letters alone are not enough: any real paragraph holds a few function words.
        if (evidence.wordTotal() == 0) {
            return null;
        }
        int winner = 0;
        double total = 0;
        for (int i = 0; i < evidence.languages(); i++) {
            total += evidence.of(i);
            if (evidence.of(i) > evidence.of(winner)) {
                winner = i;
            }
        }
        String language = profile.languages().get(winner);
        double share = evidence.of(winner) / total;
        boolean overwhelming = share >= OVERWHELMING_SHARE && evidence.words()[winner] >= OVERWHELMING_WORDS
                || share == 1.0 && evidence.words()[winner] >= UNCONTESTED_WORDS && evidence.letters()[winner] > 0;
        return profile.ruleOnlyLanguages().contains(language) || overwhelming
                ? new DetectedLanguage(language, scriptShare * share)
                : null;
    }

    /** The text's first {@value #SAMPLE_CHARS} characters, ending at a space where there is one. */
    private static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int end = text.lastIndexOf(' ', SAMPLE_CHARS);
        return text.substring(0, end > SAMPLE_CHARS / 2 ? end : SAMPLE_CHARS);
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

    private static DetectedLanguage undetermined() {
        return new DetectedLanguage(UNDETERMINED, 0.0);
    }
}
