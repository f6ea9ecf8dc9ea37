package dev.mirsad.extract.arabic;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/** Arabic keywords grouped by first letter, so a scan tries at each character only the words that can start there. */
public final class Keywords {

    private static final char ARABIC_BLOCK = '\u0600';
    private final String[][] byFirstLetter = new String[256][];

    public Keywords(List<String> words) {
        for (String word : words) {
            int letter = word.charAt(0) - ARABIC_BLOCK;
            if (letter < 0 || letter >= byFirstLetter.length || word.length() < 2) {
                throw new IllegalArgumentException("not an Arabic keyword of two letters or more: " + word);
            }
            String[] same = byFirstLetter[letter] == null ? new String[0] : byFirstLetter[letter];
            byFirstLetter[letter] = Stream.concat(Stream.of(same), Stream.of(word)).toArray(String[]::new);
        }
    }

    /** Whether one of the words starts at p and endsWell accepts where it ends. */
    public boolean startAt(String text, int p, IntPredicate endsWell) {
        int letter = text.charAt(p) - ARABIC_BLOCK;
        if (letter < 0 || letter >= byFirstLetter.length || byFirstLetter[letter] == null) {
            return false;
        }
        char second = p + 1 < text.length() ? text.charAt(p + 1) : 0;
        char third = p + 2 < text.length() ? text.charAt(p + 2) : 0;
        for (String word : byFirstLetter[letter]) {
            // Keywords have two letters or more, and most candidates fail on the second or, behind the
            // article ال that starts a word in four, on the third: without a call.
            if (word.charAt(1) == second && (word.length() == 2 || word.charAt(2) == third)
                    && text.startsWith(word, p) && endsWell.test(p + word.length())) {
                return true;
            }
        }
        return false;
    }
}
