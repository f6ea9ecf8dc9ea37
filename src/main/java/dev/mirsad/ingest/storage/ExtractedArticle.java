package dev.mirsad.ingest.storage;

import dev.mirsad.extract.facts.ArticleFacts;

/** The facts to write for a stored article, with the version of the extractor that found them. */
public record ExtractedArticle(long articleId, ArticleFacts facts, String extractorVersion) {
}
