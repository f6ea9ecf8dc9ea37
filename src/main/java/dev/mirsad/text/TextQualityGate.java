package dev.mirsad.text;

import java.util.Optional;

/**
 * Tells cleaned text that is not language from an article: a file of digits, a table of symbols, a
 * run of letters with no spaces, or what is left of markup whose entities were never expanded
 * ({@code ]>&lol9;}). Letters of any script count; entity references ({@code &name;}, {@code &#38;})
 * count as symbols, not words. Stateless and thread-safe.
 */
public final class TextQualityGate {

    /** Fewer words than this is no article (a headline alone has more). */
    static final int MIN_WORDS = 3;
    /** At least half of the visible characters of any prose are letters (news with many figures: about 0.8). */
    static final double MIN_LETTER_SHARE = 0.5;
    /** No word of a natural language is this long; a run of letters this long is an encoding or a blob. */
    static final int ABSURD_WORD_LETTERS = 60;
    private static final int MAX_ENTITY_NAME = 32;

    /** @return why the text is not language, or empty if it reads as text */
    public Optional<String> problemWith(String text) {
        long visible = 0;
        long letters = 0;
        long words = 0;
        long lettersInAbsurdWords = 0;
        int wordLetters = 0;
        for (int i = 0; i < text.length(); ) {
            int entityEnd = entityReferenceEnd(text, i);
            if (entityEnd > i) {
                visible += entityEnd - i;
                i = entityEnd;
                wordLetters = 0;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || isMark(c)) {
                visible++;
                letters++;
                if (wordLetters++ == 0) {
                    words++;
                }
                if (wordLetters == ABSURD_WORD_LETTERS) {
                    lettersInAbsurdWords += ABSURD_WORD_LETTERS;
                } else if (wordLetters > ABSURD_WORD_LETTERS) {
                    lettersInAbsurdWords++;
                }
                continue;
            }
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                visible++;
            }
            wordLetters = 0;
        }
        if (words < MIN_WORDS) {
            return Optional.of("not text: " + words + (words == 1 ? " word" : " words") + " in " + visible
                    + " visible characters (an article has at least " + MIN_WORDS + ")");
        }
        if (letters < MIN_LETTER_SHARE * visible) {
            return Optional.of(String.format("not text: %d%% of its %d visible characters are digits or symbols"
                    + " (at most %d%% may be)", Math.round(100.0 * (visible - letters) / visible), visible,
                    Math.round(100 * (1 - MIN_LETTER_SHARE))));
        }
        if (lettersInAbsurdWords * 2 > letters) {
            return Optional.of("not text: most of its letters are in runs of " + ABSURD_WORD_LETTERS
                    + " or more with no space or punctuation, which no language writes");
        }
        return Optional.empty();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** The index after an entity reference starting at {@code start} ({@code &amp;}, {@code &#x41;}), or start. */
    private static int entityReferenceEnd(String text, int start) {
        if (text.charAt(start) != '&') {
            return start;
        }
        int end = Math.min(text.length(), start + 2 + MAX_ENTITY_NAME);
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i > start + 1 ? i + 1 : start;
            }
            if (!(c == '#' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return start;
            }
        }
        return start;
    }
}
