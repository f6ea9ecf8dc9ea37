package dev.mirsad.ingest.storage;

import dev.mirsad.pipeline.ProcessedArticle;

/** An article to store under its source: where it came from, and what the pipeline made of it. */
public record StoredArticle(String sourceUri, String fileName, String contentSha256, ProcessedArticle article) {
}
