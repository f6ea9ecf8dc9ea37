package dev.mirsad.extract;

/** A token range [from, to) of the article. */
record Span(int from, int to) {

    boolean overlaps(Span other) {
        return from < other.to && other.from < to;
    }
}
