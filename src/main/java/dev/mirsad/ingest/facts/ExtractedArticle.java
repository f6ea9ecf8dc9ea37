package dev.mirsad.ingest.facts;

import dev.mirsad.extract.ArticleFacts;

/** The facts to write for a stored article. */
public record ExtractedArticle(long articleId, ArticleFacts facts) {
}
