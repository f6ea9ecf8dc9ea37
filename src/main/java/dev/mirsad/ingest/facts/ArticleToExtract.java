package dev.mirsad.ingest.facts;

import java.time.LocalDate;

/** An ingested article whose facts are to be (re)extracted. */
public record ArticleToExtract(int seq, long articleId, String cleanText, String language, LocalDate publishedOn) {
}
