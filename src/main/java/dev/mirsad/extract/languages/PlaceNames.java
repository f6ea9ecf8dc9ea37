package dev.mirsad.extract.languages;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.resources.ResourceLines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The countries and cities a language names as the Arabic extractor names them, so that an article in
 * Russian and one in Arabic share the entity (Москве and موسكو are one city). Only links made by the data
 * are taken: a country by its ISO code and a city by the time zone it names (CLDR's exemplar city in both
 * languages, as ICU4J ships it), then a place of GeoNames by its id ({@code languages/<code>/geonames.tsv},
 * derived by {@code src/lab/derive_language_places.py}: the language's name of a place, its country, and
 * the Arabic name {@code geonames_places.tsv} gives the same place). The Arabic name, subtype and country
 * code are those the Arabic extractor gives, and a city's point comes from its Arabic name like any other.
 * Where the language declares its endings (Russian), a name of one word also matches inflected, by a stem
 * it shares.
 */
final class PlaceNames {

    private static final ULocale ARABIC = new ULocale("ar");
    /** Compiled once: every place the tagger finds, and every capitalized word of an event or title, is looked up. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MIN_NATIONALITY_ROOT = 4;
    /** How many letters a nationality word adds to its country's name: Iraq-i, Syria-n, Jordan-ian. */
    private static final int MAX_NATIONALITY_SUFFIX = 3;

    private final NameWords words;
    private final Map<String, EntityRef> byName = new HashMap<>();
    private final Map<String, EntityRef> byStem = new HashMap<>();
    private final Map<String, EntityRef> countries = new HashMap<>();
    /** Each one-word country name of four letters or more, folded, with its code: a nationality word starts with one. */
    private final Map<String, String> countryWords = new HashMap<>();

    PlaceNames(String language, NameWords words) {
        this.words = words;
        addCldrPlaces(language);
        // GeoNames after CLDR: CLDR's names are the ones the Arabic lexicon uses for the same cities.
        for (String line : ResourceLines.ifPresent(LanguageExtractor.class, language + "/geonames.tsv").orElse(List.of())) {
            String[] fields = line.split("\t");
            if (fields.length != 3) {
                throw new IllegalArgumentException("not a 'name<TAB>ISO alpha-2<TAB>Arabic name' line of geonames.tsv: " + line);
            }
            add(normalized(fields[0]), new EntityRef(EntityType.LOCATION, fields[2], "CITY", fields[1]));
        }
    }

    private void addCldrPlaces(String language) {
        ULocale locale = new ULocale(language);
        for (String code : ULocale.getISOCountries()) {
            ULocale country = new ULocale("und", code);
            String arabic = country.getDisplayCountry(ARABIC);
            if (!arabic.isEmpty() && !arabic.equals(code)) {
                EntityRef ref = new EntityRef(EntityType.LOCATION, arabic, "COUNTRY", code);
                String name = normalized(country.getDisplayCountry(locale));
                add(name, ref);
                countries.put(code, ref);
                if (name.length() >= MIN_NATIONALITY_ROOT && !name.contains(" ")) {
                    countryWords.put(name, code);
                }
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

    /** The country of this code, as the Arabic extractor names it, or null. */
    EntityRef country(String code) {
        return code == null ? null : countries.get(code);
    }

    /**
     * The code of the country a word names, inflected or not (России), or whose name a nationality word
     * extends by up to three letters (Iraqi, Jordanian); null for any other word.
     */
    String countryCodeOf(String word) {
        String folded = normalized(word);
        EntityRef place = place(word).orElse(null);
        if (place != null && "COUNTRY".equals(place.subtype())) {
            return place.countryCode();
        }
        for (int cut = 1; cut <= MAX_NATIONALITY_SUFFIX && folded.length() - cut >= MIN_NATIONALITY_ROOT; cut++) {
            String code = countryWords.get(folded.substring(0, folded.length() - cut));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String normalized(String name) {
        return SPACES.matcher(WordTokens.fold(name.strip())).replaceAll(" ");
    }

}
