package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Event;
import dev.mirsad.extract.facts.TimeExpression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Events from trigger words (اجتماع, زيارة, غارة, تأسيس): participants are the countries (by name or
 * nationality word), persons and organizations of the trigger's sentence; place and date come from the
 * sentence. Mentions of one event across an article (اجتماع ... اللقاء) are merged when type and date agree.
 */
final class EventFinder {

    private static final String ATTACK = "ATTACK";

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
            EntityRef location = placeIn(entities, from, to);
            if (location == null && ATTACK.equals(trigger.type())) {
                continue;
            }
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

    /** The first city or site of the sentence, else its first country (attacks are often placed only by country). */
    private static EntityRef placeIn(List<Found> entities, int from, int to) {
        EntityRef country = null;
        for (Found f : entities) {
            EntityRef ref = f.ref();
            if (f.span().from() < from || f.span().to() > to || ref.type() != EntityType.LOCATION) {
                continue;
            }
            if ("COUNTRY".equals(ref.subtype())) {
                country = country == null ? ref : country;
            } else if (!"REGION".equals(ref.subtype())) {
                return ref;
            }
        }
        return country;
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
            } else if (ref.type() == EntityType.LOCATION) {
                // A city's country takes part in what happens there (an air strike on الرقة is one in Syria).
                EntityRef country = ref.countryCode() == null ? null : lexicon.country(ref.countryCode());
                if (country != null) {
                    countries.putIfAbsent(ref.countryCode(), country);
                }
            } else if (ref.type() == EntityType.PERSON
                    || ref.type() == EntityType.ORGANIZATION && !"MEDIA".equals(ref.subtype())) {
                out.add(ref);
            }
        }
        for (int i = from; i < to; i++) {
            String word = article.word(i);
            String code = word == null ? null : lexicon.demonymCode(word);
            if (code != null && lexicon.country(code) != null) {
                countries.putIfAbsent(code, lexicon.country(code));
            }
        }
        List<EntityRef> all = new ArrayList<>(countries.values());
        all.addAll(out);
        return all;
    }

    /**
     * Same type and compatible dates (2015 and 2015-12 agree): one meeting, visit or founding reported
     * several times; attacks are many, so they merge only with shared parties or place. Participants are
     * united, the more precise date and the known place kept.
     */
    private static void mergeInto(Map<String, Event> merged, Event event) {
        for (Map.Entry<String, Event> e : merged.entrySet()) {
            Event old = e.getValue();
            if (old.type().equals(event.type()) && compatibleDates(old.timexValue(), event.timexValue())
                    && (!ATTACK.equals(event.type()) || sameParties(old, event))) {
                Set<EntityRef> parts = new LinkedHashSet<>(old.participants());
                parts.addAll(event.participants());
                e.setValue(new Event(old.type(), old.cameoCode(), old.trigger(),
                        moreDetailed(old.timexValue(), event.timexValue()),
                        old.eventOn() != null ? old.eventOn() : event.eventOn(),
                        old.location() != null ? old.location() : event.location(),
                        List.copyOf(parts), old.start(), old.end()));
                return;
            }
        }
        merged.put(event.type() + "@" + event.start(), event);
    }

    /** One value refines the other; an unknown year (XXXX) agrees with any year. */
    private static boolean compatibleDates(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && x != 'X' && y != 'X') {
                return false;
            }
        }
        return true;
    }

    private static String moreDetailed(String a, String b) {
        return a == null || b != null && b.length() > a.length() ? b : a;
    }

    /** A shared person or organization, two shared countries, or the same named place. */
    private static boolean sameParties(Event a, Event b) {
        if (a.location() != null && a.location().equals(b.location())) {
            return true;
        }
        long countries = a.participants().stream().filter(b.participants()::contains)
                .filter(r -> r.type() == EntityType.LOCATION).count();
        boolean named = a.participants().stream().filter(b.participants()::contains)
                .anyMatch(r -> r.type() != EntityType.LOCATION);
        return named || countries >= 2;
    }
}
