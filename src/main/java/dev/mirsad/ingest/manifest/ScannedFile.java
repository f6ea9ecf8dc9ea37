package dev.mirsad.ingest.manifest;

import dev.mirsad.parse.RejectionReason;

import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;

/**
 * One entry found under the inputs: a file to import, with its size, modification time (nanoseconds
 * since the epoch, to tell whether it changed before its import) and hash; or an entry rejected at
 * scan time with its reason and no hash.
 */
public record ScannedFile(String sourceUri, long sizeBytes, Long modifiedNanos, String contentSha256,
                          RejectionReason problem, String problemMessage) {

    public static ScannedFile readable(String sourceUri, long sizeBytes, FileTime modified, String contentSha256) {
        return new ScannedFile(sourceUri, sizeBytes, modified.to(TimeUnit.NANOSECONDS), contentSha256, null, null);
    }

    public static ScannedFile rejected(String sourceUri, RejectionReason reason, String message) {
        return new ScannedFile(sourceUri, 0, null, null, reason, message);
    }
}
