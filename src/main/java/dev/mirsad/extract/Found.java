package dev.mirsad.extract;

import dev.mirsad.extract.facts.EntityRef;

/** An entity found at a token range of the article. */
record Found(EntityRef ref, Span span) {
}
