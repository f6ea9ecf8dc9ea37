package dev.mirsad.ingest.imports;

import dev.mirsad.ingest.manifest.ManifestEntry;
import dev.mirsad.parse.RejectionReason;
import dev.mirsad.pipeline.ProcessedArticle;

/** What importing one manifest entry gave: an article to store with its facts, or a rejection. */
public sealed interface ImportOutcome {

    ManifestEntry entry();

    record Ingested(ManifestEntry entry, String fileName, ProcessedArticle article) implements ImportOutcome {
    }

    record Rejected(ManifestEntry entry, RejectionReason reason, String message) implements ImportOutcome {
    }
}
