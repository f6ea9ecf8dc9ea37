package dev.mirsad.ingest.facts;

import dev.mirsad.extract.ArticleFacts;

public record ExtractedArticle(long articleId, ArticleFacts facts) {
}
