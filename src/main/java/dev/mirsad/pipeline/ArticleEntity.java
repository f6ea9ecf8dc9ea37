package dev.mirsad.pipeline;

import dev.mirsad.extract.PlaceCoordinates.LatLon;
import dev.mirsad.extract.facts.EntityRef;

/**
 * An entity an article's facts refer to, with what makes it one entity across articles.
 *
 * @param identityKey equal for every spelling of the same entity of the same type ({@code EntityIdentity})
 * @param coordinates where the place lies, or null (not a place, or a place with no known point)
 */
public record ArticleEntity(EntityRef ref, String identityKey, LatLon coordinates) {
}
