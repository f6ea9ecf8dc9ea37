package dev.mirsad.extract.arabic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Proclitics (و ف ب ل ك, and لل for ل + ال) that attach to the word they precede. */
public final class Clitics {

    private static final String CONJUNCTIONS = "وف";
    private static final String PREPOSITIONS = "بلك";

    private Clitics() {
    }

    /** The word and what remains after stripping each possible proclitic, longest first. */
    public static List<String> stems(String word) {
        List<String> out = new ArrayList<>(4);
        firstStem(word, stem -> {
            out.add(stem);
            return null;
        });
        return out;
    }

    /**
     * The first non-null value of valueOf over stems(word), in that order, or null. The one place that
     * lists the stems: look-ups that run for every token call it directly and build no list.
     */
    public static <V> V firstStem(String word, Function<String, V> valueOf) {
        V value = valueOf.apply(word);
        if (value != null) {
            return value;
        }
        String rest = word;
        if (rest.length() > 2 && CONJUNCTIONS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
            value = valueOf.apply(rest);
            if (value != null) {
                return value;
            }
        }
        if (rest.length() > 2 && PREPOSITIONS.indexOf(rest.charAt(0)) >= 0) {
            if (rest.startsWith("لل") && rest.length() > 3) {
                value = valueOf.apply("ال" + rest.substring(2));
                if (value != null) {
                    return value;
                }
            }
            return valueOf.apply(rest.substring(1));
        }
        return null;
    }

    /** Whether stems(word) holds stem; answers without building the list, as it runs for every token. */
    public static boolean hasStem(String word, String stem) {
        if (word.equals(stem)) {
            return true;
        }
        int from = 0;
        if (word.length() > 2 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0) {
            from = 1;
            if (endsAs(word, from, stem)) {
                return true;
            }
        }
        if (word.length() - from > 2 && PREPOSITIONS.indexOf(word.charAt(from)) >= 0) {
            boolean lamForm = word.startsWith("لل", from) && word.length() - from > 3 && stem.startsWith("ال")
                    && word.length() - from == stem.length() && word.regionMatches(from + 2, stem, 2, stem.length() - 2);
            return lamForm || endsAs(word, from + 1, stem);
        }
        return false;
    }

    /** Whether word from index from on equals stem. */
    private static boolean endsAs(String word, int from, String stem) {
        return word.length() - from == stem.length() && word.startsWith(stem, from);
    }

    /** Whether the word, or the word without a leading conjunction, is in the set. */
    public static boolean conjunctionStemIn(String word, Set<String> set) {
        return set.contains(word) || word.length() > 2 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0
                && set.contains(word.substring(1));
    }

    /** The word without a leading conjunction only (names rarely take prepositions: لصالح is not صالح). */
    public static List<String> conjunctionStems(String word) {
        if (word.length() > 2 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0) {
            return List.of(word, word.substring(1));
        }
        return List.of(word);
    }

    /** The longest prefix isPrefix accepts. */
    public static final int MAX_PREFIX_LENGTH = 2;

    public static boolean isPrefix(String prefix) {
        return switch (prefix) {
            case "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك" -> true;
            default -> false;
        };
    }
}
