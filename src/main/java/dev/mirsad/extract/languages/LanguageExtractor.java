package dev.mirsad.extract.languages;

import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Mention;
import dev.mirsad.extract.facts.TimeExpression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facts of a text in a language with a name tagger of its own: its persons, organizations and places,
 * and where the language lists the words they need, titles ({@link LanguageTitles}), quotations
 * ({@link LanguageQuotations}), events ({@link LanguageEvents}) and amounts ({@link LanguageAmounts}).
 * A place CLDR links to its Arabic name is named as the Arabic extractor names it ({@link PlaceNames}); a
 * person named by one word that ends a person's name met before in the text is that person (Haddad after
 * Karim Haddad, Воронцов after Олег Воронцов); any other name is named as written. Immutable and
 * thread-safe.
 */
public final class LanguageExtractor {

    private static final Map<String, Optional<LanguageExtractor>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final LanguageNameTagger tagger;
    private final PlaceNames places;
    private final Optional<LanguageTitles> titles;
    private final Optional<LanguageQuotations> quotations;
    private final Optional<LanguageEvents> events;
    private final Optional<LanguageAmounts> amounts;

    private LanguageExtractor(String language, LanguageNameTagger tagger) {
        this.tagger = tagger;
        this.places = new PlaceNames(language, tagger.words());
        this.titles = LanguageTitles.forLanguage(language, tagger.words(), places);
        this.quotations = LanguageQuotations.forLanguage(language);
        this.events = LanguageEvents.forLanguage(language, tagger.words(), places);
        this.amounts = LanguageAmounts.forLanguage(language);
    }

    /** The language's extractor, empty where no tagger ships for it; built on the language's first article. */
    public static Optional<LanguageExtractor> forLanguage(String language) {
        return BY_LANGUAGE.computeIfAbsent(language,
                code -> LanguageNameTagger.forLanguage(code).map(tagger -> new LanguageExtractor(code, tagger)));
    }

    /** A list's entries: its lines that are no directive ({@code @name value}). */
    static List<String> entries(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("@")).toList();
    }

    /** @param times the text's dates, which events take theirs from */
    public ArticleFacts extract(String text, List<TimeExpression> times) {
        List<Mention> mentions = new ArrayList<>();
        for (TaggedName name : tagger.names(text)) {
            mentions.add(mention(text, name, mentions));
        }
        List<TextWords.Word> words = TextWords.of(text, 0, text.length());
        return new ArticleFacts(mentions,
                titles.map(t -> t.find(text, mentions)).orElse(List.of()),
                times,
                amounts.map(a -> a.find(text, words, times)).orElse(List.of()),
                quotations.map(q -> q.find(text, mentions)).orElse(List.of()),
                events.map(e -> e.find(text, words, mentions, times)).orElse(List.of()),
                List.of());
    }

    private Mention mention(String text, TaggedName name, List<Mention> before) {
        String surface = text.substring(name.start(), name.end());
        String written = surface.replaceAll("\\s+", " ");
        EntityRef entity = switch (name.type()) {
            case LOCATION -> places.place(surface).orElse(null);
            case PERSON -> written.contains(" ") ? null : personEndingWith(written, before);
            default -> null;
        };
        return new Mention(entity != null ? entity : new EntityRef(name.type(), written, null, null), surface, name.start(), name.end());
    }

    /** The latest person before whose name has more than one word and ends with this word, or shares a stem with it. */
    private EntityRef personEndingWith(String word, List<Mention> before) {
        Set<String> forms = forms(WordTokens.fold(word));
        for (int k = before.size() - 1; k >= 0; k--) {
            EntityRef person = before.get(k).entity();
            String name = person.canonicalName();
            int space = name.lastIndexOf(' ');
            if (person.type() == EntityType.PERSON && space > 0
                    && !Collections.disjoint(forms, forms(WordTokens.fold(name.substring(space + 1))))) {
                return person;
            }
        }
        return null;
    }

    private Set<String> forms(String folded) {
        Set<String> forms = new HashSet<>(tagger.words().stems(folded));
        forms.add(folded);
        return forms;
    }
}
