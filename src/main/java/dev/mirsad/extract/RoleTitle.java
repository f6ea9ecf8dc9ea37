package dev.mirsad.extract;

/** A role phrase read in an article, and the country its nationality word or place names, or null. */
record RoleTitle(Span span, String country) {
}
