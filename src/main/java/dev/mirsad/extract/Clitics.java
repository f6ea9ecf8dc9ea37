package dev.mirsad.extract;

import java.util.ArrayList;
import java.util.List;

/** Proclitics (و ف ب ل ك, and لل for ل + ال) that attach to the word they precede. */
final class Clitics {

    private static final String CONJUNCTIONS = "وف";
    private static final String PREPOSITIONS = "بلك";

    private Clitics() {
    }

    /** The word and what remains after stripping each possible proclitic, longest first. */
    static List<String> stems(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        String rest = word;
        if (rest.length() > 2 && CONJUNCTIONS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1);
            out.add(rest);
        }
        if (rest.length() > 2 && PREPOSITIONS.indexOf(rest.charAt(0)) >= 0) {
            if (rest.startsWith("لل") && rest.length() > 3) {
                out.add("ال" + rest.substring(2));
            }
            out.add(rest.substring(1));
        }
        return out;
    }

    /** The word without a leading conjunction only (names rarely take prepositions: لصالح is not صالح). */
    static List<String> conjunctionStems(String word) {
        if (word.length() > 2 && CONJUNCTIONS.indexOf(word.charAt(0)) >= 0) {
            return List.of(word, word.substring(1));
        }
        return List.of(word);
    }

    static boolean isPrefix(String prefix) {
        return switch (prefix) {
            case "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك" -> true;
            default -> false;
        };
    }
}
