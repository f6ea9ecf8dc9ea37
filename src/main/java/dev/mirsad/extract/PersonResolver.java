package dev.mirsad.extract;

import dev.mirsad.extract.arabic.ArabicFold;
import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.EntityRef;
import dev.mirsad.extract.facts.PersonTitle;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the names and role phrases read in an article into persons: forms of one name (الأعرجي, قاسم
 * الأعرجي) become one entity named by its longest form, bare family names are found again, and role
 * phrases become the persons' titles.
 */
final class PersonResolver {

    private final Lexicon lexicon;
    private final NameReader names;

    PersonResolver(Lexicon lexicon, NameReader names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    /** Groups the names into persons, adds bare family-name mentions, and turns titles into PersonTitles. */
    PersonsFound resolve(Article article, List<NamedPerson> named, List<RoleTitle> bareTitles, BitSet taken) {
        List<PersonCluster> clusters = new ArrayList<>();
        List<Integer> longestFirst = new ArrayList<>();
        for (int n = 0; n < named.size(); n++) {
            longestFirst.add(n);
        }
        longestFirst.sort(Comparator.comparingInt((Integer n) -> named.get(n).name().from() - named.get(n).name().to()));
        PersonCluster[] clusterOf = new PersonCluster[named.size()];
        for (int index : longestFirst) {
            NamedPerson n = named.get(index);
            String folded = foldedName(article, n.name());
            PersonCluster cluster = clusters.stream().filter(c -> c.accepts(folded)).findFirst().orElse(null);
            if (cluster == null) {
                cluster = new PersonCluster(folded, surfaceOfName(article, n.name()));
                clusters.add(cluster);
            }
            cluster.addCountry(n.country());
            clusterOf[index] = cluster;
        }
        List<Found> mentions = new ArrayList<>();
        List<PersonTitle> titles = new ArrayList<>();
        BitSet used = (BitSet) taken.clone();
        for (int n = 0; n < named.size(); n++) {
            EntityRef ref = clusterOf[n].ref();
            Span span = named.get(n).name();
            mentions.add(new Found(ref, span));
            used.set(span.from(), span.to());
            for (RoleTitle t : named.get(n).titles()) {
                used.set(t.span().from(), t.span().to());
                PersonTitle title = personTitle(article, ref, t);
                String folded = withoutArticle(ArabicFold.fold(title.title()));
                int known = indexOfTitle(titles, ref, folded);
                if (known < 0) {
                    titles.add(title);
                } else if (title.title().startsWith("ال") && !titles.get(known).title().startsWith("ال")) {
                    titles.set(known, title);
                }
            }
        }
        addFamilyNameMentions(article, clusters, used, mentions);
        List<Found> titleMentions = new ArrayList<>();
        for (RoleTitle bare : bareTitles) {
            String folded = foldedName(article, bare.span());
            titles.stream().filter(t -> ArabicFold.fold(t.title()).equals(folded)).findFirst()
                    .ifPresent(t -> titleMentions.add(new Found(t.person(), bare.span())));
        }
        return new PersonsFound(mentions, titles, titleMentions);
    }

    /**
     * للرئيس leaves رئيس in the text, the same title as الرئيس written elsewhere; the form with the article is
     * kept.
     */
    private static String withoutArticle(String foldedTitle) {
        return foldedTitle.startsWith("ال") ? foldedTitle.substring(2) : foldedTitle;
    }

    private static int indexOfTitle(List<PersonTitle> titles, EntityRef person, String foldedWithoutArticle) {
        for (int k = 0; k < titles.size(); k++) {
            PersonTitle t = titles.get(k);
            if (t.person().equals(person) && withoutArticle(ArabicFold.fold(t.title())).equals(foldedWithoutArticle)) {
                return k;
            }
        }
        return -1;
    }

    /** The role phrase as written, without a proclitic on its first word (للخبير → خبير). */
    private PersonTitle personTitle(Article article, EntityRef person, RoleTitle t) {
        int from = article.start(t.span().from());
        int end = article.end(t.span().to());
        String word = article.word(t.span().from());
        String head = Clitics.stems(word).stream().filter(s -> lexicon.titleKind(s) != null)
                .reduce((a, b) -> b).orElse(word);
        int clitic = Math.max(0, word.length() - head.length());
        if (word.startsWith("لل") || word.startsWith("ولل") || word.startsWith("فلل")) {
            clitic = word.indexOf("لل") + 2;
        }
        String surface = article.text.original().substring(from + clitic, end);
        return new PersonTitle(person, surface, t.country(), from + clitic, end);
    }

    /** الأعرجي, أبو رغيف, بوتين alone: a short form of a person the article has named. */
    private void addFamilyNameMentions(Article article, List<PersonCluster> clusters, BitSet used, List<Found> out) {
        Tokens tokens = article.tokens;
        FamilyNameForms forms = new FamilyNameForms(clusters, lexicon);
        for (int i = 0; i < tokens.size(); i++) {
            if (used.get(i) || !tokens.isWord(i)) {
                continue;
            }
            FamilyNameForms.Match match = forms.at(article, i);
            // The same tests as for any name word (a family name علي is not the preposition على), last
            // because they cost more than the look-up.
            if (match != null && names.isNameWord(article, i, used)) {
                out.add(new Found(match.person().ref(), new Span(i, i + match.length())));
                i += match.length() - 1;
            }
        }
    }

    private String foldedName(Article article, Span span) {
        StringBuilder sb = new StringBuilder();
        for (int k = span.from(); k < span.to(); k++) {
            if (article.tokens.isWord(k)) {
                String word = article.word(k);
                sb.append(sb.isEmpty() ? "" : " ").append(k == span.from() ? withoutConjunction(withoutPreposition(word)) : word);
            }
        }
        return sb.toString();
    }

    /**
     * The first word of a name without a conjunction: واردوغان → اردوغان, وعبد → عبد, but ونستون, وليد and
     * فابيوس keep their own initial letter. Only for grouping: the name keeps it as written.
     */
    private String withoutConjunction(String word) {
        if (lexicon.isGivenNameAsWritten(word) || !word.startsWith("و") && !word.startsWith("ف")) {
            return word;
        }
        String rest = word.substring(1);
        return isKnownNameWord(rest) ? rest : NameReader.stripConjunction(word);
    }

    /**
     * The first word of a name without a preposition (لأحمد → احمد, بصدام → صدام), which the name does not
     * keep: only before a known name word, and never off a name as written (بشار, لافروف).
     */
    private String withoutPreposition(String word) {
        boolean preposition = (word.startsWith("ل") || word.startsWith("ب")) && word.length() > 3;
        return preposition && !isKnownNameWord(word) && isKnownNameWord(word.substring(1)) ? word.substring(1) : word;
    }

    private boolean isKnownNameWord(String word) {
        return lexicon.isGivenName(word) || lexicon.isNameParticle(word) || lexicon.isKnownFamilyName(word)
                || lexicon.isPublicFigure(word);
    }

    /** The name as written, without a preposition on its first word. */
    private String surfaceOfName(Article article, Span span) {
        String word = article.word(span.from());
        String first = withoutPreposition(word);
        return first.equals(word) ? article.surface(span.from(), span.to())
                : article.surfaceWithoutClitic(span.from(), span.to(), first);
    }
}
