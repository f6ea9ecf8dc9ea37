package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Clitics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The short forms of an article's persons (a family name, a one-word name found once) keyed by their
 * first word: each token then costs a look-up per proclitic stem instead of a comparison with every
 * form of every person.
 */
final class FamilyNameForms {

    /** One form: its words, the person's place in the article's order (earlier persons win), and the person. */
    private record Form(String[] words, int order, PersonCluster person) {
    }

    /** A form found at a token: whose it is and how many tokens it covers. */
    record Match(PersonCluster person, int length) {
    }

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();

    FamilyNameForms(List<PersonCluster> persons, Lexicon lexicon) {
        for (int order = 0; order < persons.size(); order++) {
            PersonCluster person = persons.get(order);
            for (String[] words : person.shortForms(lexicon)) {
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Form(words, order, person));
            }
        }
    }

    /**
     * The first person, in the article's order, with a short form at word token i (its first word behind
     * any proclitic, the rest as written), and the longest such form; null if none.
     */
    Match at(Article article, int i) {
        if (byFirstWord.isEmpty()) {
            return null;
        }
        Form best = null;
        for (String stem : Clitics.stems(article.word(i))) {
            for (Form form : byFirstWord.getOrDefault(stem, List.of())) {
                boolean better = best == null || form.order() < best.order()
                        || form.order() == best.order() && form.words().length > best.words().length;
                if (better && restMatches(article, i, form.words())) {
                    best = form;
                }
            }
        }
        return best == null ? null : new Match(best.person(), best.words().length);
    }

    private static boolean restMatches(Article article, int i, String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (!words[k].equals(article.word(i + k))) {
                return false;
            }
        }
        return true;
    }
}
