package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Reads role phrases in an article (اللواء الركن, وزير الدفاع العراقي, المتحدث باسم قيادة العمليات), the
 * nationality or country each names, and a role phrase set off by a comma after a name.
 */
final class TitleReader {

    private static final int MAX_TITLE_WORDS = 8;
    /** Small words that stay inside a role phrase: المتحدث باسم, السفير الروسي في بغداد, سفير روسيا لدى. */
    private static final Set<String> TITLE_LINKS = Set.of("في", "باسم", "لدي", "لشوون", "شوون", "العام", "للشوون");
    private static final String COMMAS = "،,";

    private final Lexicon lexicon;
    private final NameReader names;

    TitleReader(Lexicon lexicon, NameReader names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    static boolean isComma(Token t) {
        return t != null && t.isPunct(COMMAS);
    }

    /** Reads consecutive role phrases from i; returns the index after the last one. */
    int readTitles(Article article, int i, List<RoleTitle> out) {
        int j = i;
        while (article.tokens.isWord(j) && lexicon.titleKind(article.word(j)) != null) {
            Lexicon.TitleKind kind = lexicon.titleKind(article.word(j));
            int end = kind == Lexicon.TitleKind.RANK ? rankEnd(article, j) : officeEnd(article, j);
            out.add(new RoleTitle(new Span(j, end), titleCountry(article, j, end)));
            j = end;
        }
        return j;
    }

    private int rankEnd(Article article, int j) {
        int k = j + 1;
        while (article.tokens.isWord(k) && NameReader.RANK_TAILS.contains(article.word(k))) {
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
            if (names.startsName(w) && !link || lexicon.isKnownFamilyName(w) && article.termAt(k) == null || kind == Lexicon.TitleKind.RANK
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
    int appositiveTitles(Article article, int nameEnd, BitSet taken, List<RoleTitle> out) {
        String next = article.word(nameEnd + 1);
        if (!isComma(article.tokens.get(nameEnd)) || next == null || lexicon.titleKind(next) == null
                || "وبلك".indexOf(next.charAt(0)) >= 0) {
            // وزير starts the next item of a list; للرئيس, بالوزير make an object, not an apposition.
            return nameEnd;
        }
        List<RoleTitle> appositive = new ArrayList<>();
        int end = readTitles(article, nameEnd + 1, appositive);
        if (names.readName(article, end, true, taken) != null) {
            return nameEnd;
        }
        out.addAll(appositive);
        return end;
    }

    /** The part of a role phrase before token end, where a name it ran on into starts. */
    RoleTitle upTo(Article article, RoleTitle title, int end) {
        int from = title.span().from();
        return new RoleTitle(new Span(from, end), titleCountry(article, from, end));
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

    static String countryOf(List<RoleTitle> titles) {
        return titles.stream().map(RoleTitle::country).filter(c -> c != null).findFirst().orElse(null);
    }
}
