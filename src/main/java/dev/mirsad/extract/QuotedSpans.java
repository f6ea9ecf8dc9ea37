package dev.mirsad.extract;

import dev.mirsad.extract.arabic.Token;
import dev.mirsad.extract.arabic.Tokens;

import java.util.ArrayList;
import java.util.List;

/** The stretches of an article between matching quote marks, straight quotes told opening from closing. */
final class QuotedSpans {

    private static final String OPENERS = "«“\"„";

    private QuotedSpans() {
    }

    /** Token ranges between matching quote marks (without the marks); a quoted name inside a quotation nests. */
    static List<Span> of(Article article) {
        List<Span> out = new ArrayList<>();
        Tokens tokens = article.tokens;
        int open = -1;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isPunct("\n")) {
                open = -1;
                depth = 0;
            }
            if (t.word() || !t.isPunct(Tokens.QUOTE_MARKS)) {
                continue;
            }
            boolean opens = isOpening(article, i);
            if (opens && open < 0) {
                open = i;
                depth = 1;
            } else if (opens && (!closes(t) || t.is("\"") && !isClosing(article, i))) {
                depth++;
            } else if (open >= 0 && closes(t) && --depth == 0) {
                if (i > open + 1) {
                    out.add(new Span(open + 1, i));
                }
                open = -1;
            }
        }
        return out;
    }

    /** A straight quote closes when it touches the previous word and is followed by a space or punctuation. */
    private static boolean isClosing(Article article, int i) {
        Token t = article.tokens.get(i);
        String text = article.text.folded();
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        return !Character.isWhitespace(before) && !Character.isLetterOrDigit(after);
    }

    private static boolean closes(Token t) {
        return "»”\"‟″′".contains(t.text());
    }

    /** A straight quote opens when it follows a space or punctuation and touches the next word. */
    private static boolean isOpening(Article article, int i) {
        Token t = article.tokens.get(i);
        if (OPENERS.indexOf(t.text().charAt(0)) < 0) {
            return false;
        }
        if (!t.is("\"")) {
            return true;
        }
        String text = article.text.folded();
        char before = t.start() > 0 ? text.charAt(t.start() - 1) : ' ';
        char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
        return !Character.isLetterOrDigit(before) && !Character.isWhitespace(after);
    }
}
