package dev.mirsad.extract.arabic;

/** A word or punctuation mark of the folded text; offsets are folded positions. */
public record Token(String text, int start, int end, boolean word) {

    public boolean is(String folded) {
        return text.equals(folded);
    }

    public boolean isPunct(String marks) {
        return !word && marks.contains(text);
    }
}
