package dev.mirsad.extract.arabic;

import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the matches {@link Matcher#find()} finds, but tries the pattern only at starts near an
 * anchor. The caller lists, by a cheap scan, where the keyword every match holds may stand, and says
 * how far before such a keyword a match can start; a pattern of many alternatives then runs at a few
 * places instead of at every character of the article.
 *
 * <p>Exact when every match starting at s holds an anchor a ≥ s with earliestStart(a) ≤ s, and
 * earliestStart never decreases from one anchor to the next.
 */
public final class AnchoredMatcher {

    private final Matcher matcher;
    private final int textLength;
    private final int[] anchors;
    private final IntUnaryOperator earliestStart;
    private int anchorIndex;
    /** The first start not yet tried. */
    private int next;

    public AnchoredMatcher(Pattern pattern, String text, int[] anchors, IntUnaryOperator earliestStart) {
        // Transparent bounds: look-behinds see the text before the start tried, as with find().
        this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        this.textLength = text.length();
        this.anchors = anchors;
        this.earliestStart = earliestStart;
    }

    /** The next match, leftmost first, as {@link Matcher#find()} would give it; read it from {@link #matcher()}. */
    public boolean find() {
        for (; anchorIndex < anchors.length; anchorIndex++) {
            int anchor = anchors[anchorIndex];
            for (int start = Math.max(next, earliestStart.applyAsInt(anchor)); start <= anchor; start++) {
                matcher.region(start, textLength);
                if (matcher.lookingAt()) {
                    next = Math.max(matcher.end(), start + 1);
                    return true;
                }
                next = start + 1;
            }
        }
        return false;
    }

    public Matcher matcher() {
        return matcher;
    }

    /**
     * Where the n-th run of non-blank characters before the one holding pos starts (blank as the
     * regex class \s means it): a match whose words before its keyword number at most n starts there
     * or later.
     */
    public static int startOfRunsBefore(String text, int pos, int runs) {
        int i = pos;
        while (i > 0 && !isRegexSpace(text.charAt(i - 1))) {
            i--;
        }
        for (int r = 0; r < runs && i > 0; r++) {
            while (i > 0 && isRegexSpace(text.charAt(i - 1))) {
                i--;
            }
            while (i > 0 && !isRegexSpace(text.charAt(i - 1))) {
                i--;
            }
        }
        return i;
    }

    /** \s of java.util.regex without UNICODE_CHARACTER_CLASS. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
