package dev.mirsad.extract;

import com.ibm.icu.text.Normalizer2;

/**
 * The article folded for matching (letters folded, diacritics dropped, digits made ASCII, punctuation
 * kept) with a map from every folded position back to the cleaned text, so facts keep original offsets.
 */
final class NormalizedText {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private final String original;
    private final String folded;
    private final int[] toOriginal;

    NormalizedText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] map = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char raw = original.charAt(i);
            String expanded = NFKC.isInert(raw) ? String.valueOf(raw) : NFKC.normalize(String.valueOf(raw));
            for (int k = 0; k < expanded.length(); k++) {
                char c = ArabicFold.foldChar(expanded.charAt(k));
                if (c == 0) {
                    continue;
                }
                if (n + 1 >= map.length) {
                    map = java.util.Arrays.copyOf(map, map.length * 2);
                }
                out.append(c);
                map[n++] = i;
            }
        }
        map[n] = original.length();
        this.folded = out.toString();
        this.toOriginal = map;
    }

    String folded() {
        return folded;
    }

    String original() {
        return original;
    }

    int originalStart(int foldedStart) {
        return toOriginal[foldedStart];
    }

    /** End (exclusive) in the cleaned text of a folded span ending (exclusive) at foldedEnd. */
    int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : toOriginal[foldedEnd - 1] + 1;
    }

    String originalSpan(int foldedStart, int foldedEnd) {
        return original.substring(originalStart(foldedStart), originalEnd(foldedEnd));
    }
}
