package dev.mirsad.lab.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores predictions against gold articles exactly as /work/shared/gold/score.py does (GUIDELINES.md,
 * "Scores"): the same greedy matching in the same row order, so both print the same figures.
 */
public final class Scorer {

    public static final List<String> LISTS = List.of(
            "persons", "organizations", "locations", "titles", "dates", "amounts", "quotes", "events");
    private static final Map<String, String> ENTITY_TYPES = Map.of(
            "persons", "PERSON", "organizations", "ORGANIZATION", "locations", "LOCATION");
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

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

    /** The scoring of one gold article. */
    private static final class ArticleScore {
        private final String doc;
        private final Map<String, Object> g;
        private final String aid;
        private final Predictions predicted;
        private final Map<String, PredictedEvent> events;
        private final Map<String, Tally> tallies;
        private final List<String> optional;
        private final Map<String, Map<String, Integer>> matchedByList = new HashMap<>();

        ArticleScore(String doc, Map<String, Object> g, String aid, Predictions predicted,
                     Map<String, PredictedEvent> events, Map<String, Tally> tallies) {
            this.doc = doc;
            this.g = g;
            this.aid = aid;
            this.predicted = predicted;
            this.events = events;
            this.tallies = tallies;
            this.optional = strings(g.get("optional")).stream().map(ScoreText::norm).toList();
        }

        void score() {
            List<Predictions.Mention> mentions = rows(predicted.mentions());
            for (String list : List.of("persons", "organizations", "locations")) {
                Map<String, Predictions.Mention> pred = new LinkedHashMap<>();
                mentions.stream().filter(m -> ENTITY_TYPES.get(list).equals(m.entityType()))
                        .forEach(m -> pred.put(m.entityId(), m));
                matchedByList.put(list, matchEntities(list(list), pred, tallies.get(list), list));
            }
            titles();
            dates();
            amounts();
            quotes();
            events();
        }

        private <T> List<T> rows(Map<String, List<T>> byArticle) {
            return aid == null ? List.of() : byArticle.getOrDefault(aid, List.of());
        }

        private List<Map<String, Object>> list(String key) {
            return maps(g.get(key));
        }

        private boolean isOptional(String text) {
            String t = ScoreText.norm(text);
            return !t.isEmpty() && optional.stream()
                    .anyMatch(o -> t.equals(o) || (t.length() > 12 && ScoreText.jaccard(t, o) >= 0.5));
        }

        private Map<String, Integer> matchEntities(List<Map<String, Object>> goldList, Map<String, Predictions.Mention> pred,
                                                   Tally tally, String label) {
            Map<String, Integer> matched = new HashMap<>();
            Set<Integer> hits = new HashSet<>();
            // score.py visits predicted entities in the text order of their ids.
            List<String> ids = new ArrayList<>(pred.keySet());
            ids.sort(Comparator.naturalOrder());
            for (String eid : ids) {
                Predictions.Mention m = pred.get(eid);
                String n = ScoreText.norm(m.canonicalName());
                Integer found = null;
                for (int i = 0; i < goldList.size(); i++) {
                    Map<String, Object> e = goldList.get(i);
                    Object code = e.get("code");
                    if (entityKeys(e).contains(n) || (truthy(code) && "COUNTRY".equals(m.subtype())
                            && Objects.equals(m.countryCode(), code))) {
                        found = i;
                        break;
                    }
                }
                if (found != null && !hits.contains(found)) {
                    hits.add(found);
                    matched.put(eid, found);
                    tally.hit();
                } else if (found == null && isOptional(m.canonicalName())) {
                    continue;
                } else {
                    tally.falseAlarm(doc + " " + label + " false alarm: " + m.canonicalName() + (found != null ? " (again)" : ""));
                }
            }
            for (int i = 0; i < goldList.size(); i++) {
                if (!hits.contains(i)) {
                    tally.miss(doc + " " + label + " missed: " + goldList.get(i).get("name"));
                }
            }
            return matched;
        }

        private void titles() {
            List<Map<String, Object>> persons = list("persons");
            Map<String, Integer> personOf = matchedByList.get("persons");
            Tally tally = tallies.get("titles");
            List<List<String>> goldTitles = new ArrayList<>();
            persons.forEach(p -> goldTitles.add(strings(p.get("titles")).stream().map(ScoreText::norm).toList()));
            Set<List<Integer>> used = new HashSet<>();
            for (Predictions.Title row : rows(predicted.titles())) {
                Integer i = personOf.get(row.entityId());
                String t = ScoreText.norm(row.title());
                List<Integer> hit = null;
                if (i != null) {
                    List<String> gts = goldTitles.get(i);
                    for (int j = 0; j < gts.size(); j++) {
                        String gt = gts.get(j);
                        if (!used.contains(List.of(i, j)) && !t.isEmpty() && (gt.contains(t) || t.contains(gt))) {
                            hit = List.of(i, j);
                            break;
                        }
                    }
                }
                if (hit != null) {
                    used.add(hit);
                    tally.hit();
                } else if (!isOptional(row.title())) {
                    tally.falseAlarm(doc + " titles false alarm: " + row.title());
                }
            }
            for (int i = 0; i < goldTitles.size(); i++) {
                for (int j = 0; j < goldTitles.get(i).size(); j++) {
                    if (!used.contains(List.of(i, j))) {
                        tally.miss(doc + " titles missed: " + persons.get(i).get("name") + " / "
                                + strings(persons.get(i).get("titles")).get(j));
                    }
                }
            }
        }

        private void dates() {
            Tally tally = tallies.get("dates");
            List<Object> want = new ArrayList<>();
            list("dates").forEach(d -> want.add(d.get("value")));
            for (Predictions.Date row : rows(predicted.dates())) {
                if (want.remove(row.timexValue())) {
                    tally.hit();
                } else if (!isOptional(row.surface())) {
                    tally.falseAlarm(doc + " dates false alarm: " + row.surface() + " = " + python(row.timexValue()));
                }
            }
            want.forEach(v -> tally.miss(doc + " dates missed: " + python(v)));
        }

        private void amounts() {
            Tally tally = tallies.get("amounts");
            List<Map<String, Object>> want = new ArrayList<>(list("amounts"));
            for (Predictions.Amount row : rows(predicted.amounts())) {
                Map<String, Object> hit = null;
                for (Map<String, Object> a : want) {
                    Double gold = number(a.get("value"));
                    Double value = number(row.value());
                    boolean same = gold != null && value != null && isClose(value, gold);
                    String gu = ScoreText.norm(a.get("unit"));
                    String pu = ScoreText.norm(row.unit());
                    boolean unitOk = ("percent".equals(gu) && ScoreText.isPercent(row.unit()))
                            || (!gu.isEmpty() && !pu.isEmpty() && (pu.contains(gu) || gu.contains(pu)));
                    if (same && unitOk) {
                        hit = a;
                        break;
                    }
                }
                if (hit != null) {
                    want.remove(hit);
                    tally.hit();
                } else if (!isOptional(row.surface())) {
                    tally.falseAlarm(doc + " amounts false alarm: " + row.surface());
                }
            }
            want.forEach(a -> tally.miss(doc + " amounts missed: " + a.get("text")));
        }

        private void quotes() {
            Tally tally = tallies.get("quotes");
            Map<String, Set<String>> speakers = new HashMap<>();
            Map<String, String> entityGoldName = new HashMap<>();
            for (String lst : List.of("persons", "organizations")) {
                list(lst).forEach(e -> speakers.put((String) e.get("name"), entityKeys(e)));
                matchedByList.get(lst).forEach((eid, i) -> entityGoldName.put(eid, (String) list(lst).get(i).get("name")));
            }
            List<Map<String, Object>> want = new ArrayList<>(list("quotes"));
            for (Predictions.Quote row : rows(predicted.quotes())) {
                Map<String, Object> hit = null;
                for (Map<String, Object> q : want) {
                    if (ScoreText.jaccard(row.text(), (String) q.get("quote")) < 0.5) {
                        continue;
                    }
                    Object speaker = q.get("speaker");
                    if (speaker == null || Objects.equals(entityGoldName.get(row.speakerEntityId()), speaker)
                            || speakers.getOrDefault(speaker, Set.of()).contains(ScoreText.norm(row.speakerName()))) {
                        hit = q;
                        break;
                    }
                }
                if (hit != null) {
                    want.remove(hit);
                    tally.hit();
                } else if (!isOptional(row.text())) {
                    tally.falseAlarm(doc + " quotes false alarm: " + python(row.speakerName()) + ": " + first60(row.text()));
                }
            }
            want.forEach(q -> tally.miss(doc + " quotes missed: " + python(q.get("speaker")) + ": "
                    + first60((String) q.get("quote"))));
        }

        private void events() {
            Tally tally = tallies.get("events");
            List<Map<String, Object>> want = new ArrayList<>(list("events"));
            List<String> optionalRaw = strings(g.get("optional"));
            for (PredictedEvent ev : events.values()) {
                Map<String, Object> hit = null;
                for (Map<String, Object> gev : want) {
                    if (!Objects.equals(gev.get("type"), ev.type())) {
                        continue;
                    }
                    List<Object> gp = goldParts(gev);
                    long found = gp.stream().filter(p -> p instanceof String code
                            ? ev.parts().contains(code)
                            : ((Set<?>) p).stream().anyMatch(ev.parts()::contains)).count();
                    if (!gp.isEmpty() && found >= (gp.size() + 1) / 2) {
                        hit = gev;
                        break;
                    }
                }
                if (hit != null) {
                    want.remove(hit);
                    tally.hit();
                } else if (optionalRaw.contains(ev.type()) || optionalRaw.contains(ev.type() + ":" + python(ev.timex()))) {
                    continue;
                } else {
                    tally.falseAlarm(doc + " events false alarm: " + ev.type() + " " + pythonList(ev.parts().stream().sorted().toList()));
                }
            }
            want.forEach(gev -> tally.miss(doc + " events missed: " + gev.get("type") + " "
                    + (gev.get("participants") == null ? "None" : pythonList(strings(gev.get("participants"))))));
        }

        /** A country code stands for itself; a name stands for all the names of its gold entity. */
        private List<Object> goldParts(Map<String, Object> ev) {
            Set<Object> parts = new LinkedHashSet<>();
            List<Map<String, Object>> named = new ArrayList<>(list("persons"));
            named.addAll(list("organizations"));
            for (String p : strings(ev.get("participants"))) {
                if (COUNTRY_CODE.matcher(p).matches()) {
                    parts.add(p);
                } else {
                    parts.add(named.stream().filter(e -> p.equals(e.get("name"))).findFirst()
                            .map(Scorer::entityKeys).orElse(Set.of(ScoreText.norm(p))));
                }
            }
            return new ArrayList<>(parts);
        }
    }

    private static Set<String> entityKeys(Map<String, Object> entry) {
        Set<String> keys = new HashSet<>();
        keys.add(ScoreText.norm(entry.get("name")));
        strings(entry.get("aliases")).forEach(a -> keys.add(ScoreText.norm(a)));
        return keys;
    }

    private static boolean truthy(Object value) {
        return value != null && !"".equals(value);
    }

    private static Double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? null : Double.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** math.isclose with its default relative tolerance. */
    private static boolean isClose(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static String first60(String text) {
        return text == null ? "None" : text.substring(0, text.offsetByCodePoints(0, Math.min(60, text.codePointCount(0, text.length()))));
    }

    private static String python(Object value) {
        return value == null ? "None" : value.toString();
    }

    private static String pythonList(List<String> items) {
        return items.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", ", "[", "]"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object value) {
        return value instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(v -> (String) v).toList() : List.of();
    }
}
