package dev.mirsad.extract.languages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a stretch of text with where each stands, and what separates them: the rules read text by words. */
final class TextWords {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d'’\\-\u200C]*");

    /** A word as written, where it stands, and whether only spaces stand between it and the next word. */
    record Word(String text, int start, int end, boolean joinedToNext) {

        boolean capitalized() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    private TextWords() {
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        int previousEnd = -1;
        while (m.find()) {
            if (!out.isEmpty()) {
                Word last = out.get(out.size() - 1);
                out.set(out.size() - 1, new Word(last.text(), last.start(), last.end(), blank(text, previousEnd, m.start())));
            }
            out.add(new Word(m.group(), m.start(), m.end(), false));
            previousEnd = m.end();
        }
        return out;
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the sentence holding offset at starts: after the last full stop, ! ? or line break before it. */
    static int sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u061F') {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where the sentence holding offset at ends (exclusive). */
    static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\u061F') {
                return i;
            }
        }
        return text.length();
    }
}
