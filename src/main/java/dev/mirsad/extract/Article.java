package dev.mirsad.extract;

import dev.mirsad.extract.arabic.NormalizedText;
import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.arabic.Tokens;
import dev.mirsad.extract.facts.Mention;

import java.util.List;

/** One article prepared for the finders: folded text, tokens, and the gazetteer terms found in it. */
final class Article {

    final NormalizedText text;
    final Tokens tokens;
    final List<GazetteerMatch> terms;
    /** The gazetteer term covering each token, or null. */
    private final GazetteerMatch[] termAt;
    /** Some writers put ي for every final ى (علي for على): only a text that writes على tells the name علي apart. */
    final boolean writesAla;

    Article(String cleanedText, Lexicon lexicon) {
        this.text = new NormalizedText(cleanedText);
        this.tokens = new Tokens(text.folded());
        this.terms = lexicon.gazetteer.find(text.folded());
        this.termAt = new GazetteerMatch[tokens.size()];
        this.writesAla = writesAla(cleanedText);
        for (GazetteerMatch m : terms) {
            for (int i = tokens.indexAt(m.start()); i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
                termAt[i] = m;
            }
        }
    }

    /** Whether the text holds the word على, alone or behind و or ف: a scan for it, not a regex over every character. */
    static boolean writesAla(String text) {
        for (int at = text.indexOf("على"); at >= 0; at = text.indexOf("على", at + 1)) {
            int end = at + "على".length();
            boolean endsWord = end == text.length() || !Character.isLetter(text.codePointAt(end));
            boolean behindConjunction = at > 0 && (text.charAt(at - 1) == 'و' || text.charAt(at - 1) == 'ف')
                    && startsWord(text, at - 1);
            if (endsWord && (startsWord(text, at) || behindConjunction)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetter(text.codePointBefore(at));
    }

    GazetteerMatch termAt(int tokenIndex) {
        return tokenIndex >= 0 && tokenIndex < termAt.length ? termAt[tokenIndex] : null;
    }

    boolean isTerm(int tokenIndex, GazetteerEntry.Category category) {
        GazetteerMatch m = termAt(tokenIndex);
        return m != null && m.entry().category() == category;
    }

    /** Index of the token after the gazetteer term starting at tokenIndex. */
    int afterTerm(int tokenIndex) {
        GazetteerMatch m = termAt(tokenIndex);
        int i = tokenIndex;
        while (m != null && i < tokens.size() && termAt(i) == m) {
            i++;
        }
        return i;
    }

    /** Cleaned-text surface of a token range [from, to). */
    String surface(int from, int to) {
        return text.originalSpan(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    int start(int tokenIndex) {
        return text.originalStart(tokens.get(tokenIndex).start());
    }

    int end(int tokenIndexExclusive) {
        return text.originalEnd(tokens.get(tokenIndexExclusive - 1).end());
    }

    String word(int i) {
        Token t = tokens.get(i);
        return t != null && t.word() ? t.text() : null;
    }

    Mention mention(Found found) {
        Span s = found.span();
        return new Mention(found.ref(), surface(s.from(), s.to()), start(s.from()), end(s.to()));
    }

    /** The written phrase with any proclitic removed from its first word, whose stem is {@code headStem}. */
    String surfaceWithoutClitic(int from, int to, String headStem) {
        String surface = surface(from, to);
        String word = word(from);
        int clitic = word.length() - headStem.length();
        if (headStem.startsWith("ال") && !word.endsWith(headStem)) {
            clitic = word.length() - headStem.length() + 1;
            return "ال" + surface.substring(clitic + 1);
        }
        return surface.substring(Math.max(0, clitic));
    }
}
