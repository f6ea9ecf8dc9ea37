package dev.mirsad.lab.evaluation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The text normalization of score.py: names and words compare after it (GUIDELINES.md, "How names are compared"). */
final class ScoreText {

    private static final Pattern DIACRITICS = Pattern.compile("[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]");
    // Python's [^\w\s]: \w is a letter, a number or the underscore.
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N}_\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Set<String> PERCENT_WORDS = Set.of(
            "percent", "pct", "بالمئة", "بالمائة", "في المئة", "في المائة", "المئة", "المائة", "%");

    private ScoreText() {
    }

    static String norm(Object value) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(String.valueOf(value), Normalizer.Form.NFKC);
        text = fold(DIACRITICS.matcher(text).replaceAll("")).toLowerCase(Locale.ROOT);
        text = PUNCT.matcher(text).replaceAll(" ").replace("_", " ");
        return String.join(" ", words(text));
    }

    static boolean isPercent(String unit) {
        return unit != null && (unit.contains("%")
                || PERCENT_WORDS.stream().map(ScoreText::norm).anyMatch(norm(unit)::equals));
    }

    static Set<String> tokens(String text) {
        return new HashSet<>(Arrays.asList(words(norm(text))));
    }

    static double jaccard(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0.0;
        }
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        ta.retainAll(tb);
        return (double) ta.size() / union.size();
    }

    private static String[] words(String text) {
        String trimmed = SPACES.matcher(text).replaceAll(" ").strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    private static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ى', 'ئ' -> 'ي';
                case 'ة' -> 'ه';
                case 'ؤ' -> 'و';
                default -> c;
            });
        }
        return out.toString();
    }
}
