package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Places of 15,000 people or more by their Arabic-script names, from GeoNames (CC BY 4.0; see
 * {@code geonames_places.tsv} and THIRD-PARTY-NOTICES.md): where each lies and in which country. They give the
 * places the tagger finds a country code and a point; they do not find places themselves, since many of
 * their names are ordinary words too (صور is Tyre, and pictures).
 */
public final class GeoNamesPlaces {

    /** A place: ISO alpha-2 of its country, and where it lies (degrees, north and east positive). */
    public record Place(String countryCode, double latitude, double longitude) {
    }

    private static final GeoNamesPlaces SHIPPED = new GeoNamesPlaces();
    /** مدينة الظهران is the city الظهران: the kind of place before a name is no part of the name GeoNames knows. */
    private static final Set<String> PLACE_NOUNS = Set.of("مدينه", "بلده", "قريه", "محافظه", "ولايه", "منطقه", "اقليم");

    private final Map<String, Place> byFoldedName = new HashMap<>();

    private GeoNamesPlaces() {
        for (String line : Resources.lines("geonames_places.tsv")) {
            String[] f = line.split("\t");
            byFoldedName.put(ArabicFold.fold(f[0]), new Place(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
    }

    /** The list shipped with Mirsad, read once per process: it is immutable. */
    public static GeoNamesPlaces shipped() {
        return SHIPPED;
    }

    /**
     * @param foldedName a place's name folded as {@link ArabicFold} folds it, with or without a kind of place
     *                   before it (مدينه الظهران), or null
     */
    public Place byName(String foldedName) {
        if (foldedName == null) {
            return null;
        }
        Place place = byFoldedName.get(foldedName);
        int space = foldedName.indexOf(' ');
        if (place == null && space > 0 && PLACE_NOUNS.contains(foldedName.substring(0, space))) {
            place = byFoldedName.get(foldedName.substring(space + 1));
        }
        return place;
    }
}
