package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Tokens;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Persons named after (or before) a role phrase, or starting with a known given name; the role phrases
 * become titles and their nationality word the person's country. It walks the article once, reading
 * role phrases ({@link TitleReader}) and names ({@link NameReader}), then resolves them into persons
 * ({@link PersonResolver}).
 */
final class PersonFinder {

    private final Lexicon lexicon;
    private final NameReader nameReader;
    private final TitleReader titleReader;
    private final PersonResolver resolver;

    PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.nameReader = new NameReader(lexicon);
        this.titleReader = new TitleReader(lexicon, nameReader);
        this.resolver = new PersonResolver(lexicon, nameReader);
    }

    /** @param tagged the trained tagger's person names: a name the rules did not read becomes a person too */
    PersonsFound find(Article article, BitSet taken, List<NameTagger.TaggedName> tagged) {
        List<NamedPerson> named = new ArrayList<>();
        List<RoleTitle> bareTitles = new ArrayList<>();
        Tokens tokens = article.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            String word = article.word(i);
            if (word == null || taken.get(i)) {
                continue;
            }
            if (lexicon.titleKind(word) != null) {
                List<RoleTitle> titles = new ArrayList<>();
                int after = titleReader.readTitles(article, i, titles);
                while (TitleReader.isComma(tokens.get(after)) && tokens.isWord(after + 1)
                        && lexicon.titleKind(article.word(after + 1)) != null) {
                    after = titleReader.readTitles(article, after + 1, titles);
                }
                int nameStart = TitleReader.isComma(tokens.get(after)) ? after + 1 : after;
                Span name = nameReader.readName(article, nameStart, true, taken);
                if (name == null && nameStart != after) {
                    name = nameReader.readName(article, after, true, taken);
                }
                name = nameReader.withKnownName(article, nameStart, name);
                if (name != null) {
                    int end = titleReader.appositiveTitles(article, name.to(), taken, titles);
                    named.add(new NamedPerson(name, titles, TitleReader.countryOf(titles)));
                    i = end - 1;
                } else {
                    bareTitles.addAll(titles);
                    i = after - 1;
                }
            } else if (nameReader.startsName(word) || nameReader.knownNameEnd(article, i) > i) {
                Span name = nameReader.withKnownName(article, i, nameReader.readName(article, i, false, taken));
                if (name == null) {
                    continue;
                }
                List<RoleTitle> titles = new ArrayList<>();
                int after = titlesRightAfter(article, name.to(), taken, titles);
                if (after == name.to()) {
                    after = titleReader.appositiveTitles(article, after, taken, titles);
                }
                String before = i > 0 ? article.word(i - 1) : null;
                String country = TitleReader.countryOf(titles);
                if (country == null && before != null) {
                    country = lexicon.demonymCode(before);
                }
                named.add(new NamedPerson(name, titles, country));
                i = after - 1;
            } else if (nameReader.standsForANational(article, i)) {
                Span name = nameReader.readName(article, i + 1, true, taken);
                if (name != null && (name.to() - name.from() >= 2 || lexicon.isGivenName(article.word(name.from())))
                        && !nameReader.hasFeminineOrPronounEnding(article, name)) {
                    named.add(new NamedPerson(name, List.of(), lexicon.demonymCode(word)));
                    i = name.to() - 1;
                }
            } else if (lexicon.isKnownFamilyName(word) && nameReader.isNameWord(article, i, taken)
                    && (nameReader.besideReportingVerb(article, i) || lexicon.isPublicFigure(word))) {
                String before = i > 0 ? article.word(i - 1) : null;
                named.add(new NamedPerson(new Span(i, i + 1), List.of(), before == null ? null : lexicon.demonymCode(before)));
            }
        }
        for (NameTagger.TaggedName taggedName : tagged) {
            Span name = nameWords(article, taggedName.span(), taken);
            boolean alone = name != null && name.to() - name.from() == 1;
            // One word alone is a name if it speaks (قال ظريف), or if training saw it as one and it is no
            // everyday word as well (مبارك is also "blessed": the rules' own test for such words).
            if (name != null && (!alone || nameReader.besideReportingVerb(article, name.from())
                    || taggedName.knownAlone() && name.equals(taggedName.span()) && !isAlsoAWord(article.word(name.from())))
                    && taken.get(name.from(), name.to()).isEmpty()
                    && named.stream().noneMatch(n -> n.name().overlaps(name))) {
                List<RoleTitle> titles = titlesAround(article, name, bareTitles);
                titleReader.appositiveTitles(article, name.to(), taken, titles);
                named.add(new NamedPerson(name, titles, TitleReader.countryOf(titles)));
            }
        }
        return resolver.resolve(article, named, bareTitles, taken);
    }

    /**
     * Takes from bareTitles, the role phrases the rules read with no name of their own, those of a name the
     * tagger found: just before it (الرئيس ثم اسم), just after it (سيرجي لافروف وزير الخارجية الروسي), or
     * running on into it, which the rules took for words of the phrase (محافظ ديالى مثنى التميمي).
     */
    private List<RoleTitle> titlesAround(Article article, Span name, List<RoleTitle> bareTitles) {
        List<RoleTitle> titles = new ArrayList<>();
        for (RoleTitle title : List.copyOf(bareTitles)) {
            Span span = title.span();
            if (span.to() == name.from() || span.from() == name.to()) {
                titles.add(title);
            } else if (span.from() < name.from() && name.from() < span.to()) {
                titles.add(titleReader.upTo(article, title, name.from()));
            } else {
                continue;
            }
            bareTitles.remove(title);
        }
        return titles;
    }

    /**
     * Reads the role phrase right after a name (سيرجي لافروف وزير الخارجية الروسي) into titles and returns
     * where it ends; returns at unchanged when there is none, when it follows و (and the minister), or when
     * a name follows it, whose title it is (التقى الرئيس فلان وزير الخارجية فلان).
     */
    private int titlesRightAfter(Article article, int at, BitSet taken, List<RoleTitle> titles) {
        String word = article.word(at);
        if (word == null || lexicon.titleKind(word) == null
                || word.startsWith("و") && lexicon.titleKind(word.substring(1)) != null) {
            return at;
        }
        List<RoleTitle> read = new ArrayList<>();
        int end = titleReader.readTitles(article, at, read);
        if (nameReader.readName(article, end, true, taken) != null
                || nameReader.knownNameEnd(article, end) > end) {
            return at;
        }
        titles.addAll(read);
        return end;
    }

    /**
     * The part of a span a tagger read as a name that consists of name words, from its first; null if none,
     * or if it reads as a phrase (جمال الطبيعة after a verb is "the beauty of nature").
     */
    private Span nameWords(Article article, Span span, BitSet taken) {
        if (span.to() - span.from() >= 2 && nameReader.readsAsPhrase(article, span.from())) {
            return null;
        }
        int end = span.from();
        while (end < span.to() && (end == span.from() ? nameReader.isNameWord(article, end, taken) : nameReader.isLaterNameWord(article, end, taken))) {
            end++;
        }
        return end > span.from() ? new Span(span.from(), end) : null;
    }

    private boolean isAlsoAWord(String word) {
        return lexicon.isGivenNameAlsoAWord(word) || lexicon.isKnownFamilyName(word) && !lexicon.isPublicFigure(word);
    }
}
