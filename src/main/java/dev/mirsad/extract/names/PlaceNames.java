package dev.mirsad.extract.names;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The countries and cities a language names as the Arabic extractor names them, so that an article in
 * Russian and one in Arabic share the entity (Москве and موسكو are one city). Only links CLDR makes itself
 * are taken: a country by its ISO code, a city by the time zone it names (CLDR's exemplar city in both
 * languages, as ICU4J ships it). The Arabic name, subtype and country code are those of the Arabic lexicon
 * ({@code Lexicon}), and a city's point comes from its Arabic name like any other. Where the language
 * declares its endings (Russian), a name of one word also matches inflected, by a stem it shares.
 */
final class PlaceNames {

    private static final ULocale ARABIC = new ULocale("ar");

    private final NameWords words;
    private final Map<String, EntityRef> byName = new HashMap<>();
    private final Map<String, EntityRef> byStem = new HashMap<>();

    PlaceNames(String language, NameWords words) {
        this.words = words;
        ULocale locale = new ULocale(language);
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("und", code);
            String arabic = country.getDisplayCountry(ARABIC);
            if (!arabic.isEmpty() && !arabic.equals(code)) {
                add(country.getDisplayCountry(locale), new EntityRef(EntityType.LOCATION, arabic, "COUNTRY", code));
            }
        }
        TimeZoneNames arabicZones = TimeZoneNames.getInstance(ARABIC);
        TimeZoneNames zones = TimeZoneNames.getInstance(locale);
        for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
            String arabic = arabicZones.getExemplarLocationName(zone);
            String name = zones.getExemplarLocationName(zone);
            if (arabic != null && name != null) {
                String region = TimeZone.getRegion(zone);
                add(name, new EntityRef(EntityType.LOCATION, arabic, "CITY", "001".equals(region) ? null : region));
            }
        }
    }

    private void add(String name, EntityRef place) {
        // A country's name wins over a city's (Джибути, Кувейт); the first of two cities is kept.
        String folded = normalized(name);
        if (place.subtype().equals("COUNTRY") || !byName.containsKey(folded)) {
            byName.put(folded, place);
            words.stems(folded).forEach(stem -> byStem.putIfAbsent(stem, place));
        }
    }

    /** The place a name written in the text names, if CLDR links it to the Arabic one. */
    Optional<EntityRef> place(String surface) {
        String folded = normalized(surface);
        EntityRef place = byName.get(folded);
        if (place == null && !folded.contains(" ")) {
            place = words.stems(folded).stream().map(stem -> byStem.getOrDefault(stem, byName.get(stem)))
                    .filter(Objects::nonNull).findFirst().orElse(null);
        }
        return Optional.ofNullable(place);
    }

    private static String normalized(String name) {
        return String.join(" ", WordTokens.fold(name.strip()).split("\\s+"));
    }

}
