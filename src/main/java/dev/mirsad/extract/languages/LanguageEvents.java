package dev.mirsad.extract.languages;

import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Event;
import dev.mirsad.extract.facts.Mention;
import dev.mirsad.extract.facts.TimeExpression;
import dev.mirsad.extract.languages.TextWords.Word;
import dev.mirsad.resources.ResourceLines;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Events from the trigger words a language lists ({@code languages/<code>/event-triggers.tsv}: word, type,
 * and CAMEO code where one fits; matched as written or by a shared stem), read as the Arabic extractor reads them: the
 * participants are the countries (named, by a city in them, or by a nationality word), persons and
 * organizations of the trigger's sentence; the place is its first city CLDR knows (else its first other
 * place, else its first country), the date its first
 * date. An attack needs a place. Mentions of one event (met ... talks) merge when type and date agree.
 */
final class LanguageEvents {

    private static final String ATTACK = "ATTACK";

    private record Trigger(String type, String cameo) {
    }

    private final Map<String, Trigger> triggers;
    private final NameWords words;
    private final PlaceNames places;

    private LanguageEvents(List<String> lines, NameWords words, PlaceNames places) {
        Map<String, Trigger> triggers = new HashMap<>();
        for (String entry : LanguageExtractor.entries(lines)) {
            String[] fields = entry.split("\t");
            if (fields.length < 2 || fields.length > 3) {
                throw new IllegalArgumentException("not a 'word<TAB>TYPE[<TAB>CAMEO]' line of event-triggers.tsv: " + entry);
            }
            Trigger trigger = new Trigger(fields[1], fields.length == 3 ? fields[2] : null);
            String folded = WordTokens.fold(fields[0]);
            triggers.put(folded, trigger);
            words.stems(folded).forEach(stem -> triggers.putIfAbsent(stem, trigger));
        }
        this.triggers = Map.copyOf(triggers);
        this.words = words;
        this.places = places;
    }

    static Optional<LanguageEvents> forLanguage(String language, NameWords words, PlaceNames places) {
        return ResourceLines.ifPresent(LanguageExtractor.class, language + "/event-triggers.tsv").map(lines -> new LanguageEvents(lines, words, places));
    }

    /** @param words the text's words ({@link TextWords}) */
    List<Event> find(String text, List<Word> words, List<Mention> mentions, List<TimeExpression> dates) {
        Map<String, Event> merged = new LinkedHashMap<>();
        for (Word word : words) {
            Trigger trigger = trigger(word.text());
            if (trigger == null) {
                continue;
            }
            int from = TextWords.sentenceStart(text, word.start());
            int to = TextWords.sentenceEnd(text, word.end());
            List<Mention> inSentence = mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
            List<EntityRef> participants = participants(text, inSentence, from, to);
            EntityRef location = placeIn(inSentence);
            if (participants.isEmpty() || location == null && ATTACK.equals(trigger.type())) {
                continue;
            }
            TimeExpression date = dates.stream().filter(d -> d.start() >= from && d.end() <= to).findFirst().orElse(null);
            Event event = new Event(trigger.type(), trigger.cameo(), word.text(), date == null ? null : date.value(),
                    date == null ? null : date.resolvedOn(), location, participants, word.start(), word.end());
            merged.merge(event.type() + "\t" + event.timexValue(), event, LanguageEvents::merge);
        }
        return List.copyOf(merged.values());
    }

    private Trigger trigger(String word) {
        String folded = WordTokens.fold(word);
        Trigger trigger = triggers.get(folded);
        for (String stem : words.stems(folded)) {
            trigger = trigger != null ? trigger : triggers.get(stem);
        }
        return trigger;
    }

    /** The first city CLDR knows, else the first other place that is no country, else the first country. */
    private static EntityRef placeIn(List<Mention> mentions) {
        EntityRef other = null;
        EntityRef country = null;
        for (Mention m : mentions) {
            EntityRef ref = m.entity();
            if (ref.type() != EntityType.LOCATION) {
                continue;
            }
            if ("CITY".equals(ref.subtype())) {
                return ref;
            }
            if ("COUNTRY".equals(ref.subtype())) {
                country = country == null ? ref : country;
            } else {
                other = other == null ? ref : other;
            }
        }
        return other != null ? other : country;
    }

    private List<EntityRef> participants(String text, List<Mention> mentions, int from, int to) {
        Map<String, EntityRef> countries = new LinkedHashMap<>();
        Set<EntityRef> others = new LinkedHashSet<>();
        for (Mention m : mentions) {
            EntityRef ref = m.entity();
            if (ref.type() == EntityType.LOCATION) {
                // A city's country takes part in what happens there; a place CLDR does not link has none.
                EntityRef country = places.country(ref.countryCode());
                if (country != null) {
                    countries.putIfAbsent(country.countryCode(), country);
                }
            } else {
                others.add(ref);
            }
        }
        for (Word word : TextWords.of(text, from, to)) {
            String code = word.capitalized() ? places.countryCodeOf(word.text()) : null;
            EntityRef country = places.country(code);
            if (country != null) {
                countries.putIfAbsent(code, country);
            }
        }
        List<EntityRef> all = new ArrayList<>(countries.values());
        all.addAll(others);
        return all;
    }

    private static Event merge(Event first, Event again) {
        Set<EntityRef> participants = new LinkedHashSet<>(first.participants());
        participants.addAll(again.participants());
        return new Event(first.type(), first.cameoCode(), first.trigger(), first.timexValue(), first.eventOn(),
                first.location() != null ? first.location() : again.location(), List.copyOf(participants), first.start(), first.end());
    }
}
