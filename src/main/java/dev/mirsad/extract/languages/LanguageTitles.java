package dev.mirsad.extract.languages;

import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.Mention;
import dev.mirsad.extract.facts.PersonTitle;
import dev.mirsad.extract.languages.TextWords.Word;
import dev.mirsad.resources.ResourceLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The titles written before a person's name, in a language with a list of the words that head them
 * ({@code languages/<code>/title-words.txt}, matched as written or by a shared stem): "Iraqi Foreign Minister
 * Fuad Hussein", "Заместитель министра иностранных дел России Олег Воронцов". The title runs from the head
 * nearest the name, and any head or capitalized word just before it, to the name. Between head and name
 * stand only capitalized words and the lowercase words the list names ({@code @title-gap of the}: Secretary
 * of State), or any lowercase words where it says {@code @title-gap lowercase} (Russian: министр обороны
 * Сергей Шойгу). The affiliation is the
 * country a word of the title names or extends (России, Iraqi).
 */
final class LanguageTitles {

    private static final int MAX_WORDS = 8;

    /** The heads and their stems, which an inflected head shares (министра, министром: министр). */
    private final Set<String> headForms;
    private final boolean lowercaseGap;
    private final Set<String> gapWords;
    private final NameWords words;
    private final PlaceNames places;

    private LanguageTitles(List<String> lines, NameWords words, PlaceNames places) {
        Set<String> forms = new HashSet<>();
        for (String entry : LanguageExtractor.entries(lines)) {
            String head = WordTokens.fold(entry);
            forms.add(head);
            forms.addAll(words.stems(head));
        }
        this.headForms = Set.copyOf(forms);
        this.lowercaseGap = lines.contains("@title-gap lowercase");
        this.gapWords = lines.stream().filter(line -> line.startsWith("@title-gap ") && !lowercaseGap).flatMap(line -> Arrays.stream(
                line.substring("@title-gap ".length()).split("\\s+"))).map(WordTokens::fold).collect(Collectors.toUnmodifiableSet());
        this.words = words;
        this.places = places;
    }

    static Optional<LanguageTitles> forLanguage(String language, NameWords words, PlaceNames places) {
        return ResourceLines.ifPresent(LanguageExtractor.class, language + "/title-words.txt").map(lines -> new LanguageTitles(lines, words, places));
    }

    List<PersonTitle> find(String text, List<Mention> mentions) {
        List<PersonTitle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mention person : mentions) {
            if (person.entity().type() != EntityType.PERSON) {
                continue;
            }
            int from = Math.max(TextWords.sentenceStart(text, person.start()), person.start() - 200);
            List<Word> before = TextWords.of(text, from, person.start());
            boolean nextToName = !before.isEmpty() && text.substring(before.get(before.size() - 1).end(), person.start()).isBlank();
            int first = nextToName ? titleStart(before) : -1;
            if (first < 0) {
                continue;
            }
            Word start = before.get(first);
            Word end = before.get(before.size() - 1);
            String title = text.substring(start.start(), end.end());
            if (seen.add(person.entity().canonicalName() + "\t" + title)) {
                out.add(new PersonTitle(person.entity(), title, affiliation(before.subList(first, before.size())),
                        start.start(), end.end()));
            }
        }
        return out;
    }

    /** The index of the title's first word among the words before the name, or -1 where none heads one. */
    private int titleStart(List<Word> before) {
        int head = -1;
        int last = before.size() - 1;
        for (int k = last; k >= 0 && last - k < MAX_WORDS && (k == last || before.get(k).joinedToNext()); k--) {
            Word word = before.get(k);
            if (isHead(word)) {
                head = k;
                break;
            }
            if (!word.capitalized() && !lowercaseGap && !gapWords.contains(WordTokens.fold(word.text()))) {
                return -1;
            }
        }
        if (head < 0) {
            return -1;
        }
        // The words start at the sentence's start, whose first word is capitalized whatever it is.
        int first = head;
        while (first > 0 && before.get(first - 1).joinedToNext()
                && (isHead(before.get(first - 1)) || first - 1 > 0 && before.get(first - 1).capitalized())) {
            first--;
        }
        return first;
    }

    private boolean isHead(Word word) {
        String folded = WordTokens.fold(word.text());
        return headForms.contains(folded) || words.stems(folded).stream().anyMatch(headForms::contains);
    }

    private String affiliation(List<Word> title) {
        for (Word word : title) {
            String code = word.capitalized() ? places.countryCodeOf(word.text()) : null;
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
