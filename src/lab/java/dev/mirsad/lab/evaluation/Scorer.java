package dev.mirsad.lab.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores predictions against gold articles exactly as /work/shared/gold/score.py does (GUIDELINES.md,
 * "Scores"): the same greedy matching in the same row order, so both print the same figures.
 */
public final class Scorer {

    public static final List<String> LISTS = List.of(
            "persons", "organizations", "locations", "titles", "dates", "amounts", "quotes", "events");
    static final Map<String, String> ENTITY_TYPES = Map.of(
            "persons", "PERSON", "organizations", "ORGANIZATION", "locations", "LOCATION");
    static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private Scorer() {
    }

    public static Scores score(Map<String, Map<String, Object>> gold, Predictions predicted) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        LISTS.forEach(list -> tallies.put(list, new Tally()));
        Map<String, Map<String, PredictedEvent>> events = events(predicted);
        List<String> missing = new ArrayList<>();
        gold.forEach((doc, g) -> {
            String aid = predicted.articles().get(doc);
            if (aid == null) {
                missing.add(doc);
            }
            new ArticleScore(doc, g, aid, predicted, events.getOrDefault(aid, Map.of()), tallies).score();
        });
        return new Scores(gold.size(), missing, tallies);
    }

    /** The file name without folder and extension, as score.py's base(). */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    record PredictedEvent(String type, String timex, Set<String> parts) {
    }

    private static Map<String, Map<String, PredictedEvent>> events(Predictions predicted) {
        Map<String, Map<String, PredictedEvent>> events = new HashMap<>();
        for (Predictions.EventParticipant row : predicted.events()) {
            PredictedEvent ev = events.computeIfAbsent(row.articleId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.eventId(), k -> new PredictedEvent(row.eventType(), row.timexValue(), new HashSet<>()));
            if (present(row.countryCode()) && "LOCATION".equals(row.entityType())
                    && (row.subtype() == null || "COUNTRY".equals(row.subtype()))) {
                ev.parts().add(row.countryCode());
            } else if (present(row.name())) {
                ev.parts().add(ScoreText.norm(row.name()));
            }
        }
        return events;
    }

    private static boolean present(String value) {
        return value != null && !value.isEmpty();
    }

}
