package dev.mirsad.extract;

import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.regex.Pattern;

/**
 * Which entity of another article an entity is. Within an article the finders already join the
 * forms of a name (الأعرجي → قاسم الأعرجي); across articles two entities are one when their
 * identity keys are equal, and the spellings each article used stay on its mentions as aliases.
 */
public final class EntityIdentity {

    private static final char ALEF = 'ا';
    /** عبدالله written as one word, split so that its parts are keyed as in عبد الله. */
    private static final Pattern COMPOUND_ABD = Pattern.compile("(?<![^ ])عبدال(?=[^ ])");

    private EntityIdentity() {
    }

    /**
     * The folded name ({@link EntityRef#key()}); for a person, also without the alef that writers
     * put in or leave out to spell a long vowel of a transliterated name (ماكسيم and مكسيم,
     * ترامب and ترمب) and with عبد joined to the name it compounds (عبد الله, عبدالله). A word's
     * first letter, and the one after the article ال, is always kept: there the alef is a hamza
     * seat, not a vowel (أحمد, الأعرجي).
     */
    public static String key(EntityRef entity) {
        String folded = entity.key();
        return entity.type() == EntityType.PERSON ? personKey(folded) : folded;
    }

    static String personKey(String folded) {
        StringBuilder key = new StringBuilder(folded.length());
        String spaced = folded.contains("عبدال") ? COMPOUND_ABD.matcher(folded).replaceAll("عبد ال") : folded;
        String[] words = spaced.split(" ");
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (!key.isEmpty() && !words[w - 1].equals("عبد")) {
                key.append(' ');
            }
            int kept = word.startsWith("ال") && word.length() > 2 ? 3 : 1;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (i < kept || c != ALEF) {
                    key.append(c);
                }
            }
        }
        return key.toString();
    }
}
