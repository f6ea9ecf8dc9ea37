package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.EntityType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Organizations from the known list and from a kind noun heading a name: وزارة الدفاع العراقية,
 * الجيش العراقي, شركة “لوك أويل”. Shorter forms of a longer name with the same head join its entity
 * (وزارة الدفاع → وزارة الدفاع العراقية).
 */
final class OrganizationFinder {

    private static final int MAX_COMPLEMENT = 5;
    private static final int MAX_QUOTED_WORDS = 4;
    private static final Set<String> NOT_COMPLEMENTS = Set.of("الاول", "الثاني", "الثالث", "الاخير", "الاخيره",
            "الذي", "التي", "الذين", "الان", "اليوم", "الماضي", "الجاري", "الحالي", "المقبل", "الارهابي",
            "الارهابيه", "الاسبوع", "الشهر", "الليله", "الصباح", "المساء", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
            "الخميس", "الجمعه", "السبت", "السابق", "السابقه", "الجديد", "الجديده", "الاربعه", "الاربع", "الثلاثه", "الثلاث", "الخمس", "الاخري", "الاخر");
    /** بقيادة الولايات المتحدة, برئاسة: "led by", not an organization. */
    private static final Set<String> NOT_HEADS = Set.of("بقياده", "وبقياده", "برئاسه", "وبرئاسه");
    /** Indefinite words that may continue a name: وكالة أنباء البحرين. */
    private static final Set<String> INDEFINITE_LINKS = Set.of("انباء");

    /** One organization occurrence before merging; lexiconRef is set for names from the known list. */
    private record Raw(String canonical, String kind, EntityRef lexiconRef, Span span) {
    }

    private final Lexicon lexicon;

    OrganizationFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Found> find(Article article) {
        List<Raw> raws = new ArrayList<>(findByHeads(article));
        for (GazetteerMatch m : article.terms) {
            if (m.entry().category() == GazetteerEntry.Category.ORGANIZATION) {
                Span span = withoutKindNoun(article, new Span(article.tokens.indexAt(m.start()),
                        article.tokens.indexAt(m.end() - 1) + 1));
                if (raws.stream().noneMatch(r -> r.span().overlaps(span))) {
                    raws.add(new Raw(m.entry().ref().canonicalName(), m.entry().ref().subtype(), m.entry().ref(), span));
                }
            }
        }
        return merge(article, raws);
    }

    /**
     * حركة طالبان, قناة الجزيرة: a kind noun that names an organization only with a name after it describes the
     * name and is not part of it; the mention is the name (the entity keeps the known canonical name).
     */
    private Span withoutKindNoun(Article article, Span span) {
        String first = article.word(span.from());
        Lexicon.OrgHead head = first == null ? null : lexicon.orgHead(first);
        return head != null && head.form() == Lexicon.HeadForm.QUOTED && span.to() - span.from() > 1
                ? new Span(span.from() + 1, span.to()) : span;
    }

    /** True when [from, to) is not empty and all nationality adjectives: حزب الله اللبناني, not حزب الله القتالي. */
    private boolean onlyNationalities(Article article, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String word = article.word(j);
            if (word == null || lexicon.demonymCode(word) == null) {
                return false;
            }
        }
        return true;
    }

    private List<Raw> findByHeads(Article article) {
        List<Raw> out = new ArrayList<>();
        Tokens tokens = article.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            String word = article.word(i);
            Lexicon.OrgHead head = word == null ? null : lexicon.orgHead(word);
            if (head == null || NOT_HEADS.contains(word)) {
                continue;
            }
            Raw raw = quotedName(article, i, head);
            if (raw == null && head.form() != Lexicon.HeadForm.QUOTED) {
                raw = complementName(article, i, head);
            }
            // A known name wins over a longer complement unless the complement only adds a nationality.
            boolean knownTermWins = article.isTerm(i, GazetteerEntry.Category.ORGANIZATION)
                    && (raw == null || !onlyNationalities(article, article.afterTerm(i), raw.span().to()));
            if (raw != null && !knownTermWins) {
                out.add(raw);
                i = raw.span().to() - 1;
            }
        }
        return out;
    }

    /** شركة “لوك أويل”: a short name in quote marks right after the kind noun; the mention is the quoted name. */
    private Raw quotedName(Article article, int head, Lexicon.OrgHead kind) {
        Tokens tokens = article.tokens;
        Token open = tokens.get(head + 1);
        if (open == null || !open.isPunct(Tokens.QUOTE_MARKS)) {
            return null;
        }
        int close = head + 2;
        while (close < tokens.size() && tokens.isWord(close) && close - head - 2 < MAX_QUOTED_WORDS) {
            close++;
        }
        Token end = tokens.get(close);
        if (close == head + 2 || end == null || !end.isPunct(Tokens.QUOTE_MARKS)) {
            return null;
        }
        GazetteerMatch known = article.termAt(head + 2);
        if (known != null && known.entry().category() == GazetteerEntry.Category.ORGANIZATION
                && article.afterTerm(head + 2) == close) {
            EntityRef ref = known.entry().ref();
            return new Raw(ref.canonicalName(), ref.subtype(), ref, new Span(head + 2, close));
        }
        return new Raw(article.surface(head + 2, close), kind.kind(), null, new Span(head + 2, close));
    }

    /** وزارة الدفاع العراقية / الجيش العراقي: definite words, places and nationalities after the head. */
    private Raw complementName(Article article, int head, Lexicon.OrgHead kind) {
        Tokens tokens = article.tokens;
        int j = head + 1;
        boolean afterPlace = false;
        while (j < tokens.size() && j - head <= MAX_COMPLEMENT && isComplement(article, head, j, kind)
                && !(afterPlace && !followsPlaceInName(article.word(j)))) {
            afterPlace = article.isTerm(j, GazetteerEntry.Category.PLACE);
            j = afterPlace ? article.afterTerm(j) : j + 1;
        }
        if (j > head + 1 && INDEFINITE_LINKS.contains(article.word(j - 1))) {
            j--;
        }
        if (j == head + 1) {
            return null;
        }
        String stem = lexicon.orgHeadStem(article.word(head));
        String canonical = article.surfaceWithoutClitic(head, j, stem);
        return new Raw(canonical, kind.kind(), null, new Span(head, j));
    }

    private boolean isComplement(Article article, int head, int j, Lexicon.OrgHead kind) {
        String word = article.word(j);
        boolean first = j == head + 1;
        boolean genitive = kind.form() == Lexicon.HeadForm.GENITIVE;
        if (!first && "العام".equals(word)) {
            return true;
        }
        if (word == null || lexicon.isStopword(word) || NOT_COMPLEMENTS.contains(word)
                || lexicon.titleKind(word) != null || lexicon.trigger(word) != null) {
            return false;
        }
        if (first && article.isTerm(j, GazetteerEntry.Category.ORGANIZATION) && article.termAt(j) != article.termAt(head)) {
            // قوات الأمم المتحدة: a kind noun before a known organization is said of that organization.
            return false;
        }
        if (first && genitive && INDEFINITE_LINKS.contains(word)) {
            return true;
        }
        if (lexicon.demonymCode(word) != null) {
            return !word.startsWith("و") && (word.startsWith("ال") || !genitive || !first)
                    && !(first && !genitive && disagreesInGender(article.word(head), word));
        }
        if (first && kind.form() == Lexicon.HeadForm.NATIONAL) {
            return false;
        }
        if (article.isTerm(j, GazetteerEntry.Category.PLACE)) {
            return genitive && !word.startsWith("و");
        }
        if (!first && word.startsWith("لل") && definiteAt(article, j + 1)) {
            return true;
        }
        boolean definite = word.startsWith("ال") || (!first && genitive && word.startsWith("وال"));
        return definite && word.length() > 3 && !(first && !genitive && disagreesInGender(article.word(head), word));
    }

    /**
     * Only an adjective or a لـ complement follows a place name in a name (جامعة القاهرة المفتوحة, مركز الخليج
     * للدراسات); a bare noun after it starts the sentence's next phrase (جامعة تبوك الجدل).
     */
    private static boolean followsPlaceInName(String word) {
        return word.endsWith("ي") || word.endsWith("يه") || word.startsWith("لل");
    }

    private static boolean definiteAt(Article article, int j) {
        String w = article.word(j);
        return w != null && w.startsWith("ال");
    }

    /**
     * An adjective agrees with its head: المركز الإعلامية or (وزير) الخارجية الأميركي are not names. Only
     * nisba adjectives (ending in ي / ية) are judged; plural heads (ـات) take the feminine.
     */
    private static boolean disagreesInGender(String head, String adjective) {
        boolean feminineHead = head.endsWith("ه") || head.endsWith("ات");
        boolean feminine = adjective.endsWith("يه");
        boolean masculine = adjective.endsWith("ي");
        return feminineHead ? masculine : feminine;
    }

    private List<Found> merge(Article article, List<Raw> raws) {
        Map<String, EntityRef> byKey = new LinkedHashMap<>();
        for (Raw raw : raws) {
            EntityRef ref = raw.lexiconRef() != null ? raw.lexiconRef()
                    : new EntityRef(EntityType.ORGANIZATION, raw.canonical(), raw.kind(), countryOf(raw.canonical()));
            EntityRef existing = byKey.get(ref.key());
            if (existing == null || ref.canonicalName().length() > existing.canonicalName().length()) {
                byKey.put(ref.key(), ref);
            }
        }
        Map<String, EntityRef> resolved = new LinkedHashMap<>();
        for (Map.Entry<String, EntityRef> e : byKey.entrySet()) {
            resolved.put(e.getKey(), longerFormOf(e.getValue(), byKey.values()));
        }
        addParenthesizedAliases(article, raws, resolved);
        List<Found> out = new ArrayList<>();
        for (Raw raw : raws) {
            String key = keyOf(raw);
            EntityRef ref = resolved.get(key);
            out.add(new Found(ref, raw.span()));
        }
        return out;
    }

    /** وزارة الدفاع العراقية, الجيش السوري: a nationality adjective inside the name states its country. */
    private String countryOf(String name) {
        for (String word : ArabicFold.fold(name).split(" ")) {
            String code = lexicon.demonymCode(word);
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    private static String keyOf(Raw raw) {
        return raw.lexiconRef() != null ? raw.lexiconRef().key() : ArabicFold.fold(raw.canonical());
    }

    /** وزارة الدفاع الأمريكية (البنتاجون): the name in brackets right after another is its alias. */
    private static void addParenthesizedAliases(Article article, List<Raw> raws, Map<String, EntityRef> resolved) {
        for (Raw alias : raws) {
            int open = alias.span().from() - 1;
            Token bracket = article.tokens.get(open);
            if (bracket == null || !bracket.is("(")) {
                continue;
            }
            raws.stream().filter(r -> r.span().to() == open).findFirst()
                    .ifPresent(named -> resolved.put(keyOf(alias), resolved.get(keyOf(named))));
        }
    }

    /** The longest organization with the same first word whose words include all of ref's words. */
    private static EntityRef longerFormOf(EntityRef ref, Iterable<EntityRef> all) {
        List<String> words = Arrays.asList(ref.key().split(" "));
        EntityRef best = ref;
        for (EntityRef other : all) {
            List<String> otherWords = Arrays.asList(other.key().split(" "));
            if (otherWords.size() > best.key().split(" ").length && otherWords.get(0).equals(words.get(0))
                    && new HashSet<>(otherWords).containsAll(words) && words.size() > 1) {
                best = other;
            }
        }
        return best;
    }
}
