package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Organizations and places the trained tagger found where the rules found nothing: the rules' spans win
 * where both found a name, since their lexicons also give the kind, the country code and the canonical form.
 * A name of one word is taken only if the training data had it as a whole name: alone, the tagger reads too
 * many ordinary nouns (محافظة, سوق) as places on the development articles.
 */
final class TaggedEntities {

    private final Lexicon lexicon;

    TaggedEntities(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The tagged names of one type that overlap none of the spans taken, as entities named as written. */
    List<Found> of(Article article, List<NameTagger.TaggedName> tagged, EntityType type, List<Span> taken) {
        List<Found> out = new ArrayList<>();
        for (NameTagger.TaggedName name : tagged) {
            if (name.type() == type && taken.stream().noneMatch(name.span()::overlaps)
                    && (!name.oneWord() || name.knownAlone() && !isGenericWord(article, name.span()))) {
                String canonical = article.surfaceWithoutClitic(name.span().from(), name.span().to(), name.firstWord());
                out.add(new Found(ref(type, canonical, name.firstWord()), name.span()));
            }
        }
        return out;
    }

    /** وكالة, مستشفى, الوزير alone: a kind of thing or a role, not the name of one. */
    private boolean isGenericWord(Article article, Span span) {
        if (span.to() - span.from() != 1) {
            return false;
        }
        String word = article.word(span.from());
        return lexicon.orgHead(word) != null || lexicon.titleKind(word) != null || lexicon.isStopword(word)
                || lexicon.trigger(word) != null || lexicon.demonymCode(word) != null;
    }

    private EntityRef ref(EntityType type, String canonical, String firstWord) {
        if (type == EntityType.ORGANIZATION) {
            Lexicon.OrgHead head = lexicon.orgHead(firstWord);
            return new EntityRef(EntityType.ORGANIZATION, canonical, head != null ? head.kind() : "OTHER", null);
        }
        GeoNamesPlaces.Place place = GeoNamesPlaces.shipped().byName(ArabicFold.fold(canonical));
        return place == null ? new EntityRef(EntityType.LOCATION, canonical, null, null)
                : new EntityRef(EntityType.LOCATION, canonical, "CITY", place.countryCode());
    }
}
