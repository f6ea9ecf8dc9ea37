package dev.mirsad.extract;

/**
 * A gazetteer term found in the folded text.
 *
 * @param start where the written word starts, clitics included (folded offset)
 * @param end end of the term (exclusive)
 */
record GazetteerMatch(GazetteerEntry entry, int start, int end) {
}
