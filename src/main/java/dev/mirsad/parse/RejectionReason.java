package dev.mirsad.parse;

/** Stable codes for why an input file could not be taken; BI tools group by them. */
public enum RejectionReason {
    UNREADABLE, UNSUPPORTED_TYPE, EMPTY_TEXT, TOO_LARGE, PARSE_TIMEOUT, ENCRYPTED, CORRUPT
}
