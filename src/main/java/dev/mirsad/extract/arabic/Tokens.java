package dev.mirsad.extract.arabic;

import java.util.ArrayList;
import java.util.List;

/** The folded article split into words (letters and digits) and single punctuation marks. */
public final class Tokens {

    public static final String SENTENCE_END = ".!?؟\n";
    /** ″ and its NFKC form ′′ close quotations in some outlets. */
    public static final String QUOTE_MARKS = "\"«»“”„‟″′";

    private final List<Token> list;
    private final int[] tokenAt;

    public Tokens(String folded) {
        List<Token> out = new ArrayList<>();
        int[] at = new int[folded.length() + 1];
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < folded.length() && isWordChar(folded, i)) {
                    at[i++] = out.size();
                }
                out.add(new Token(folded.substring(start, i), start, i, true));
            } else if (Character.isWhitespace(c) && c != '\n') {
                at[i++] = out.size();
            } else {
                at[i] = out.size();
                out.add(new Token(String.valueOf(c), i, i + 1, false));
                i++;
            }
        }
        at[folded.length()] = out.size();
        this.list = List.copyOf(out);
        this.tokenAt = at;
    }

    /** Decimal points and thousands separators stay inside numbers: 5.2, 1,500. */
    private static boolean isWordChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        return (c == '.' || c == ',' || c == '٫' || c == '٬') && i > 0 && i + 1 < s.length()
                && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1));
    }

    public List<Token> all() {
        return list;
    }

    public int size() {
        return list.size();
    }

    public Token get(int i) {
        return i >= 0 && i < list.size() ? list.get(i) : null;
    }

    public boolean isWord(int i) {
        Token t = get(i);
        return t != null && t.word();
    }

    /** Index of the token covering (or first after) a folded position. */
    public int indexAt(int foldedPos) {
        return tokenAt[Math.min(foldedPos, tokenAt.length - 1)];
    }

    /** Index of the first token of the sentence holding token i. */
    public int sentenceStart(int i) {
        int j = i;
        while (j > 0 && !get(j - 1).isPunct(SENTENCE_END)) {
            j--;
        }
        return j;
    }

    /** Index after the last token of the sentence holding token i. */
    public int sentenceEnd(int i) {
        int j = i;
        while (j < size() && !get(j).isPunct(SENTENCE_END)) {
            j++;
        }
        return j;
    }
}
