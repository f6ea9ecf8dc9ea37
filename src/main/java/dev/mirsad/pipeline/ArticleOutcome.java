package dev.mirsad.pipeline;

import dev.mirsad.parse.RejectionReason;

/** What the pipeline made of one file: an article, or the reason it could not be one. */
public sealed interface ArticleOutcome {

    record Processed(ProcessedArticle article) implements ArticleOutcome {
    }

    record Rejected(RejectionReason reason, String message) implements ArticleOutcome {
    }
}
