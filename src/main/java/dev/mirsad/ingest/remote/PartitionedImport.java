package dev.mirsad.ingest.remote;

import org.springframework.batch.core.step.Step;

/**
 * The import step of a night spread over workers: it sends the night's partitions to the broker and
 * waits for the workers to finish them. Present only when the night runs as a manager.
 */
public record PartitionedImport(Step managerStep) {
}
