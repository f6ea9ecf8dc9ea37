package dev.mirsad.extract;

/** An entity found at a token range of the article. */
record Found(EntityRef ref, Span span) {
}
