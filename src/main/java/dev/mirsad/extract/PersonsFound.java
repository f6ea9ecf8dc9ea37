package dev.mirsad.extract;

import dev.mirsad.extract.facts.PersonTitle;

import java.util.List;

/**
 * Everything found about persons in one article.
 *
 * @param titleMentions role phrases standing alone (الوزير) for a person the article names elsewhere
 */
record PersonsFound(List<Found> mentions, List<PersonTitle> titles, List<Found> titleMentions) {
}
