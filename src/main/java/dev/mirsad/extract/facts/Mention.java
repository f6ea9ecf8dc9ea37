package dev.mirsad.extract.facts;

/** One mention of an entity; offsets are into the cleaned text, end exclusive. */
public record Mention(EntityRef entity, String surface, int start, int end) {
}
