package dev.mirsad.extract;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;
import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a city lies. For the cities that name a time zone, the IANA time-zone database's
 * {@code zone.tab} (public domain, shipped beside this class as {@code city_coordinates_zone.tab}) gives each zone's principal city
 * with its coordinates, and CLDR (in ICU4J) the city's Arabic name, which is how the gazetteer
 * names it; for other places of 15,000 people or more, GeoNames ({@link GeoNamesPlaces}). A country or
 * region is not a point and has none.
 */
public final class PlaceCoordinates {

    /** ±DDMM±DDDMM or ±DDMMSS±DDDMMSS. */
    private static final Pattern ISO_6709 = Pattern.compile(
            "([+-])(\\d{2})(\\d{2})(\\d{2})?([+-])(\\d{3})(\\d{2})(\\d{2})?");

    private final Map<String, LatLon> byFoldedName = new HashMap<>();

    /** A point in degrees, north and east positive. */
    public record LatLon(double latitude, double longitude) {
    }

    public PlaceCoordinates() {
        TimeZoneNames arabic = TimeZoneNames.getInstance(new ULocale("ar"));
        for (String line : Resources.lines("city_coordinates_zone.tab")) {
            String[] fields = line.split("\t");
            String city = arabic.getExemplarLocationName(fields[2]);
            if (city != null) {
                byFoldedName.putIfAbsent(ArabicFold.fold(city), parse(fields[1]));
            }
        }
    }

    /** The coordinates of a city named so. */
    public Optional<LatLon> of(EntityRef place) {
        if (place.type() != EntityType.LOCATION || !"CITY".equals(place.subtype())) {
            return Optional.empty();
        }
        LatLon zoneCity = byFoldedName.get(place.key());
        if (zoneCity != null) {
            return Optional.of(zoneCity);
        }
        return Optional.ofNullable(GeoNamesPlaces.shipped().byName(place.key()))
                .map(p -> new LatLon(p.latitude(), p.longitude()));
    }

    static LatLon parse(String iso6709) {
        Matcher m = ISO_6709.matcher(iso6709);
        if (!m.matches()) {
            throw new IllegalArgumentException("not ISO 6709 coordinates: " + iso6709);
        }
        return new LatLon(degrees(m.group(1), m.group(2), m.group(3), m.group(4)),
                degrees(m.group(5), m.group(6), m.group(7), m.group(8)));
    }

    private static double degrees(String sign, String degrees, String minutes, String seconds) {
        double value = Integer.parseInt(degrees) + Integer.parseInt(minutes) / 60.0
                + (seconds == null ? 0 : Integer.parseInt(seconds) / 3600.0);
        return "-".equals(sign) ? -value : value;
    }
}
