package dev.mirsad.parse;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on what one file may cost the job.
 *
 * @param maxFileBytes files larger than this are rejected as TOO_LARGE before any parsing
 * @param timeout longest a single parse may run before it is abandoned as PARSE_TIMEOUT
 * @param maxTextChars extracted text longer than this is rejected as TOO_LARGE (never truncated:
 *                     a partial article would yield facts that silently miss its end)
 */
public record ParserLimits(long maxFileBytes, Duration timeout, int maxTextChars) {

    public ParserLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFileBytes <= 0 || maxTextChars <= 0 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxFileBytes + " bytes, "
                    + timeout + ", " + maxTextChars + " chars");
        }
    }

    /** 50 MB per file, 30 s per parse, 5 million characters of text. */
    public static ParserLimits defaults() {
        return new ParserLimits(50L * 1024 * 1024, Duration.ofSeconds(30), 5_000_000);
    }
}
