package dev.mirsad.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Persons named after (or before) a role phrase, or starting with a known given name; the role phrases
 * become titles and their nationality word the person's country. Forms of one name inside the article
 * (الأعرجي, قاسم الأعرجي) become one entity named by its longest form.
 */
final class PersonFinder {

    private static final int MAX_TITLE_WORDS = 8;
    private static final int MAX_NAME_WORDS = 6;
    /** الفريق أول الركن, اللواء أركان حرب. */
    private static final Set<String> RANK_TAILS = Set.of("اول", "الاول", "الركن", "ركن", "اركان", "حرب");
    /** Small words that stay inside a role phrase: المتحدث باسم, السفير الروسي في بغداد, سفير روسيا لدى. */
    private static final Set<String> TITLE_LINKS = Set.of("في", "باسم", "لدي", "لشوون", "شوون", "العام", "للشوون");
    /** Words after a lone family name that show it really is one: الرئيس الروسي بوتين قد / اللواء العلاق إن. */
    private static final Set<String> CLAUSE_CONTINUATIONS = Set.of("ان", "انه", "قد", "الذي", "خلال", "اليوم", "امس", "عن");
    private static final String COMMAS = "،,";
    /** Regnal numbers: الملك عبدالله الثاني, البابا يوحنا بولس الثاني. */
    private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن");
    /** Second halves of compound given names: سيف الدين, سيف الإسلام. */
    private static final Set<String> COMPOUND_NAME_TAILS = Set.of("الدين", "الاسلام");
    private static final Pattern PREPOSITION_WITH_ARTICLE = Pattern.compile("[وف]?(?:[بك]ال|لل).*");

    /** Everything found about persons in one article. */
    record Result(List<Found> mentions, List<PersonTitle> titles, List<Found> titleMentions) {
    }

    private record Title(Span span, String country) {
    }

    private record Named(Span name, List<Title> titles, String country) {
    }

    private final Lexicon lexicon;

    PersonFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    Result find(Article article, BitSet taken) {
        List<Named> named = new ArrayList<>();
        List<Title> bareTitles = new ArrayList<>();
        Tokens tokens = article.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            String word = article.word(i);
            if (word == null || taken.get(i)) {
                continue;
            }
            if (lexicon.titleKind(word) != null) {
                List<Title> titles = new ArrayList<>();
                int after = readTitles(article, i, titles);
                while (isComma(tokens.get(after)) && tokens.isWord(after + 1)
                        && lexicon.titleKind(article.word(after + 1)) != null) {
                    after = readTitles(article, after + 1, titles);
                }
                int nameStart = isComma(tokens.get(after)) ? after + 1 : after;
                Span name = readName(article, nameStart, true, taken);
                if (name == null && nameStart != after) {
                    name = readName(article, after, true, taken);
                }
                if (name != null) {
                    int end = appositiveTitles(article, name.to(), taken, titles);
                    named.add(new Named(name, titles, countryOf(titles)));
                    i = end - 1;
                } else {
                    bareTitles.addAll(titles);
                    i = after - 1;
                }
            } else if (startsName(word) || knownNameEnd(article, i) > i) {
                Span name = readName(article, i, false, taken);
                int known = knownNameEnd(article, i);
                if (known > (name == null ? i : name.to())) {
                    name = new Span(i, known);
                }
                if (name == null) {
                    continue;
                }
                List<Title> titles = new ArrayList<>();
                int after = name.to();
                if (tokens.isWord(after) && lexicon.titleKind(article.word(after)) != null
                        && !article.word(after).startsWith("و")) {
                    after = readTitles(article, after, titles);
                } else {
                    after = appositiveTitles(article, after, taken, titles);
                }
                String before = i > 0 ? article.word(i - 1) : null;
                String country = countryOf(titles);
                if (country == null && before != null) {
                    country = lexicon.demonymCode(before);
                }
                named.add(new Named(name, titles, country));
                i = after - 1;
            } else if (standsForANational(article, i)) {
                Span name = readName(article, i + 1, true, taken);
                if (name != null && (name.to() - name.from() >= 2 || lexicon.isGivenName(article.word(name.from())))
                        && !hasFeminineOrPronounEnding(article, name)) {
                    named.add(new Named(name, List.of(), lexicon.demonymCode(word)));
                    i = name.to() - 1;
                }
            } else if (lexicon.isKnownFamilyName(word) && isNameWord(article, i, taken)
                    && (besideReportingVerb(article, i) || lexicon.isPublicFigure(word))) {
                String before = i > 0 ? article.word(i - 1) : null;
                named.add(new Named(new Span(i, i + 1), List.of(), before == null ? null : lexicon.demonymCode(before)));
            }
        }
        return resolve(article, named, bareTitles, taken);
    }

    /**
     * الفرنسي in (تغلب على) الفرنسي أرنو كليمان: a singular definite nationality adjective that follows no noun it
     * could describe stands for a person of that nationality, and his name follows.
     */
    private boolean standsForANational(Article article, int i) {
        String word = article.word(i);
        String before = article.word(i - 1);
        return (word.endsWith("ي") || word.endsWith("يه")) && isDefinite(word) && lexicon.demonymCode(word) != null
                && (before == null || !isDefinite(before));
    }

    /**
     * هورست الهولندية لإقامة معسكر, مولودة النرويجي مرونة أكبر: after an adjective that describes a name written
     * before it, the next words are a noun phrase; a word ending in ة or a pronoun (ه) is rarely in a foreign name.
     */
    private boolean hasFeminineOrPronounEnding(Article article, Span name) {
        for (int k = name.from(); k < name.to(); k++) {
            String w = article.word(k);
            if (w != null && w.endsWith("ه") && !lexicon.isGivenName(w)) {
                return true;
            }
        }
        return false;
    }

    /** The word carries the article, behind up to two proclitics (الفرنسي, والفرنسي, للفرنسي, وبالفرنسي). */
    private static boolean isDefinite(String word) {
        int at = 0;
        while (at < 2 && word.length() > at + 3 && "وفبكل".indexOf(word.charAt(at)) >= 0 && !word.startsWith("ال", at)
                && !word.startsWith("لل", at)) {
            at++;
        }
        return word.startsWith("ال", at) || word.startsWith("لل", at);
    }

    /** The end of the longest known person's full name written from token i (توني بلير), or i. */
    private int knownNameEnd(Article article, int i) {
        int best = i;
        for (List<String> name : lexicon.knownNamesStartingWith(article.word(i))) {
            int k = 1;
            while (k < name.size() && name.get(k).equals(article.word(i + k))) {
                k++;
            }
            if (k == name.size() && i + k > best) {
                best = i + k;
            }
        }
        return best;
    }

    /** Many family names are also common words (جديد, عودة): alone, one counts only as who speaks (قال بوتين). */
    private boolean besideReportingVerb(Article article, int i) {
        String before = article.word(i - 1);
        String after = article.word(i + 1);
        return before != null && lexicon.isReportingVerb(before) || after != null && lexicon.isReportingVerb(after);
    }

    /** A given name, or a particle that opens one (عبد الله, أبو بكر); بن only links names. */
    private static boolean isComma(Token t) {
        return t != null && t.isPunct(COMMAS);
    }

    private boolean startsName(String word) {
        return lexicon.isGivenName(word) || lexicon.isNameParticle(word) && !word.equals("بن") && !word.equals("ولد")
                || isAbdCompound(word);
    }

    /** عبدالله, عبدالفتاح: written as one word. */
    private static boolean isAbdCompound(String word) {
        String w = word.startsWith("و") ? word.substring(1) : word;
        return w.startsWith("عبد") && w.length() >= 6;
    }

    /** Reads consecutive role phrases from i; returns the index after the last one. */
    private int readTitles(Article article, int i, List<Title> out) {
        int j = i;
        while (article.tokens.isWord(j) && lexicon.titleKind(article.word(j)) != null) {
            Lexicon.TitleKind kind = lexicon.titleKind(article.word(j));
            int end = kind == Lexicon.TitleKind.RANK ? rankEnd(article, j) : officeEnd(article, j);
            out.add(new Title(new Span(j, end), titleCountry(article, j, end)));
            j = end;
        }
        return j;
    }

    private int rankEnd(Article article, int j) {
        int k = j + 1;
        while (article.tokens.isWord(k) && RANK_TAILS.contains(article.word(k))) {
            k++;
        }
        return k;
    }

    /** وزير الدفاع العراقي | المتحدث باسم قيادة العمليات العراقية المشتركة | الرئيس الروسي (بوتين). */
    private int officeEnd(Article article, int j) {
        int k = j + 1;
        boolean afterNationality = false;
        boolean joinNext = lexicon.titleKind(article.word(j)) == Lexicon.TitleKind.PREFIX;
        while (k < article.tokens.size() && k - j < MAX_TITLE_WORDS && article.tokens.isWord(k)) {
            String w = article.word(k);
            Lexicon.TitleKind kind = lexicon.titleKind(w);
            boolean link = TITLE_LINKS.contains(w);
            boolean genitiveHead = w.startsWith("ل") && !w.startsWith("لل") && kind == Lexicon.TitleKind.OFFICE;
            if (startsName(w) && !link || lexicon.isKnownFamilyName(w) && article.termAt(k) == null || kind == Lexicon.TitleKind.RANK
                    || kind != null && !joinNext && !genitiveHead
                    || lexicon.isStopword(w) && !link || lexicon.isReportingVerb(w) || w.chars().anyMatch(Character::isDigit)) {
                break;
            }
            boolean place = article.isTerm(k, GazetteerEntry.Category.PLACE);
            if (afterNationality && !w.startsWith("ال") && !w.startsWith("وال") && !place && !link) {
                break;
            }
            if (lexicon.demonymCode(w) != null) {
                afterNationality = true;
            }
            joinNext = kind == Lexicon.TitleKind.PREFIX;
            k = place ? article.afterTerm(k) : k + 1;
        }
        while (k - 1 > j && TITLE_LINKS.contains(article.word(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * عمر الحسن، رئيس مركز الخليج للدراسات: a role phrase set off by a comma right after a name describes that
     * name, unless another name follows the phrase (فلان، وزير الدفاع فلان) and takes it. Returns the index after
     * the phrase, or nameEnd.
     */
    private int appositiveTitles(Article article, int nameEnd, BitSet taken, List<Title> out) {
        String next = article.word(nameEnd + 1);
        if (!isComma(article.tokens.get(nameEnd)) || next == null || lexicon.titleKind(next) == null
                || "وبلك".indexOf(next.charAt(0)) >= 0) {
            // وزير starts the next item of a list; للرئيس, بالوزير make an object, not an apposition.
            return nameEnd;
        }
        List<Title> appositive = new ArrayList<>();
        int end = readTitles(article, nameEnd + 1, appositive);
        if (readName(article, end, true, taken) != null) {
            return nameEnd;
        }
        out.addAll(appositive);
        return end;
    }

    /** The nationality word in a role phrase, or a country named right after its head (سفير روسيا). */
    private String titleCountry(Article article, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String code = lexicon.demonymCode(article.word(k));
            if (code != null) {
                return code;
            }
        }
        GazetteerMatch m = article.termAt(from + 1);
        if (from + 1 < to && m != null && m.entry().category() == GazetteerEntry.Category.PLACE
                && "COUNTRY".equals(m.entry().ref().subtype())) {
            return m.entry().ref().countryCode();
        }
        return null;
    }

    private static String countryOf(List<Title> titles) {
        return titles.stream().map(Title::country).filter(c -> c != null).findFirst().orElse(null);
    }

    /**
     * A name from i: a given name or particle followed by more name words (قاسم الأعرجي, فاضل أبو رغيف),
     * or right after a title a lone family name (الرئيس الروسي بوتين) when nothing suggests it is a verb.
     */
    private Span readName(Article article, int i, boolean afterTitle, BitSet taken) {
        if (!isNameWord(article, i, taken) || PREPOSITION_WITH_ARTICLE.matcher(article.word(i)).matches()) {
            return null;
        }
        String first = article.word(i);
        if (afterTitle && first.startsWith("و") && !startsName(first)) {
            return null;
        }
        int k = i + 1;
        if (startsName(first) || afterTitle && linksPatronym(article.word(i + 1))) {
            while (k - i < MAX_NAME_WORDS && continuesName(article, i, k) && isLaterNameWord(article, k, taken)) {
                k++;
            }
            while (k - 1 > i && lexicon.isNameParticle(article.word(k - 1))) {
                k--;
            }
            if (k - i >= 2 && isOrdinal(article, k)) {
                k++;
            }
            if (k - i >= 3 && heldByNextNoun(article, k - 1, taken)) {
                k--;
            }
            if (k - i == 2 && !afterTitle && readsAsPhrase(article, i)) {
                return null;
            }
            if (k - i >= 2) {
                return new Span(i, k);
            }
            if (!afterTitle) {
                return null;
            }
            if (lexicon.isGivenName(first)) {
                return new Span(i, isOrdinal(article, i + 1) ? i + 2 : i + 1);
            }
            k = i + 1;
        }
        if (!afterTitle) {
            return null;
        }
        if (lexicon.isKnownFamilyName(first) && (!article.tokens.isWord(k) || !lexicon.isKnownFamilyName(article.word(k)))) {
            return new Span(i, k);
        }
        if (!first.startsWith("ال") && isLaterNameWord(article, k, taken) && !article.word(k).startsWith("ال")
                && !PREPOSITION_WITH_ARTICLE.matcher(article.word(k)).matches() && !looksLikeNounPhrase(first, article.word(k))) {
            return new Span(i, k + 1);
        }
        boolean afterRank = i > 0 && article.word(i - 1) != null
                && (lexicon.titleKind(article.word(i - 1)) == Lexicon.TitleKind.RANK || RANK_TAILS.contains(article.word(i - 1)));
        if (first.startsWith("ال") && !afterRank && !occursTwice(article, first)) {
            return null;
        }
        Token next = article.tokens.get(k);
        boolean endsClause = next == null || !next.word() || CLAUSE_CONTINUATIONS.contains(next.text())
                || lexicon.isReportingVerb(next.text());
        return endsClause || occursTwice(article, first) ? new Span(i, k) : null;
    }

    /**
     * A bare last word followed by a definite noun usually governs that noun rather than ends the name:
     * عصمت مراد | شعار الكلية. Family names written with ال, and known given names, stay.
     */
    private boolean heldByNextNoun(Article article, int last, BitSet taken) {
        String w = article.word(last);
        String next = article.word(last + 1);
        return !w.startsWith("ال") && !lexicon.isGivenName(w) && next != null && next.startsWith("ال") && next.length() > 3
                && !taken.get(last + 1) && lexicon.titleKind(next) == null && !lexicon.isStopword(next)
                && lexicon.demonymCode(next) == null && !MonthNames.isMonthWord(next);
    }

    /**
     * جمال الورود, نجم السينما: a given name that is also an everyday word, before one definite word that is not
     * a family name (a nisba such as الغيطاني, or a known person's) or the second half of a compound name
     * (سيف الدين), is a noun phrase when the word before governs it.
     */
    private boolean readsAsPhrase(Article article, int i) {
        String second = article.word(i + 1);
        return lexicon.isGivenNameAlsoAWord(article.word(i)) && second.startsWith("ال") && !second.endsWith("ي")
                && !COMPOUND_NAME_TAILS.contains(second) && !lexicon.isKnownFamilyName(second)
                && governedByWordBefore(article, i);
    }

    /**
     * بعد توفيق الله, صعود نجم الأرمن: the word before is a noun or preposition that governs
     * the phrase. A name, by contrast, may follow a reporting verb (أجاب هادي البحرة), a nationality, a title,
     * another name or punctuation.
     */
    private boolean governedByWordBefore(Article article, int i) {
        String before = article.word(i - 1);
        return before != null && !lexicon.isReportingVerb(before) && lexicon.demonymCode(before) == null
                && lexicon.titleKind(before) == null && !startsName(before);
    }

    /**
     * A name runs on after a given name or a particle (قاسم الأعرجي, فاضل أبو رغيف, محمد بن سلمان), and
     * after a completed عبد compound (عبد الله بن عبد العزيز, عبد الفتاح السيسي).
     */
    private boolean continuesName(Article article, int first, int k) {
        String last = article.word(k - 1);
        String next = article.word(k);
        boolean familyOrLink = next != null && (next.startsWith("ال") || lexicon.isNameParticle(next));
        String beforeLast = k - 2 >= first ? article.word(k - 2) : "";
        if (beforeLast.equals("بن") || beforeLast.equals("ابن")) {
            return familyOrLink;
        }
        if (startsName(last) || lexicon.isNameParticle(last) || linksPatronym(next)) {
            return true;
        }
        return Clitics.conjunctionStems(beforeLast).contains("عبد") && familyOrLink;
    }

    /** A second or later name word: not a conjunction-led word or an imperfect verb (يصبح) unless a known name. */
    private boolean isLaterNameWord(Article article, int k, BitSet taken) {
        String w = article.word(k);
        return isNameWord(article, k, taken) && !w.startsWith("لل")
                && (!(w.startsWith("و") || w.startsWith("ي")) || lexicon.isGivenName(w) && !w.startsWith("و")
                || w.equals("ولد") || shortWawNameBeforeTitle(article, k));
    }

    /** ويب in جيفري ويب النائب: a three-letter word in و is a name, not و + a noun, when a title or a mark follows. */
    private boolean shortWawNameBeforeTitle(Article article, int k) {
        String next = article.word(k + 1);
        return article.word(k).length() == 3 && article.word(k).startsWith("و")
                && (next == null || lexicon.titleKind(next) != null);
    }

    private boolean isNameWord(Article article, int i, BitSet taken) {
        String w = article.word(i);
        return w != null && !taken.get(i) && w.length() >= 2 && w.chars().allMatch(Character::isLetter)
                && !hasTanween(article, i)
                && (!lexicon.isStopword(w) || isAli(article, i)) && !lexicon.isReportingVerb(w) && lexicon.trigger(w) == null
                && lexicon.titleKind(w) == null && lexicon.demonymCode(w) == null && lexicon.orgHead(w) == null
                && article.termAt(i) == null && !MonthNames.isMonthWord(w);
    }

    /**
     * Two unknown words after a title that read as a phrase, not a name: a preposition on a derived noun
     * (بمواعيد, لمتابعة, بتنفيذ) or a verb and its accusative object (تعد تدخلا).
     */
    private static boolean looksLikeNounPhrase(String first, String second) {
        return first.startsWith("بم") || first.startsWith("بت") || first.startsWith("لم") || first.startsWith("لت")
                || second.endsWith("ا") && second.length() > 3 && "تين".indexOf(first.charAt(0)) >= 0;
    }

    /** بن, ابن, ولد: whatever stands before one is a given name (بندر بن محمد). */
    private static boolean linksPatronym(String word) {
        return "بن".equals(word) || "ابن".equals(word) || "ولد".equals(word);
    }

    private static boolean isOrdinal(Article article, int i) {
        String w = article.word(i);
        return w != null && ORDINALS.contains(w);
    }

    /** Nunation (حسابًا, عاماً) marks an indefinite noun or adverb, never a name. */
    private static boolean hasTanween(Article article, int i) {
        String surface = article.surface(i, i + 1);
        return surface.indexOf('\u064B') >= 0 || surface.indexOf('\u064C') >= 0 || surface.indexOf('\u064D') >= 0;
    }

    /**
     * علي (a name) and على (a preposition) fold alike; only the written final letter tells them apart, and
     * only in a text that writes على. Otherwise علي is a name after a title or before another name word.
     */
    private boolean isAli(Article article, int i) {
        if (!"علي".equals(stripConjunction(article.word(i))) || !article.surface(i, i + 1).endsWith("ي")) {
            return false;
        }
        String next = article.word(i + 1);
        String before = article.word(i - 1);
        return article.writesAla || next != null && (startsName(next) || lexicon.isNameParticle(next) || lexicon.isKnownFamilyName(next))
                || before != null && lexicon.titleKind(before) != null;
    }

    private static boolean occursTwice(Article article, String word) {
        return article.tokens.all().stream().filter(t -> t.word() && Clitics.hasStem(t.text(), word))
                .limit(2).count() == 2;
    }

    /** Groups the names into persons, adds bare family-name mentions, and turns titles into PersonTitles. */
    private Result resolve(Article article, List<Named> named, List<Title> bareTitles, BitSet taken) {
        List<PersonCluster> clusters = new ArrayList<>();
        List<Integer> longestFirst = new ArrayList<>();
        for (int n = 0; n < named.size(); n++) {
            longestFirst.add(n);
        }
        longestFirst.sort(Comparator.comparingInt((Integer n) -> named.get(n).name().from() - named.get(n).name().to()));
        PersonCluster[] clusterOf = new PersonCluster[named.size()];
        for (int index : longestFirst) {
            Named n = named.get(index);
            String folded = foldedName(article, n.name());
            PersonCluster cluster = clusters.stream().filter(c -> c.accepts(folded)).findFirst().orElse(null);
            if (cluster == null) {
                cluster = new PersonCluster(folded, article.surface(n.name().from(), n.name().to()));
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
            for (Title t : named.get(n).titles()) {
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
        for (Title bare : bareTitles) {
            String folded = foldedName(article, bare.span());
            titles.stream().filter(t -> ArabicFold.fold(t.title()).equals(folded)).findFirst()
                    .ifPresent(t -> titleMentions.add(new Found(t.person(), bare.span())));
        }
        return new Result(mentions, titles, titleMentions);
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
    private PersonTitle personTitle(Article article, EntityRef person, Title t) {
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
            if (match != null && isNameWord(article, i, used)) {
                out.add(new Found(match.person().ref(), new Span(i, i + match.length())));
                i += match.length() - 1;
            }
        }
    }

    private String foldedName(Article article, Span span) {
        StringBuilder sb = new StringBuilder();
        for (int k = span.from(); k < span.to(); k++) {
            if (article.tokens.isWord(k)) {
                sb.append(sb.isEmpty() ? "" : " ").append(k == span.from() ? withoutConjunction(article.word(k)) : article.word(k));
            }
        }
        return sb.toString();
    }

    /** واردوغان → اردوغان, فأوباما → اوباما and وعبد → عبد, but ونستون, وليد and فابيوس keep their own initial letter. */
    private String withoutConjunction(String word) {
        if (lexicon.isGivenNameAsWritten(word) || !word.startsWith("و") && !word.startsWith("ف")) {
            return word;
        }
        String rest = word.substring(1);
        return lexicon.isGivenName(rest) || lexicon.isNameParticle(rest) || lexicon.isKnownFamilyName(rest) ? rest
                : stripConjunction(word);
    }

    static String stripConjunction(String word) {
        return word.startsWith("و") && word.length() > 4 ? word.substring(1) : word;
    }
}
