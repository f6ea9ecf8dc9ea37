package dev.mirsad.extract.facts;

import dev.mirsad.extract.arabic.ArabicFold;

/**
 * An entity as the extractor names it in one article. Articles share an entity when their
 * {@link #type()} and {@link #key()} are equal, so the key must fold spelling variants.
 *
 * @param subtype COUNTRY, CITY, REGION, SITE, GOVERNMENT, MILITARY, ARMED_GROUP, MEDIA, COMPANY,
 *                ALLIANCE, INTERNATIONAL, OTHER, or null
 * @param countryCode ISO 3166-1 alpha-2 (a country's own code, a person's or organization's affiliation), or null
 */
public record EntityRef(EntityType type, String canonicalName, String subtype, String countryCode) {

    /** The identity of this entity across articles: its canonical name folded for matching. */
    public String key() {
        return ArabicFold.fold(canonicalName);
    }
}
