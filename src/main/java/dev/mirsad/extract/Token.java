package dev.mirsad.extract;

/** A word or punctuation mark of the folded text; offsets are folded positions. */
record Token(String text, int start, int end, boolean word) {

    boolean is(String folded) {
        return text.equals(folded);
    }

    boolean isPunct(String marks) {
        return !word && marks.contains(text);
    }
}
