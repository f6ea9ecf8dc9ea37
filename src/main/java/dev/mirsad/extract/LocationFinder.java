package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places from the gazetteer (countries, cities, regions) and named sites built from a site noun
 * (قاعدة إنجرليك الجوية, معبر القائم); a later bare use of the site's name refers to the site.
 */
final class LocationFinder {

    private static final Set<String> SITE_HEADS = Set.of("قاعده", "معبر", "مرفا", "ميناء", "مطار", "حقل", "ثكنه", "سد");
    /** Site heads that name a place even without a known name or an adjective after it. */
    private static final Set<String> STRONG_SITE_HEADS = Set.of("معبر", "مرفا", "ميناء", "مطار", "ثكنه");
    private static final Set<String> SITE_ADJECTIVES = Set.of("الجويه", "البحريه", "العسكريه", "النفطي");

    private final Lexicon lexicon;

    LocationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** @param taken token ranges already claimed by organizations */
    List<Found> find(Article article, List<Span> taken) {
        List<Found> out = new ArrayList<>();
        Map<String, EntityRef> siteByName = new HashMap<>();
        List<Span> sites = findSites(article, out, siteByName);
        for (GazetteerMatch m : article.terms) {
            if (m.entry().category() != GazetteerEntry.Category.PLACE) {
                continue;
            }
            int from = article.tokens.indexAt(m.start());
            int to = article.tokens.indexAt(m.end() - 1) + 1;
            Span span = new Span(from, to);
            if (taken.stream().anyMatch(span::overlaps) || sites.stream().anyMatch(span::overlaps)) {
                continue;
            }
            EntityRef ref = siteByName.getOrDefault(ArabicFold.fold(m.entry().ref().canonicalName()), m.entry().ref());
            out.add(new Found(ref, span));
        }
        return out;
    }

    private List<Span> findSites(Article article, List<Found> out, Map<String, EntityRef> siteByName) {
        List<Span> spans = new ArrayList<>();
        Tokens tokens = article.tokens;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String head = siteHead(article.word(i));
            if (head == null || !tokens.isWord(i + 1)) {
                continue;
            }
            int nameFrom = i + 1;
            int nameTo = article.isTerm(nameFrom, GazetteerEntry.Category.PLACE) ? article.afterTerm(nameFrom) : nameFrom + 1;
            String name = article.word(nameFrom);
            boolean known = article.isTerm(nameFrom, GazetteerEntry.Category.PLACE);
            boolean adjective = tokens.isWord(nameTo) && SITE_ADJECTIVES.contains(article.word(nameTo));
            if (!known && (lexicon.isStopword(name) || name.startsWith("ال") || lexicon.demonymCode(name) != null
                    || !(adjective || STRONG_SITE_HEADS.contains(head)))) {
                continue;
            }
            int to = adjective ? nameTo + 1 : nameTo;
            String canonical = article.surfaceWithoutClitic(i, to, head);
            EntityRef ref = new EntityRef(EntityType.LOCATION, canonical, "SITE", null);
            siteByName.putIfAbsent(ArabicFold.fold(article.surface(nameFrom, nameTo)), ref);
            siteByName.putIfAbsent(ArabicFold.fold(head + " " + article.surface(nameFrom, nameTo)), ref);
            EntityRef shared = siteByName.getOrDefault(ArabicFold.fold(canonical), ref);
            siteByName.putIfAbsent(ArabicFold.fold(canonical), shared);
            out.add(new Found(shared, new Span(i, to)));
            spans.add(new Span(i, to));
            i = to - 1;
        }
        return spans;
    }

    private static String siteHead(String word) {
        if (word == null) {
            return null;
        }
        for (String stem : Clitics.stems(word)) {
            if (SITE_HEADS.contains(stem)) {
                return stem;
            }
        }
        return null;
    }
}
