package dev.mirsad.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Folded words that scale a number or make it a percentage (ألف, مليون, بالمئة): amounts read them,
 * and dates must not take the number before them for a day.
 */
final class ScaleWords {

    static final Map<String, BigDecimal> SCALES = Map.of("الف", BigDecimal.valueOf(1000),
            "الاف", BigDecimal.valueOf(1000), "مليون", BigDecimal.valueOf(1_000_000),
            "ملايين", BigDecimal.valueOf(1_000_000), "مليار", BigDecimal.valueOf(1_000_000_000L),
            "مليارات", BigDecimal.valueOf(1_000_000_000L));
    static final Set<String> PERCENT_WORDS = Set.of("بالميه", "بالمايه", "الميه", "المايه");

    private ScaleWords() {
    }

    static boolean isScaleOrPercent(String word) {
        return SCALES.containsKey(word) || PERCENT_WORDS.contains(word);
    }
}
