package dev.mirsad.ingest.storage;

import dev.mirsad.extract.PlaceCoordinates.LatLon;
import dev.mirsad.pipeline.ArticleEntity;

import java.util.Comparator;

/**
 * What an entity row holds beside its key, and how the versions of it that articles offer combine: each
 * attribute takes the smallest value offered, a value before none (names by code point, as the table's
 * binary collation orders them; points by latitude, then longitude). The result does not depend on the
 * order the articles come in, so a night spread over workers stores the entities one process stores.
 * {@link #MERGE_ON_DUPLICATE} is the same rule in SQL.
 */
record EntityAttributes(String name, String subtype, String country, LatLon point) {

    /** Each assignment reads only its own column (MySQL applies them in order); longitude's comes before latitude's. */
    static final String MERGE_ON_DUPLICATE = """
            canonical_name = LEAST(canonical_name, VALUES(canonical_name)),
            entity_subtype = COALESCE(LEAST(entity_subtype, VALUES(entity_subtype)), entity_subtype, VALUES(entity_subtype)),
            country_code = COALESCE(LEAST(country_code, VALUES(country_code)), country_code, VALUES(country_code)),
            longitude = IF(VALUES(latitude) IS NOT NULL AND (latitude IS NULL OR VALUES(latitude) < latitude
                    OR VALUES(latitude) = latitude AND VALUES(longitude) < longitude), VALUES(longitude), longitude),
            latitude = COALESCE(LEAST(latitude, VALUES(latitude)), latitude, VALUES(latitude))""";

    private static final Comparator<String> BY_CODE_POINT = EntityAttributes::compareByCodePoint;
    private static final Comparator<LatLon> BY_POINT =
            Comparator.comparingDouble(LatLon::latitude).thenComparingDouble(LatLon::longitude);

    static EntityAttributes of(ArticleEntity entity) {
        return new EntityAttributes(EntityRepository.truncate(entity.ref().canonicalName()), entity.ref().subtype(),
                entity.ref().countryCode(), entity.coordinates());
    }

    /** The attributes a row holds once both versions were written, in either order. */
    EntityAttributes merge(EntityAttributes other) {
        return new EntityAttributes(smaller(name, other.name, BY_CODE_POINT), smaller(subtype, other.subtype, BY_CODE_POINT),
                smaller(country, other.country, BY_CODE_POINT), smaller(point, other.point, BY_POINT));
    }

    /** Whether writing the other version could change a row that holds these attributes, or smaller ones. */
    boolean improvedBy(EntityAttributes other) {
        // Most articles offer an entity exactly as it was written before: no merge to build then.
        return !other.equals(this) && !merge(other).equals(this);
    }

    /** String.compareTo orders UTF-16 units, which differs from code points beyond the BMP. */
    private static int compareByCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static <T> T smaller(T a, T b, Comparator<T> order) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return order.compare(a, b) <= 0 ? a : b;
    }
}
