package dev.mirsad.extract;

import dev.mirsad.extract.facts.EntityRef;

/**
 * What a gazetteer term stands for: a place or organization (ref), or a nationality adjective (countryCode only).
 */
record GazetteerEntry(Category category, EntityRef ref, String countryCode) {

    enum Category { PLACE, DEMONYM, ORGANIZATION }

    static GazetteerEntry place(EntityRef ref) {
        return new GazetteerEntry(Category.PLACE, ref, ref.countryCode());
    }

    static GazetteerEntry organization(EntityRef ref) {
        return new GazetteerEntry(Category.ORGANIZATION, ref, null);
    }

    static GazetteerEntry demonym(String countryCode) {
        return new GazetteerEntry(Category.DEMONYM, null, countryCode);
    }
}
