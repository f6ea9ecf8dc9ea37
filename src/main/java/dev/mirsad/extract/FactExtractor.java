package dev.mirsad.extract;

import dev.mirsad.extract.calendar.MonthNameDates;
import dev.mirsad.extract.facts.ArticleFacts;
import dev.mirsad.extract.facts.EntityType;
import dev.mirsad.extract.facts.TimeExpression;
import dev.mirsad.extract.languages.LanguageExtractor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Extracts facts from one article's cleaned text. Built once (lexicons load in the constructor),
 * then thread-safe and deterministic.
 */
public final class FactExtractor {

    /** Stored with every fact; raise it whenever a change can alter what is extracted. */
    public static final String VERSION = "9";
    private static final String ARABIC = "ar";

    private final Lexicon lexicon = new Lexicon();
    private final NameTagger tagger = new NameTagger(new TaggerInputs(lexicon), NameTagger.shippedModel());
    private final TaggedEntities taggedEntities = new TaggedEntities(lexicon);
    private final OrganizationFinder organizations = new OrganizationFinder(lexicon);
    private final LocationFinder locations = new LocationFinder(lexicon);
    private final PersonFinder persons = new PersonFinder(lexicon);
    private final DateFinder dates = new DateFinder();
    private final AmountFinder amounts = new AmountFinder(lexicon);
    private final QuotationFinder quotations = new QuotationFinder(lexicon);
    private final EventFinder events = new EventFinder(lexicon);
    private final CitationFinder citations = new CitationFinder();

    /**
     * @param language ISO 639-1 code of the text: only Arabic goes through the Arabic lexicons and tagger.
     *                 Another language gets the names of its own trained tagger where one ships (a country
     *                 or city CLDR links to its Arabic name is named so, as one entity with the Arabic
     *                 articles' one), and its dates (month names and relative days from ICU's data for it)
     * @param publishedOn the article's own date from its metadata, or null: relative dates resolve only against it
     */
    public ArticleFacts extract(String cleanedText, String language, LocalDate publishedOn) {
        if (!ARABIC.equals(language)) {
            // A Persian weekday (دوشنبه) read through the Arabic lexicons became the city Dushanbe.
            return otherLanguage(cleanedText == null ? "" : cleanedText, language, publishedOn);
        }
        Article article = new Article(cleanedText == null ? "" : cleanedText, lexicon);
        List<NameTagger.TaggedName> tagged = tagger.tag(article);
        List<Found> orgs = new ArrayList<>(organizations.find(article));
        List<Span> orgSpans = orgs.stream().map(Found::span).toList();
        List<Found> places = new ArrayList<>(locations.find(article, orgSpans));
        List<Span> ruleSpans = new ArrayList<>(orgSpans);
        places.forEach(f -> ruleSpans.add(f.span()));
        orgs.addAll(taggedEntities.of(article, tagged, EntityType.ORGANIZATION, ruleSpans));
        places.addAll(taggedEntities.of(article, tagged, EntityType.LOCATION, ruleSpans));
        BitSet taken = new BitSet();
        orgs.forEach(f -> taken.set(f.span().from(), f.span().to()));
        places.forEach(f -> taken.set(f.span().from(), f.span().to()));
        List<NameTagger.TaggedName> taggedPersons = tagged.stream().filter(t -> t.type() == EntityType.PERSON).toList();
        PersonsFound people = persons.find(article, taken, taggedPersons);

        List<Found> entities = new ArrayList<>(orgs);
        entities.addAll(places);
        entities.addAll(people.mentions());
        entities.sort(Comparator.comparingInt(f -> f.span().from()));

        List<TimeExpression> times = dates.find(article, publishedOn);
        List<Found> speakers = new ArrayList<>(people.mentions());
        speakers.addAll(people.titleMentions());
        speakers.addAll(orgs);
        List<Span> quotedNames = orgs.stream().map(Found::span).toList();
        return new ArticleFacts(
                entities.stream().map(article::mention).toList(),
                people.titles(),
                times,
                amounts.find(article, times),
                quotations.find(article, speakers, quotedNames),
                events.find(article, entities, times),
                citations.find(article, orgs));
    }

    private ArticleFacts otherLanguage(String text, String language, LocalDate publishedOn) {
        if (language == null) {
            return new ArticleFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        // "und" has no calendar data or tagger of its own, so it gets neither dates nor names.
        List<TimeExpression> times = MonthNameDates.forLanguage(language).map(dates -> dates.find(text, publishedOn)).orElse(List.of());
        return LanguageExtractor.forLanguage(language).map(extractor -> extractor.extract(text, times))
                .orElse(new ArticleFacts(List.of(), List.of(), times, List.of(), List.of(), List.of(), List.of()));
    }

}
