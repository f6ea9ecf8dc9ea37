package dev.mirsad.extract.languages;

import java.util.ArrayList;
import java.util.List;

/**
 * The stretches of a cleaned text between matching quote marks, by character: “…” (cleaning turns „ into “,
 * so “…“ closes too), «…» with «…» nested inside, and "…" told apart by which side of a word each mark
 * stands. A quotation never runs past its paragraph.
 */
final class QuoteMarks {

    private QuoteMarks() {
    }

    static boolean isMark(char c) {
        return c == '“' || c == '”' || c == '«' || c == '»' || c == '"';
    }

    /** Each quotation's [start, end) without its marks, in order; the outermost where they nest. */
    static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char closer = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
                depth = 0;
            } else if (open < 0 && (c == '“' || c == '«' || c == '"' && opens(text, i))) {
                open = i;
                closer = c == '«' ? '»' : c == '“' ? '”' : '"';
                depth = 1;
            } else if (open >= 0 && c == '«' && closer == '»') {
                depth++;
            } else if (open >= 0 && (c == closer || closer == '”' && c == '“') && --depth == 0) {
                out.add(new int[] {open + 1, i});
                open = -1;
            }
        }
        return out;
    }

    /** A straight mark opens where a word follows it and none comes right before it. */
    private static boolean opens(String text, int i) {
        boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        return wordAfter && !wordBefore;
    }
}
