package dev.mirsad.extract.arabic;

import com.ibm.icu.text.Normalizer2;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The article folded for matching (letters folded, diacritics dropped, digits made ASCII, punctuation
 * kept) with a map from every folded position back to the cleaned text, so facts keep original offsets.
 */
public final class NormalizedText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /**
     * The characters NFKC leaves as they are when normalized alone: nearly all of an article, so
     * the per-character NFKC call (a string each) runs only for the few others.
     */
    private static final BitSet UNCHANGED_BY_NFKC = unchangedByNfkc();

    private final String original;
    private final String folded;
    private final int[] toOriginal;

    public NormalizedText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char raw = original.charAt(i);
            if (UNCHANGED_BY_NFKC.get(raw)) {
                char c = ArabicFold.foldChar(raw);
                if (c != 0) {
                    if (n + 1 >= map.length) {
                        map = Arrays.copyOf(map, map.length * 2);
                    }
                    out.append(c);
                    map[n++] = i;
                }
                continue;
            }
            String expanded = NFKC.normalize(String.valueOf(raw));
            for (int k = 0; k < expanded.length(); k++) {
                char c = ArabicFold.foldChar(expanded.charAt(k));
                if (c == 0) {
                    continue;
                }
                if (n + 1 >= map.length) {
                    map = Arrays.copyOf(map, map.length * 2);
                }
                out.append(c);
                map[n++] = i;
            }
        }
        map[n] = original.length();
        this.folded = out.toString();
        this.toOriginal = map;
    }

    private static BitSet unchangedByNfkc() {
        BitSet unchanged = new BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String alone = String.valueOf((char) c);
            if (NFKC.isInert((char) c) || NFKC.normalize(alone).equals(alone)) {
                unchanged.set(c);
            }
        }
        return unchanged;
    }

    public String folded() {
        return folded;
    }

    public String original() {
        return original;
    }

    public int originalStart(int foldedStart) {
        return toOriginal[foldedStart];
    }

    /** End (exclusive) in the cleaned text of a folded span ending (exclusive) at foldedEnd. */
    public int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : toOriginal[foldedEnd - 1] + 1;
    }

    public String originalSpan(int foldedStart, int foldedEnd) {
        return original.substring(originalStart(foldedStart), originalEnd(foldedEnd));
    }
}
