package dev.mirsad.extract.arabic;

import com.ibm.icu.text.Normalizer2;

/** Folds Arabic spelling variants for matching; never applied to stored surface text. */
public final class ArabicFold {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private ArabicFold() {
    }

    /** The comparison form of a name: the gold scorer's normalization, plus Persian yeh and keheh. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = NFKC.normalize(text);
        StringBuilder out = new StringBuilder(nfkc.length());
        boolean spacePending = false;
        for (int i = 0; i < nfkc.length(); i++) {
            char c = foldChar(nfkc.charAt(i));
            if (c == 0) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                // Any run of other characters becomes one space between words, none at the ends.
                spacePending = !out.isEmpty();
            } else {
                if (spacePending) {
                    out.append(' ');
                    spacePending = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Folds one character; 0 means the character is dropped (diacritic, tatweel). */
    public static char foldChar(char c) {
        if (isDiacritic(c)) {
            return 0;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> { return 'ا'; }
            case 'ى' -> { return 'ي'; }
            case 'ة' -> { return 'ه'; }
            case 'ؤ' -> { return 'و'; }
            case 'ئ' -> { return 'ي'; }
            // Persian yeh and keheh, so Persian spellings of names match their Arabic forms
            case 'ی' -> { return 'ي'; }
            case 'ک' -> { return 'ك'; }
            case '_' -> { return ' '; }
            default -> { }
        }
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        return c < 128 ? Character.toLowerCase(c) : c;
    }

    public static boolean isDiacritic(char c) {
        return (c >= '\u0610' && c <= '\u061A') || (c >= '\u064B' && c <= '\u065F') || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0640';
    }
}
