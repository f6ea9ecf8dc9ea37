package dev.mirsad.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Folded words that scale a number or make it a percentage (ألف, مليون, بالمئة): amounts read them,
 * and dates must not take the number before them for a day.
 */
final class ScaleWords {

    /** With the accusative ending (53 ألفاً, 3 ملياراً), which folding leaves as a final ا. */
    static final Map<String, BigDecimal> SCALES = Map.ofEntries(Map.entry("الف", BigDecimal.valueOf(1000)),
            Map.entry("الفا", BigDecimal.valueOf(1000)), Map.entry("الاف", BigDecimal.valueOf(1000)),
            Map.entry("مليون", BigDecimal.valueOf(1_000_000)), Map.entry("مليونا", BigDecimal.valueOf(1_000_000)),
            Map.entry("ملايين", BigDecimal.valueOf(1_000_000)), Map.entry("مليار", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("مليارا", BigDecimal.valueOf(1_000_000_000L)), Map.entry("مليارات", BigDecimal.valueOf(1_000_000_000L)),
            Map.entry("تريليون", BigDecimal.valueOf(1_000_000_000_000L)),
            Map.entry("تريليونات", BigDecimal.valueOf(1_000_000_000_000L)));
    static final Set<String> PERCENT_WORDS = Set.of("بالميه", "بالمايه", "الميه", "المايه");

    private ScaleWords() {
    }

    static boolean isScaleOrPercent(String word) {
        return SCALES.containsKey(word) || PERCENT_WORDS.contains(word);
    }
}
