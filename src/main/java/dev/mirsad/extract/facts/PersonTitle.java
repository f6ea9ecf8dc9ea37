package dev.mirsad.extract.facts;

/** A title or role a person holds in one article, as written. */
public record PersonTitle(EntityRef person, String title, String affiliationCountry, int start, int end) {
}
