package dev.mirsad.extract.languages;

import dev.mirsad.extract.tagger.FeatureHash;
import dev.mirsad.extract.tagger.TokenizedText;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A text in any script cut into words and marks, with the features the name tagger of a language other
 * than Arabic reads. They assume nothing of the language: the word folded and as written, its shape (case,
 * digits), its first and last letters (Russian case endings, Persian suffixes), the words around it, whether
 * it starts a sentence, whether the text writes it elsewhere with a capital or without one after a sentence's
 * start (Обама opening a sentence is a name because the article says "Обама" mid-sentence too), and the
 * classes the language's word lists give it and its neighbours ({@link NameWords}). A word is a run of letters, digits and marks, with a hyphen or an
 * apostrophe inside it (Нью-Йорк, O'Brien), but the English possessive 's is a token of its own.
 */
public final class WordTokens implements TokenizedText {

    /** How many of a word's first and last letters are features. */
    private static final int AFFIXES = 4;
    private static final int MAX_FEATURES = 21 + 2 * AFFIXES + 2 * NameWords.CLASSES;
    private static final int CAPITAL_INSIDE = 1, SMALL_INSIDE = 2;
    private static final long BEFORE_TEXT = FeatureHash.of("<s>");
    private static final long AFTER_TEXT = FeatureHash.of("</s>");

    private final int bits;
    private final int[] starts;
    private final int[] ends;
    private final String[] folded;
    private final long[] foldedHash;
    private final long[] shapeHash;
    private final boolean[] sentenceStart;
    private final int[] wordClasses;
    /** Per token: how the text writes its word inside sentences, CAPITAL_INSIDE and SMALL_INSIDE bits. */
    private final int[] casingElsewhere;
    private final String text;

    private WordTokens(String text, int bits, NameWords words, int[] starts, int[] ends, int count) {
        this.text = text;
        this.bits = bits;
        this.starts = Arrays.copyOf(starts, count);
        this.ends = Arrays.copyOf(ends, count);
        this.folded = new String[count];
        this.foldedHash = new long[count];
        this.shapeHash = new long[count];
        this.sentenceStart = new boolean[count];
        this.wordClasses = new int[count];
        for (int i = 0; i < count; i++) {
            String token = text.substring(this.starts[i], this.ends[i]);
            boolean word = Character.isLetterOrDigit(token.codePointAt(0));
            String fold = fold(token);
            folded[i] = word ? fold : null;
            wordClasses[i] = word ? words.classesOf(fold) : 0;
            foldedHash[i] = FeatureHash.of(fold);
            shapeHash[i] = word ? FeatureHash.of(shape(token)) : foldedHash[i];
            sentenceStart[i] = i == 0 || endsSentence(text, this.ends[i - 1], this.starts[i]);
        }
        this.casingElsewhere = casingInsideSentences();
    }

    private int[] casingInsideSentences() {
        Map<String, Integer> casing = new HashMap<>();
        for (int i = 0; i < folded.length; i++) {
            if (folded[i] != null && !sentenceStart[i]) {
                char first = text.charAt(starts[i]);
                int seen = Character.isUpperCase(first) ? CAPITAL_INSIDE : Character.isLowerCase(first) ? SMALL_INSIDE : 0;
                casing.merge(folded[i], seen, (a, b) -> a | b);
            }
        }
        int[] out = new int[folded.length];
        for (int i = 0; i < folded.length; i++) {
            out[i] = folded[i] == null ? 0 : casing.getOrDefault(folded[i], 0);
        }
        return out;
    }

    /** Cuts the text into tokens; bits is the model's feature-row count, as a power of two. */
    public static WordTokens of(String text, int bits, NameWords words) {
        int[] starts = new int[Math.max(16, text.length() / 3)];
        int[] ends = new int[starts.length];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = isWordChar(c) ? wordEnd(text, i) : i + Character.charCount(c);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = i;
            ends[count++] = end;
            i = end;
        }
        return new WordTokens(text, bits, words, starts, ends, count);
    }

    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || c == '\u200C' || c == '\u200D'; // Persian writes a zero-width non-joiner inside words (می‌گوید)
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (isWordChar(c)) {
                i += Character.charCount(c);
            } else if (joinsWord(text, i, c)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /**
     * A hyphen or apostrophe between letters stays in the word, except the possessive 's ("Russia's"); so
     * does the full stop after a single capital, for initials and abbreviations (John F. Kennedy, U.S.).
     */
    private static boolean joinsWord(String text, int i, int c) {
        if (c == '.') {
            return Character.isUpperCase(text.charAt(i - 1)) && (i < 2 || !Character.isLetter(text.charAt(i - 2)));
        }
        if (c != '-' && c != '\'' && c != '\u2019' || i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        boolean possessive = c != '-' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
        return !possessive;
    }

    private static boolean endsSentence(String text, int previousEnd, int start) {
        if (text.indexOf('\n', previousEnd) >= 0 && text.indexOf('\n', previousEnd) < start) {
            return true;
        }
        char last = text.charAt(previousEnd - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u061F' || last == ':';
    }

    /**
     * Lower case, and the letters Arabic and Persian keyboards both write taken as one (ي ی, ك ک), with
     * digits of any script as ASCII: a tweet and a cleaned article then give the same features.
     */
    static String fold(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int k = 0; k < token.length(); k++) {
            char c = Character.toLowerCase(token.charAt(k));
            switch (c) {
                case '\u064A', '\u0649' -> out.append('\u06CC');
                case '\u0643' -> out.append('\u06A9');
                case '\u0640', '\u200D' -> { } // tatweel and joiner change nothing of the word
                case '\u2019' -> out.append('\'');
                default -> out.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10)) : c);
            }
        }
        return out.toString();
    }

    /** Case and digits as classes, runs collapsed: Xx, XX, x, d, Xx-Xx, ds (a script without case). */
    static String shape(String token) {
        StringBuilder out = new StringBuilder(6);
        char last = 0;
        for (int k = 0; k < token.length() && out.length() < 6; k++) {
            char c = token.charAt(k);
            char kind = Character.isDigit(c) ? 'd' : Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
                    : Character.isLetter(c) ? 's' : c;
            if (kind != last) {
                out.append(kind);
                last = kind;
            }
        }
        return out.toString();
    }

    @Override
    public int size() {
        return starts.length;
    }

    @Override
    public boolean isWord(int i) {
        return folded[i] != null;
    }

    @Override
    public long wordHash(int i) {
        return foldedHash[i];
    }

    @Override
    public int maxFeatures() {
        return MAX_FEATURES;
    }

    @Override
    public int start(int i) {
        return starts[i];
    }

    /** Where token i ends in the text (exclusive). */
    public int end(int i) {
        return ends[i];
    }

    @Override
    public String word(int i) {
        return folded[i];
    }

    @Override
    public int features(int i, int[] rows) {
        int n = 0;
        String word = folded[i];
        long shape = shapeHash[i];
        rows[n++] = FeatureHash.row(1, 0, bits);
        rows[n++] = FeatureHash.row(2, foldedHash[i], bits);
        rows[n++] = FeatureHash.row(3, FeatureHash.of(text, starts[i], ends[i]), bits);
        rows[n++] = FeatureHash.row(4, shape, bits);
        rows[n++] = FeatureHash.row(5, FeatureHash.combine(sentenceStart[i] ? 1 : 0, shape), bits);
        rows[n++] = FeatureHash.row(6, Math.min(word.length(), 12), bits);
        rows[n++] = FeatureHash.row(7, casingElsewhere[i] * 2 + (sentenceStart[i] ? 1 : 0), bits);
        for (int k = 1; k <= AFFIXES; k++) {
            int length = Math.min(k, word.length());
            rows[n++] = FeatureHash.row(10 + k, FeatureHash.of(word, 0, length), bits);
            rows[n++] = FeatureHash.row(20 + k, FeatureHash.of(word, word.length() - length, word.length()), bits);
        }
        long before = near(foldedHash, i, -1);
        long after = near(foldedHash, i, 1);
        long beforePrevious = near(foldedHash, i, -2);
        rows[n++] = FeatureHash.row(30, before, bits);
        rows[n++] = FeatureHash.row(31, after, bits);
        rows[n++] = FeatureHash.row(32, beforePrevious, bits);
        rows[n++] = FeatureHash.row(33, near(foldedHash, i, 2), bits);
        rows[n++] = FeatureHash.row(34, FeatureHash.combine(before, foldedHash[i]), bits);
        rows[n++] = FeatureHash.row(35, FeatureHash.combine(foldedHash[i], after), bits);
        long shapeBefore = near(shapeHash, i, -1);
        long shapeAfter = near(shapeHash, i, 1);
        rows[n++] = FeatureHash.row(36, FeatureHash.combine(shapeBefore, shape), bits);
        rows[n++] = FeatureHash.row(37, FeatureHash.combine(shape, shapeAfter), bits);
        rows[n++] = FeatureHash.row(38, FeatureHash.combine(FeatureHash.combine(shapeBefore, shape), shapeAfter), bits);
        rows[n++] = FeatureHash.row(39, FeatureHash.combine(before, shape), bits);
        rows[n++] = FeatureHash.row(40, FeatureHash.combine(shape, after), bits);
        rows[n++] = FeatureHash.row(41, FeatureHash.combine(beforePrevious, before), bits);
        for (int bit = 0; bit < 2 * NameWords.CLASSES; bit++) {
            if ((wordClasses[i] & 1 << bit) != 0) {
                rows[n++] = FeatureHash.row(50, bit, bits);
            }
        }
        rows[n++] = FeatureHash.row(51, classesNear(i, -1), bits);
        rows[n++] = FeatureHash.row(52, classesNear(i, 1), bits);
        return n;
    }

    /** The word classes of the next or previous token in the sentence, or -1 past its edge. */
    private int classesNear(int i, int d) {
        int j = i + d;
        boolean outside = j < 0 || j >= wordClasses.length || sentenceStart[d < 0 ? i : j];
        return outside ? -1 : wordClasses[j];
    }

    /**
     * The hash of the token at distance d from token i, or a mark for the edge of its sentence: corpora
     * train on one sentence at a time, and an article's sentence must look the same after its full stop.
     */
    private long near(long[] hashes, int i, int d) {
        for (int k = i; k != i + d; k += Integer.signum(d)) {
            boolean crossesStart = d < 0 ? sentenceStart[k] : k + 1 < sentenceStart.length && sentenceStart[k + 1];
            if (crossesStart || k + Integer.signum(d) < 0 || k + Integer.signum(d) >= hashes.length) {
                return d < 0 ? BEFORE_TEXT : AFTER_TEXT;
            }
        }
        return hashes[i + d];
    }
}
