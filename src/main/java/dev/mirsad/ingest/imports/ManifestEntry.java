package dev.mirsad.ingest.imports;

/** A file of the night's manifest that is still to be imported. */
public record ManifestEntry(int seq, String sourceUri, long sizeBytes, String contentSha256) {
}
