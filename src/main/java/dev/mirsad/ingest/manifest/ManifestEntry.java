package dev.mirsad.ingest.manifest;

/**
 * A file of the night's manifest that is still to be imported.
 *
 * @param modifiedNanos the file's modification time at scan, in ns since the epoch; null in manifests
 *                      written before it was recorded
 */
public record ManifestEntry(int seq, String sourceUri, long sizeBytes, Long modifiedNanos, String contentSha256) {
}
