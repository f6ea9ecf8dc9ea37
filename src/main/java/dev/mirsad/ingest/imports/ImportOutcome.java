package dev.mirsad.ingest.imports;

import dev.mirsad.extract.ArticleFacts;
import dev.mirsad.language.DetectedLanguage;
import dev.mirsad.parse.RejectionReason;

import java.time.LocalDate;

/** What importing one manifest entry gave: an article to store with its facts, or a rejection. */
public sealed interface ImportOutcome {

    ManifestEntry entry();

    record Ingested(ManifestEntry entry, String fileName, String mediaType, String title, DetectedLanguage language,
                    LocalDate publishedOn, String cleanText, int wordCount, ArticleFacts facts) implements ImportOutcome {
    }

    record Rejected(ManifestEntry entry, RejectionReason reason, String message) implements ImportOutcome {
    }
}
