package dev.mirsad.extract.languages;

import dev.mirsad.extract.facts.EntityType;

/** A name the tagger found: its type and where it stands in the text (end exclusive). */
public record TaggedName(EntityType type, int start, int end) {
}
