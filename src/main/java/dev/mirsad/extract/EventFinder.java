package dev.mirsad.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Events from trigger words (اجتماع, زيارة, غارة, تأسيس): participants are the countries (by name or
 * nationality word), persons and organizations of the trigger's sentence; place and date come from the
 * sentence. Mentions of one event across an article (اجتماع ... اللقاء) are merged when type and date agree.
 */
final class EventFinder {

    private final Lexicon lexicon;

    EventFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Event> find(Article article, List<Found> entities, List<TimeExpression> dates) {
        Map<String, Event> merged = new LinkedHashMap<>();
        Tokens tokens = article.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            String word = article.word(i);
            Lexicon.Trigger trigger = word == null ? null : lexicon.trigger(word);
            if (trigger == null) {
                continue;
            }
            int from = tokens.sentenceStart(i);
            int to = tokens.sentenceEnd(i);
            List<EntityRef> participants = participants(article, entities, from, to);
            if (participants.isEmpty()) {
                continue;
            }
            EntityRef location = entities.stream()
                    .filter(f -> f.span().from() >= from && f.span().to() <= to && isPlaceBelow(f.ref()))
                    .map(Found::ref).findFirst().orElse(null);
            int start = article.start(from);
            int end = article.end(to);
            TimeExpression date = dates.stream().filter(d -> d.start() >= start && d.end() <= end).findFirst().orElse(null);
            Event event = new Event(trigger.type(), trigger.cameo(), article.surface(i, i + 1),
                    date == null ? null : date.value(), date == null ? null : date.resolvedOn(), location,
                    participants, article.start(i), article.end(i + 1));
            mergeInto(merged, event);
        }
        return List.copyOf(merged.values());
    }

    /** Cities and sites locate an event; a country does only when nothing smaller is named. */
    private static boolean isPlaceBelow(EntityRef ref) {
        return ref.type() == EntityType.LOCATION && !"COUNTRY".equals(ref.subtype()) && !"REGION".equals(ref.subtype());
    }

    private List<EntityRef> participants(Article article, List<Found> entities, int from, int to) {
        Set<EntityRef> out = new LinkedHashSet<>();
        Map<String, EntityRef> countries = new LinkedHashMap<>();
        for (Found f : entities) {
            if (f.span().from() < from || f.span().to() > to) {
                continue;
            }
            EntityRef ref = f.ref();
            if (ref.type() == EntityType.LOCATION && "COUNTRY".equals(ref.subtype())) {
                countries.putIfAbsent(ref.countryCode(), ref);
            } else if (ref.type() == EntityType.PERSON
                    || ref.type() == EntityType.ORGANIZATION && !"MEDIA".equals(ref.subtype())) {
                out.add(ref);
            }
        }
        for (int i = from; i < to; i++) {
            String word = article.word(i);
            String code = word == null ? null : lexicon.demonymCode(word);
            if (code != null) {
                countries.putIfAbsent(code, new EntityRef(EntityType.LOCATION, code, "COUNTRY", code));
            }
        }
        List<EntityRef> all = new ArrayList<>(countries.values());
        all.addAll(out);
        return all;
    }

    /** Same type and compatible date: one event; participants are united, the known date and place kept. */
    private static void mergeInto(Map<String, Event> merged, Event event) {
        for (Map.Entry<String, Event> e : merged.entrySet()) {
            Event old = e.getValue();
            boolean sameDate = old.timexValue() == null || event.timexValue() == null
                    || Objects.equals(old.timexValue(), event.timexValue());
            if (old.type().equals(event.type()) && sameDate) {
                Set<EntityRef> parts = new LinkedHashSet<>(old.participants());
                parts.addAll(event.participants());
                e.setValue(new Event(old.type(), old.cameoCode(), old.trigger(),
                        old.timexValue() != null ? old.timexValue() : event.timexValue(),
                        old.eventOn() != null ? old.eventOn() : event.eventOn(),
                        old.location() != null ? old.location() : event.location(),
                        List.copyOf(parts), old.start(), old.end()));
                return;
            }
        }
        merged.put(event.type() + "@" + event.start(), event);
    }
}
