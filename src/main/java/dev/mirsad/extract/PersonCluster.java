package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The forms of one person's name in an article; the first (longest) form names the entity. */
final class PersonCluster {

    /** Parts of a compound name that never stand for the person alone (عبد الله → الله, أبو بكر → أبو). */
    private static final Set<String> PARTICLE_TAILS = Set.of("ابو", "بن", "عبد", "الله", "الدين", "الرحمن", "العزيز");

    private final String[] words;
    private final String canonical;
    private String country;
    private EntityRef ref;

    /** @param folded the folded longest form; @param surface the form as written (a leading و is dropped) */
    PersonCluster(String folded, String surface) {
        this.words = folded.split(" ");
        boolean clitic = !surface.isEmpty() && ArabicFold.fold(surface).length() > folded.length()
                && ArabicFold.fold(surface).startsWith("و");
        this.canonical = clitic ? surface.substring(1) : surface;
    }

    /**
     * Same name, a family-name suffix of it, the given name of a patronymic name (الملك سلمان, سلمان بن
     * عبدالعزيز), or the same name with a one-letter variant in the given name.
     */
    boolean accepts(String folded) {
        String[] other = folded.split(" ");
        if (other.length > words.length) {
            return false;
        }
        List<String> tail = Arrays.asList(words).subList(words.length - other.length, words.length);
        if (tail.equals(Arrays.asList(other)) && !afterPatronymLink(words.length - other.length)) {
            return true;
        }
        if (other.length == 1 && words.length >= 3 && words[0].equals(other[0])
                && (words[1].equals("بن") || words[1].equals("ابن"))) {
            return true;
        }
        return other.length == words.length && other.length >= 2
                && Arrays.asList(other).subList(1, other.length).equals(Arrays.asList(words).subList(1, words.length))
                && editDistanceAtMostOne(other[0], words[0]);
    }

    /** The father's name after بن is not a short form of the son's (محمد بن سلمان is not سلمان). */
    private boolean afterPatronymLink(int index) {
        return index > 0 && (words[index - 1].equals("بن") || words[index - 1].equals("ابن"));
    }

    void addCountry(String code) {
        if (country == null && code != null) {
            country = code;
        }
    }

    EntityRef ref() {
        if (ref == null) {
            ref = new EntityRef(EntityType.PERSON, canonical, null, country);
        }
        return ref;
    }

    /**
     * The forms that stand for this person alone, longest first: the family-name tails of a longer name
     * (الأعرجي, أبو رغيف), or a one-word name found once (الرئيس بوش, وقال بوتين) when the lexicon
     * knows it as a family or given name.
     */
    List<String[]> shortForms(Lexicon lexicon) {
        List<String[]> forms = new ArrayList<>();
        if (words.length == 1) {
            if (lexicon.isKnownFamilyName(words[0]) || lexicon.isGivenName(words[0])) {
                forms.add(words);
            }
            return forms;
        }
        for (int length = words.length - 1; length >= 1; length--) {
            int offset = words.length - length;
            String first = words[offset];
            boolean particleOnly = length == 1 && PARTICLE_TAILS.contains(first);
            if (!afterPatronymLink(offset) && !particleOnly && first.length() >= 3) {
                forms.add(Arrays.copyOfRange(words, offset, words.length));
            }
        }
        return forms;
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
