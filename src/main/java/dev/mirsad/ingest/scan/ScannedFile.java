package dev.mirsad.ingest.scan;

import dev.mirsad.parse.RejectionReason;

/**
 * One file found under the inputs. A file that could not even be read while scanning carries the
 * reason and no hash.
 */
public record ScannedFile(String sourceUri, long sizeBytes, String contentSha256,
                          RejectionReason problem, String problemMessage) {

    public static ScannedFile readable(String sourceUri, long sizeBytes, String contentSha256) {
        return new ScannedFile(sourceUri, sizeBytes, contentSha256, null, null);
    }

    public static ScannedFile unreadable(String sourceUri, long sizeBytes, String message) {
        return new ScannedFile(sourceUri, sizeBytes, null, RejectionReason.UNREADABLE, message);
    }
}
