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

/** The scoring of one gold article, as score.py scores it. */
final class ArticleScore {

    private final String doc;
    private final Map<String, Object> g;
    private final String aid;
    private final Predictions predicted;
    private final Map<String, Scorer.PredictedEvent> events;
    private final Map<String, Tally> tallies;
    private final List<String> optional;
    private final Map<String, Map<String, Integer>> matchedByList = new HashMap<>();

    ArticleScore(String doc, Map<String, Object> g, String aid, Predictions predicted,
                 Map<String, Scorer.PredictedEvent> events, Map<String, Tally> tallies) {
        this.doc = doc;
        this.g = g;
        this.aid = aid;
        this.predicted = predicted;
        this.events = events;
        this.tallies = tallies;
        this.optional = GoldValues.strings(g.get("optional")).stream().map(ScoreText::norm).toList();
    }

    void score() {
        List<Predictions.Mention> mentions = rows(predicted.mentions());
        for (String list : List.of("persons", "organizations", "locations")) {
            Map<String, Predictions.Mention> pred = new LinkedHashMap<>();
            mentions.stream().filter(m -> Scorer.ENTITY_TYPES.get(list).equals(m.entityType()))
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
        return GoldValues.maps(g.get(key));
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
                if (GoldValues.entityKeys(e).contains(n) || (GoldValues.truthy(code) && "COUNTRY".equals(m.subtype())
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
        persons.forEach(p -> goldTitles.add(GoldValues.strings(p.get("titles")).stream().map(ScoreText::norm).toList()));
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
                            + GoldValues.strings(persons.get(i).get("titles")).get(j));
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
                tally.falseAlarm(doc + " dates false alarm: " + row.surface() + " = " + GoldValues.python(row.timexValue()));
            }
        }
        want.forEach(v -> tally.miss(doc + " dates missed: " + GoldValues.python(v)));
    }

    private void amounts() {
        Tally tally = tallies.get("amounts");
        List<Map<String, Object>> want = new ArrayList<>(list("amounts"));
        for (Predictions.Amount row : rows(predicted.amounts())) {
            Map<String, Object> hit = null;
            for (Map<String, Object> a : want) {
                Double gold = GoldValues.number(a.get("value"));
                Double value = GoldValues.number(row.value());
                boolean same = gold != null && value != null && GoldValues.isClose(value, gold);
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
            list(lst).forEach(e -> speakers.put((String) e.get("name"), GoldValues.entityKeys(e)));
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
                tally.falseAlarm(doc + " quotes false alarm: " + GoldValues.python(row.speakerName()) + ": " + GoldValues.first60(row.text()));
            }
        }
        want.forEach(q -> tally.miss(doc + " quotes missed: " + GoldValues.python(q.get("speaker")) + ": "
                + GoldValues.first60((String) q.get("quote"))));
    }

    private void events() {
        Tally tally = tallies.get("events");
        List<Map<String, Object>> want = new ArrayList<>(list("events"));
        List<String> optionalRaw = GoldValues.strings(g.get("optional"));
        for (Scorer.PredictedEvent ev : events.values()) {
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
            } else if (optionalRaw.contains(ev.type()) || optionalRaw.contains(ev.type() + ":" + GoldValues.python(ev.timex()))) {
                continue;
            } else {
                tally.falseAlarm(doc + " events false alarm: " + ev.type() + " " + GoldValues.pythonList(ev.parts().stream().sorted().toList()));
            }
        }
        want.forEach(gev -> tally.miss(doc + " events missed: " + gev.get("type") + " "
                + (gev.get("participants") == null ? "None" : GoldValues.pythonList(GoldValues.strings(gev.get("participants"))))));
    }

    /** A country code stands for itself; a name stands for all the names of its gold entity. */
    private List<Object> goldParts(Map<String, Object> ev) {
        Set<Object> parts = new LinkedHashSet<>();
        List<Map<String, Object>> named = new ArrayList<>(list("persons"));
        named.addAll(list("organizations"));
        for (String p : GoldValues.strings(ev.get("participants"))) {
            if (Scorer.COUNTRY_CODE.matcher(p).matches()) {
                parts.add(p);
            } else {
                parts.add(named.stream().filter(e -> p.equals(e.get("name"))).findFirst()
                        .map(GoldValues::entityKeys).orElse(Set.of(ScoreText.norm(p))));
            }
        }
        return new ArrayList<>(parts);
    }
}