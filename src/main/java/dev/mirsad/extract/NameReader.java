package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Clitics;
import dev.mirsad.extract.arabic.Token;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads persons' names in an article: where one starts (a given name or particle, a known person, a
 * nationality standing for a person, a known family name beside a reporting verb) and how far it runs.
 */
final class NameReader {

    private static final int MAX_NAME_WORDS = 6;
    /** الفريق أول الركن, اللواء أركان حرب. */
    static final Set<String> RANK_TAILS = Set.of("اول", "الاول", "الركن", "ركن", "اركان", "حرب");
    /** Words after a lone family name that show it really is one: الرئيس الروسي بوتين قد / اللواء العلاق إن. */
    private static final Set<String> CLAUSE_CONTINUATIONS = Set.of("ان", "انه", "قد", "الذي", "خلال", "اليوم", "امس", "عن");
    /** Regnal numbers: الملك عبدالله الثاني, البابا يوحنا بولس الثاني. */
    private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن");
    /** Second halves of compound given names: سيف الدين, سيف الإسلام. */
    private static final Set<String> COMPOUND_NAME_TAILS = Set.of("الدين", "الاسلام");
    private static final Pattern PREPOSITION_WITH_ARTICLE = Pattern.compile("[وف]?(?:[بك]ال|لل).*");

    private final Lexicon lexicon;

    NameReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * الفرنسي in (تغلب على) الفرنسي أرنو كليمان: a singular definite nationality adjective that follows no noun it
     * could describe stands for a person of that nationality, and his name follows.
     */
    boolean standsForANational(Article article, int i) {
        String word = article.word(i);
        String before = article.word(i - 1);
        return (word.endsWith("ي") || word.endsWith("يه")) && isDefinite(word) && lexicon.demonymCode(word) != null
                && (before == null || !isDefinite(before));
    }

    /**
     * هورست الهولندية لإقامة معسكر, مولودة النرويجي مرونة أكبر: after an adjective that describes a name written
     * before it, the next words are a noun phrase; a word ending in ة or a pronoun (ه) is rarely in a foreign name.
     */
    boolean hasFeminineOrPronounEnding(Article article, Span name) {
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
    int knownNameEnd(Article article, int i) {
        int best = i;
        String first = article.word(i);
        if (first == null) {
            return best;
        }
        for (List<String> name : lexicon.knownNamesStartingWith(first)) {
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

    /** The name read from token from, or the longer known full name written there (رجب is also a month), or null. */
    Span withKnownName(Article article, int from, Span read) {
        int known = knownNameEnd(article, from);
        return known > (read == null ? from : read.to()) ? new Span(from, known) : read;
    }

    /** Many family names are also common words (جديد, عودة): alone, one counts only as who speaks (قال بوتين). */
    boolean besideReportingVerb(Article article, int i) {
        String before = article.word(i - 1);
        String after = article.word(i + 1);
        return before != null && lexicon.isReportingVerb(before) || after != null && lexicon.isReportingVerb(after);
    }

    /** A given name, or a particle that opens one (عبد الله, أبو بكر); بن only links names. */
    boolean startsName(String word) {
        return lexicon.isGivenName(word) || lexicon.isNameParticle(word) && !word.equals("بن") && !word.equals("ولد")
                || isAbdCompound(word);
    }

    /** عبدالله, عبدالفتاح: written as one word. */
    private static boolean isAbdCompound(String word) {
        String w = word.startsWith("و") ? word.substring(1) : word;
        return w.startsWith("عبد") && w.length() >= 6;
    }

    /**
     * A name from i: a given name or particle followed by more name words (قاسم الأعرجي, فاضل أبو رغيف),
     * or right after a title a lone family name (الرئيس الروسي بوتين) when nothing suggests it is a verb.
     */
    Span readName(Article article, int i, boolean afterTitle, BitSet taken) {
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
    boolean readsAsPhrase(Article article, int i) {
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
    boolean isLaterNameWord(Article article, int k, BitSet taken) {
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

    boolean isNameWord(Article article, int i, BitSet taken) {
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

    static String stripConjunction(String word) {
        return word.startsWith("و") && word.length() > 4 ? word.substring(1) : word;
    }
}
