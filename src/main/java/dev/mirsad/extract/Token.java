package dev.mirsad.extract;

/**
 * A word or punctuation mark of the folded text.
 *
 * @param index position in the article's token list
 */
record Token(String text, int start, int end, boolean word, int index) {

    boolean is(String folded) {
        return text.equals(folded);
    }

    boolean isPunct(String marks) {
        return !word && marks.contains(text);
    }
}
