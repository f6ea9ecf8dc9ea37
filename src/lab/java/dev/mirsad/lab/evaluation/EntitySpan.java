package dev.mirsad.lab.evaluation;

/** A mention as a token range [from, to) of a type: PERS, LOC or ORG. */
public record EntitySpan(String type, int from, int to) {
}
