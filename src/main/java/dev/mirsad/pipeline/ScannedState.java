package dev.mirsad.pipeline;

/**
 * What the night's scan saw of a file, to tell whether it changed before its import.
 *
 * @param modifiedNanos the modification time in ns since the epoch; null when the scan did not record it
 */
public record ScannedState(long sizeBytes, Long modifiedNanos) {
}
